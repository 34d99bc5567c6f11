// A sanity measurement of the labelled set with the app's plain scorer (TF-IDF cosine,
// bruteForceTopK): how duplicates and same-subject ("related") queries score against their
// originals, with the originals hidden among generated proposals of the bench's provincial
// committee, and what a bare score threshold would make of the "likely duplicate" verdict.
// Not a test and not part of `npm run bench`: it shows what the set asks of the algorithm.
//
//   node --import tsx bench/similarity-labelled/scores.ts [--background 55000] [--seed 7] [--place province|city] [--list]
//
// --place province writes every text in the provincial committee's words (我省, 岚川), as the
// bench's generator does for that organisation; --place city keeps 江临市's own words.
import { parseArgs } from 'node:util';
import { localise, planOrgs } from '../generate/places.js';
import { SCALES } from '../generate/scale.js';
import { TextIndexer } from '../generate/text.js';
import { generateProposal } from '../../server/seed/corpus/generator.js';
import { prng } from '../../server/seed/prng.js';
import {
  bruteForceTopK,
  collectionStats,
  decodeVector,
  termVector,
  type ScoredDoc,
} from '../../server/platform/search/similarity-scoring.js';
import { ORIGINALS, QUERIES, textOf, type LabelledText, type Query } from './index.js';

const { values: args } = parseArgs({
  options: {
    background: { type: 'string', default: '55000' },
    seed: { type: 'string', default: '7' },
    place: { type: 'string', default: 'province' },
    list: { type: 'boolean', default: false },
  },
});
const N = Number(args.background);
const org = planOrgs(SCALES[args.place === 'city' ? 'city' : 'province'])[0]!;
type Texts = Pick<LabelledText, 'title' | 'reasons' | 'suggestions'>;
const local = (p: Texts): Texts => ({
  title: localise(org, p.title),
  reasons: localise(org, p.reasons),
  suggestions: localise(org, p.suggestions),
});

let t0 = performance.now();
const indexer = new TextIndexer();
const rnd = prng(Number(args.seed));
const docs: ScoredDoc[] = [];
for (let i = 0; i < N; i++)
  docs.push({ id: i + 1, orgId: 1, vector: decodeVector(indexer.vector(local(generateProposal(rnd)))) });
const idOf = new Map<string, number>();
const originalDocs: ScoredDoc[] = ORIGINALS.map((o, i) => {
  idOf.set(o.id, N + 1 + i);
  return { id: N + 1 + i, orgId: 1, vector: termVector(textOf(local(o))) };
});
docs.push(...originalDocs);
const stats = collectionStats(docs);
console.log(
  `collection: ${N} generated proposals (${org.name}'s words, seed ${args.seed}) + ${ORIGINALS.length} labelled originals; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

t0 = performance.now();
interface Scored {
  q: Query;
  /** Cosine with its own original (0 for unrelated). */
  own: number;
  /** Best hit among everything: id and score. */
  top: { id: number; score: number };
  /** Rank of its original among everything (1 = first; 0 = not in the top 10). */
  rank: number;
  /** Best hit among the labelled originals only. */
  topOriginal: { id: number; score: number };
}
const scored: Scored[] = QUERIES.map((q) => {
  const v = termVector(textOf(local(q)));
  const opts = { orgId: 1, k: 10 };
  const hits = bruteForceTopK(docs, v, opts, stats);
  const want = q.of === null ? -1 : idOf.get(q.of)!;
  const ownDoc = originalDocs.find((d) => d.id === want);
  const own = ownDoc ? (bruteForceTopK([ownDoc], v, opts, stats)[0]?.score ?? 0) : 0;
  return {
    q,
    own,
    top: hits[0] ?? { id: 0, score: 0 },
    rank: hits.findIndex((h) => h.id === want) + 1,
    topOriginal: bruteForceTopK(originalDocs, v, opts, stats)[0] ?? { id: 0, score: 0 },
  };
});
console.log(`${QUERIES.length} queries scored in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

const f = (x: number) => x.toFixed(3);
if (args.list) {
  // One row per query: its own original's score, the best score and the original's rank.
  for (const s of scored)
    console.log(
      `${s.q.id.padEnd(18)} ${s.q.label.padEnd(9)} ${s.q.split.padEnd(7)} own ${f(s.own)} top ${f(s.top.score)} rank ${s.rank}`,
    );
  console.log();
}
function spread(xs: number[]): string {
  if (!xs.length) return '—';
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return `${f(s[0]!)} / ${f(mid)} / ${f(s[s.length - 1]!)}`;
}
const median = (xs: number[]) => Number(spread(xs).split(' / ')[1]);
const of = (split: string | null, label: Query['label']) =>
  scored.filter((s) => s.q.label === label && (split === null || s.q.split === split));

for (const split of [null, 'fit', 'measure'] as const) {
  const d = of(split, 'duplicate'),
    r = of(split, 'related'),
    u = of(split, 'unrelated');
  console.log(`== ${split ?? 'whole set'} (${d.length} duplicate, ${r.length} related, ${u.length} unrelated)`);
  console.log(`score against own original, min / median / max`);
  console.log(`  duplicate  ${spread(d.map((s) => s.own))}`);
  console.log(`  related    ${spread(r.map((s) => s.own))}`);
  console.log(`best score against anything, min / median / max`);
  console.log(`  duplicate  ${spread(d.map((s) => s.top.score))}`);
  console.log(`  related    ${spread(r.map((s) => s.top.score))}`);
  console.log(`  unrelated  ${spread(u.map((s) => s.top.score))}`);
  const minDup = Math.min(...d.map((s) => s.own)),
    medDup = median(d.map((s) => s.own));
  console.log(
    `related scoring at least the lowest duplicate: ${r.filter((s) => s.own >= minDup).length}/${r.length}; at least the median duplicate: ${r.filter((s) => s.own >= medDup).length}/${r.length}`,
  );
  console.log(
    `duplicates whose original ranks first: ${d.filter((s) => s.rank === 1).length}/${d.length} among all; ${d.filter((s) => s.topOriginal.id === idOf.get(s.q.of!)).length}/${d.length} among the originals alone; in the top 10: ${d.filter((s) => s.rank > 0).length}/${d.length}`,
  );
  console.log(`related whose own original ranks first: ${r.filter((s) => s.rank === 1).length}/${r.length}\n`);
}

// A bare threshold as the verdict: "duplicate of the first hit" when its score reaches t.
// Chosen on the fit part (best F1), then measured on the measure part.
function verdict(list: Scored[], t: number) {
  let tp = 0,
    fp = 0,
    fn = 0,
    related = 0,
    unrelated = 0;
  for (const s of list) {
    const says = s.top.score >= t;
    const right = s.q.label === 'duplicate' && s.top.id === idOf.get(s.q.of!);
    if (says && right) tp++;
    else if (says) fp++;
    if (!(says && right) && s.q.label === 'duplicate') fn++;
    if (says && s.q.label === 'related') related++;
    if (says && s.q.label === 'unrelated') unrelated++;
  }
  const p = tp / Math.max(1, tp + fp),
    r = tp / Math.max(1, tp + fn);
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    related: related / list.filter((s) => s.q.label === 'related').length,
    unrelated: unrelated / list.filter((s) => s.q.label === 'unrelated').length,
  };
}
const fit = scored.filter((s) => s.q.split === 'fit'),
  measure = scored.filter((s) => s.q.split === 'measure');
let best = { t: 0, f1: -1 };
for (let t = 0.05; t <= 0.95; t += 0.005) {
  const v = verdict(fit, t);
  if (v.f1 > best.f1) best = { t, f1: v.f1 };
}
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
for (const [name, list] of [
  ['fit', fit],
  ['measure', measure],
] as const) {
  const v = verdict(list, best.t);
  console.log(
    `threshold ${best.t.toFixed(3)} (best F1 on fit), ${name}: precision ${f(v.p)}, recall ${f(v.r)}, F1 ${f(v.f1)}; related marked duplicate ${pct(v.related)}, unrelated ${pct(v.unrelated)}`,
  );
}
