// Micro-benchmark of the similarity index (no server, no database): generates proposal
// texts from fragments, tokenises them once, then measures what the server does: building
// the index from stored vectors, its memory, top-10 query latency for reworded drafts, and
// recall@10 against the exact brute-force ranking; also the cost of updates.
//
//   node --expose-gc --import tsx bench/similarity-micro.ts [--docs 200000] [--orgs 1] [--queries 200] [--seed 7]
//
// --orgs 1 puts every document in one organisation (the worst case for a query); --orgs 100
// spreads them over a province's organisations with a few large ones.
import { parseArgs } from 'node:util';
import { SimilarityIndex } from '../server/platform/search/similarity-index.js';
import {
  bruteForceTopK,
  collectionStats,
  decodeVector,
  encodeVector,
  recallAtK,
  termVector,
  type ScoredDoc,
  type TermVector,
} from '../server/platform/search/similarity-scoring.js';
import { createRng, generateText, reword, textOf, type GeneratedText } from '../server/test/proposal-text-generator.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '200000' },
    orgs: { type: 'string', default: '1' },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '7' },
  },
});
const N = Number(args.docs),
  ORGS = Number(args.orgs),
  Q = Number(args.queries);
const rnd = createRng(Number(args.seed));
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
function mem() {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, buffers: m.arrayBuffers };
}

// Tokenising sentence by sentence gives the same terms as the whole text (jieba cuts at
// punctuation) and lets repeated sentences be cut once: generation stays fast.
const memo = new Map<string, TermVector>();
function vectorOf(g: GeneratedText): TermVector {
  const v: TermVector = new Map();
  for (const part of [`${g.title}\n`, ...g.parts]) {
    let pv = memo.get(part);
    if (!pv) memo.set(part, (pv = termVector(part)));
    for (const [t, n] of pv) v.set(t, Math.min(255, (v.get(t) ?? 0) + n));
  }
  return v;
}

const orgOf = (r: number) => (ORGS <= 1 ? 1 : 1 + Math.floor(ORGS * r * r));

/** The corpus, generated the same way each time it is walked (the reference walks it again). */
function* corpus(): Generator<{ i: number; g: GeneratedText; org: number }> {
  const r = createRng(Number(args.seed));
  for (let i = 0; i < N; i++) {
    const g = generateText(r);
    yield { i, g, org: orgOf(r.next()) };
  }
}

console.log(`similarity micro-benchmark: ${N} documents, ${ORGS} organisation(s), ${Q} queries`);
let t0 = performance.now();
// What the database holds: the stored form of each vector (proposal_vectors.terms).
let stored: string[] = new Array(N);
const orgs = new Int32Array(N);
const queryDocs: { doc: number; g: GeneratedText }[] = [];
const wanted = new Set<number>();
while (wanted.size < Q) wanted.add(rnd.int(0, N - 1));
let chars = 0,
  distinct = 0;
for (const { i, g, org } of corpus()) {
  const v = vectorOf(g);
  if (i < 200 && encodeVector(v) !== encodeVector(termVector(textOf(g))))
    throw new Error('sentence-wise tokenising differs');
  stored[i] = encodeVector(v);
  orgs[i] = org;
  chars += textOf(g).length;
  distinct += v.size;
  if (wanted.has(i)) queryDocs.push({ doc: i, g });
}
memo.clear();
console.log(
  `generated and tokenised in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${Math.round(chars / N)} characters and ${Math.round(distinct / N)} distinct terms per document`,
);

const before = mem();
t0 = performance.now();
const index = new SimilarityIndex();
const bulk = index.bulk();
for (let i = 0; i < N; i++) bulk.add(i + 1, orgs[i]!, decodeVector(stored[i]!));
bulk.finish();
const buildMs = performance.now() - t0;
const after = mem();
const est = index.memory();
console.log(`build from stored vectors: ${(buildMs / 1000).toFixed(2)} s`);
console.log(
  `index: ${est.terms} terms, ${est.postings} postings; estimated ${mb(est.bytes)} (${Math.round(est.bytes / N)} bytes per document)`,
);
console.log(
  `heap +${mb(after.heap - before.heap)}, array buffers +${mb(after.buffers - before.buffers)}, RSS +${mb(after.rss - before.rss)}`,
);
stored = [];

// Queries: each a reworded version of a stored document, tokenised as the server would.
const qr = createRng(Number(args.seed) + 1);
const queries = queryDocs.map(({ doc, g }) => ({ doc, org: orgs[doc]!, vector: termVector(textOf(reword(g, qr))) }));
for (const q of queries.slice(0, 20)) index.query(q.vector, { orgId: q.org, k: 10 }); // warm-up
// Wall time, and CPU time of this process (the machine may be busy with other work).
const times: number[] = [];
const cpu: number[] = [];
const found = queries.map((q) => {
  const c = process.cpuUsage();
  const s = performance.now();
  const hits = index.query(q.vector, { orgId: q.org, k: 10 });
  times.push(performance.now() - s);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  return hits;
});
const pct = (list: number[], p: number) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]!.toFixed(2);
const tok = performance.now();
for (const { g } of queryDocs.slice(0, 50)) termVector(textOf(g));
console.log(
  `query top-10: wall p50 ${pct(times, 50)} ms, p99 ${pct(times, 99)} ms; CPU p50 ${pct(cpu, 50)} ms, p99 ${pct(cpu, 99)} ms (tokenising a draft: ${((performance.now() - tok) / 50).toFixed(2)} ms more)`,
);

// Updates: a submission lands in the tail; the tail is folded into the segment now and then.
const ur = createRng(Number(args.seed) + 2);
const upd: number[] = [];
for (let i = 0; i < 3000; i++) {
  const v = termVector(textOf(generateText(ur)));
  const s = performance.now();
  index.upsert(N + 1 + i, orgOf(ur.next()), v);
  if (i % 50 === 0) index.query(queries[i % Q]!.vector, { orgId: queries[i % Q]!.org, k: 10 });
  upd.push(performance.now() - s);
}
upd.sort((a, b) => a - b);
console.log(
  `3000 upserts (+ a query every 50): median ${upd[1500]!.toFixed(3)} ms, max ${upd[upd.length - 1]!.toFixed(0)} ms (a fold)`,
);
for (let i = 0; i < 3000; i++) index.remove(N + 1 + i);

const steady = mem();
console.log(
  `with only the index held: heap ${mb(steady.heap)}, array buffers ${mb(steady.buffers)}, RSS ${mb(steady.rss)}; peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`,
);

// The reference: every document of the query's organisation scored exactly. The corpus is
// generated again (the index did not keep texts) and held as plain maps, per organisation.
t0 = performance.now();
const queryOrgs = new Set(queries.map((q) => q.org));
const byOrg = new Map<number, ScoredDoc[]>();
const all: { vector: TermVector }[] = [];
for (const { i, g, org } of corpus()) {
  const v = vectorOf(g);
  all.push({ vector: v });
  if (!queryOrgs.has(org)) continue;
  if (!byOrg.has(org)) byOrg.set(org, []);
  byOrg.get(org)!.push({ id: i + 1, orgId: org, vector: v });
}
const stats = collectionStats(all);
let recall = 0,
  originalTop10 = 0;
queries.forEach((q, i) => {
  const exact = bruteForceTopK(byOrg.get(q.org)!, q.vector, { orgId: q.org, k: 50 }, stats);
  recall += recallAtK(found[i]!, exact, 10);
  if (found[i]!.some((h) => h.id === q.doc + 1)) originalTop10++;
});
console.log(
  `recall@10 vs brute force: ${(recall / Q).toFixed(4)} (reference took ${((performance.now() - t0) / 1000).toFixed(1)} s); the reworded original in the top 10: ${originalTop10}/${Q}`,
);
