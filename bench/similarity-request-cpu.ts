// Where the CPU of one similar-proposal request goes, without HTTP or the database: the
// draft's vector, the index query (k = 30, as the service asks first), the draft parsed and
// weighed for the verdict, its places and bodies (tagged), and the detailed comparison of
// its best three hits (parsed in a first, unmeasured round, as the server's cache holds
// them). CPU time per request, so a loaded machine blurs it less than the bench's latencies.
//
//   node --max-old-space-size=2048 --import tsx bench/similarity-request-cpu.ts [--rounds 3]
//
// Reads the province dataset (`npm run bench:data -- --scale province --engine sqlite`).
import SQLite from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ParsedTextCache } from '../server/platform/search/duplicate-cache.js';
import { weigh } from '../server/platform/search/duplicate-features.js';
import { DUPLICATE_MODEL } from '../server/platform/search/duplicate-model.js';
import { namesIn } from '../server/platform/search/duplicate-text.js';
import { compareWeighed, parseText, type ParsedText } from '../server/platform/search/duplicate-verdict.js';
import { SimilarityIndex } from '../server/platform/search/similarity-index.js';
import { termVector } from '../server/platform/search/similarity-scoring.js';
import { BENCH_ROOT } from './generate/dataset.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(args.rounds);

interface Draft {
  orgId: number;
  title: string;
  reasons: string;
  suggestions: string;
}
interface TextRow {
  title: string;
  reasons: string;
  suggestions: string;
  content_hash: string;
}

const dir = join(BENCH_ROOT, 'data', 'province-sqlite');
const db = new SQLite(join(dir, 'lvzhi.db'), { readonly: true });
const index = new SimilarityIndex();
const bulk = index.bulk();
for (const r of db
  .prepare<[], { proposal_id: number; org_id: number; terms: string }>(
    'select proposal_id, org_id, terms from proposal_vectors order by proposal_id',
  )
  .iterate())
  bulk.addStored(r.proposal_id, r.org_id, r.terms);
bulk.finish();
const textOf = db.prepare<[number], TextRow>(
  'select title, reasons, suggestions, content_hash from proposals where id = ?',
);
const drafts = JSON.parse(readFileSync(join(dir, 'held-out.json'), 'utf8')) as Draft[];

const cache = new ParsedTextCache();
const hashes = new Map<number, string>();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const spent = { vector: 0, query: 0, draft: 0, names: 0, compare: 0 };
for (let r = 0; r <= rounds; r++)
  for (const d of drafts) {
    const t0 = cpu();
    const vector = termVector(`${d.title}\n${d.reasons}\n${d.suggestions}`);
    const t1 = cpu();
    const hits = index.query(vector, { orgId: d.orgId, k: 30 });
    const t2 = cpu();
    const mine = weigh(parseText(d), index.termIdf);
    const t3 = cpu();
    namesIn(mine.parsed);
    const t4 = cpu();
    for (const h of hits.slice(0, 3).filter((x) => x.score >= DUPLICATE_MODEL.relatedCut)) {
      let parsed: ParsedText | undefined = cache.get(h.id, hashes.get(h.id) ?? null);
      if (!parsed) {
        const row = textOf.get(h.id)!;
        hashes.set(h.id, row.content_hash);
        parsed = cache.parse(h.id, row.content_hash, row);
      }
      if (r > 0) compareWeighed(mine, cache.weigh(h.id, parsed, index.termIdf, 1), h.score);
    }
    const t5 = cpu();
    // Round 0 fills the cache, as the server's first requests do.
    if (r === 0) continue;
    spent.vector += t1 - t0;
    spent.query += t2 - t1;
    spent.draft += t3 - t2;
    spent.names += t4 - t3;
    spent.compare += t5 - t4;
  }
const n = rounds * drafts.length;
for (const [part, ms] of Object.entries(spent))
  console.log(`${part.padEnd(8)} ${(ms / n).toFixed(3)} ms CPU per request`);
