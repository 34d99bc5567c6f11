// The machine's own references, measured before the cases on the run's copy of the dataset,
// with nothing of Lvzhi running: what the database-bound cases follow besides the code — the
// disk's fsyncs, a bare full-text match of case (d)'s words, a brute-force scoring of case
// (e)'s drafts, a bare insert transaction. Each case is also reported as a ratio to its
// reference (report.ts), which can be compared across days and machines where the raw figure
// cannot: a slow machine moves the reference as well, a regression only the case.
import { closeSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openSqlite } from '../../server/db/database.js';
import { PROPOSAL_FTS, proposalText } from '../../server/modules/proposals/core/search.service.js';
import { queryTokens, scoped } from '../../server/platform/search/fulltext.js';
import {
  bruteForceTopK,
  collectionStats,
  decodeVector,
  termVector,
  type ScoredDoc,
} from '../../server/platform/search/similarity-scoring.js';
import type { HeldOutDraft, Manifest } from '../generate/dataset.js';
import { SEARCHES } from './cases.js';
import type { Target } from './server.js';

export interface Timing {
  /** Operations timed. */
  count: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface References {
  engine: 'sqlite' | 'postgres';
  /** 4 KiB written in place and fdatasync'd, in the run's data directory. */
  fsync: Timing & { dir: string };
  /** One transaction of `rows` single-row inserts and its commit, on a table of the bench's own. */
  insertTransaction: Timing & { rows: number };
  /** Case (d)'s searches straight on the index: the organisation's count and newest 20 ids. */
  fullText: Timing & { searches: number; matches: number };
  /** bruteForceTopK of case (e)'s held-out drafts over up to `vectors` stored vectors of their organisation. */
  bruteForce: Timing & { drafts: number; vectors: number };
  seconds: number;
}

/** Rows per bare insert transaction: about the rows one submission writes. */
const INSERT_ROWS = 20;
const MAX_VECTORS = 10_000;
const FILLER = '岚川省政协委员提出关于城乡社区治理的建议，'.repeat(6);

/** Runs `op` for about `budgetMs` (at least `min` times) and times each run. */
async function timed(budgetMs: number, min: number, op: (i: number) => unknown): Promise<Timing> {
  const ms: number[] = [];
  const start = performance.now();
  for (let i = 0; i < min || performance.now() - start < budgetMs; i++) {
    const t = performance.now();
    await op(i);
    ms.push(performance.now() - t);
  }
  const total = performance.now() - start;
  ms.sort((x, y) => x - y);
  const at = (q: number) => round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!);
  return { count: ms.length, perSecond: round((ms.length / total) * 1000), p50Ms: at(0.5), p99Ms: at(0.99) };
}

const round = (x: number) => Math.round(x * 100) / 100;

async function fsyncRate(dir: string, budgetMs: number): Promise<Timing & { dir: string }> {
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(dir, 'ref-fsync-'));
  const fd = openSync(join(tmp, 'probe'), 'w');
  const block = Buffer.alloc(4096, 7);
  try {
    // Written once first: the timed writes overwrite allocated blocks, as a reused log does.
    for (let i = 0; i < 64; i++) writeSync(fd, block, 0, block.length, i * block.length);
    fdatasyncSync(fd);
    const t = await timed(budgetMs, 20, (i) => {
      writeSync(fd, block, 0, block.length, (i % 64) * block.length);
      fdatasyncSync(fd);
    });
    return { ...t, dir };
  } finally {
    closeSync(fd);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The words of a search, in the form the index is asked (as `platform/search/fulltext.ts` builds it). */
function matchOf(q: string, scope: number, engine: 'sqlite' | 'postgres'): string {
  const tokens = scoped(queryTokens(q), scope);
  return engine === 'sqlite'
    ? tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')
    : tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

function bruteForce(drafts: HeldOutDraft[], docs: ScoredDoc[], budgetMs: number) {
  const stats = collectionStats(docs);
  const first = drafts[0];
  // Once untimed: the documents' norms are computed by the first scoring and kept.
  if (first) bruteForceTopK(docs, termVector(proposalText(first)), { orgId: first.orgId, k: 10 }, stats);
  return timed(budgetMs, Math.min(drafts.length, 5), (i) => {
    const d = drafts[i % drafts.length]!;
    bruteForceTopK(docs, termVector(proposalText(d)), { orgId: d.orgId, k: 10 }, stats);
  }).then((t) => ({ ...t, drafts: drafts.length, vectors: docs.length }));
}

async function sqliteReferences(file: string, m: Manifest, drafts: HeldOutDraft[], budgetMs: number) {
  const tmp = mkdtempSync(join(dirname(file), 'ref-insert-'));
  const raw = openSqlite(join(tmp, 'ref.db')); // the server's settings: WAL, synchronous=FULL
  let insertTransaction: References['insertTransaction'];
  try {
    raw.exec('create table ref_rows (id integer primary key, body text not null, n integer not null)');
    const insert = raw.prepare('insert into ref_rows (body, n) values (?, ?)');
    const tx = raw.transaction((i: number) => {
      for (let r = 0; r < INSERT_ROWS; r++) insert.run(FILLER, i);
    });
    insertTransaction = { ...(await timed(budgetMs, 20, (i) => tx(i))), rows: INSERT_ROWS };
  } finally {
    raw.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const db = new SQLite(file, { readonly: true });
  try {
    const count = db.prepare(
      `select count(*) from ${PROPOSAL_FTS.sqliteTable} where ${PROPOSAL_FTS.sqliteTable} match ?`,
    );
    const page = db.prepare(
      `select rowid from ${PROPOSAL_FTS.sqliteTable} where ${PROPOSAL_FTS.sqliteTable} match ? order by rowid desc limit 20`,
    );
    const exprs = SEARCHES.map((q) => matchOf(q, m.accounts.topOrgId, 'sqlite'));
    const search = (i: number) => {
      const e = exprs[i % exprs.length]!;
      page.all(e);
      return count.pluck().get(e) as number;
    };
    // Once untimed: the pages are read from the file cache, and the words must be found.
    const matches = exprs.reduce((n, _e, i) => n + search(i), 0);
    const fullText = { ...(await timed(budgetMs, exprs.length, search)), searches: exprs.length, matches };
    const orgId = drafts[0]?.orgId ?? m.accounts.topOrgId;
    const rows = db
      .prepare('select proposal_id, terms from proposal_vectors where org_id = ? order by proposal_id limit ?')
      .all(orgId, MAX_VECTORS) as { proposal_id: number; terms: string }[];
    const docs = rows.map((r) => ({ id: r.proposal_id, orgId, vector: decodeVector(r.terms) }));
    return { insertTransaction, fullText, bruteForce: await bruteForce(drafts, docs, budgetMs) };
  } finally {
    db.close();
  }
}

async function pgReferences(url: string, m: Manifest, drafts: HeldOutDraft[], budgetMs: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('drop table if exists lvzhi_bench_ref');
    await c.query('create table lvzhi_bench_ref (id bigserial primary key, body text not null, n integer not null)');
    const insertTransaction = {
      ...(await timed(budgetMs, 20, async (i) => {
        await c.query('begin');
        for (let r = 0; r < INSERT_ROWS; r++)
          await c.query('insert into lvzhi_bench_ref (body, n) values ($1, $2)', [FILLER, i]);
        await c.query('commit');
      })),
      rows: INSERT_ROWS,
    };
    await c.query('drop table lvzhi_bench_ref');
    const { pgTable, idColumn } = PROPOSAL_FTS;
    const exprs = SEARCHES.map((q) => matchOf(q, m.accounts.topOrgId, 'postgres'));
    const search = async (i: number) => {
      const e = exprs[i % exprs.length]!;
      await c.query(`select ${idColumn} from ${pgTable} where tsv @@ $1::tsquery order by ${idColumn} desc limit 20`, [
        e,
      ]);
      const n = await c.query<{ n: number }>(`select count(*) as n from ${pgTable} where tsv @@ $1::tsquery`, [e]);
      return Number(n.rows[0]!.n);
    };
    let matches = 0;
    for (let i = 0; i < exprs.length; i++) matches += await search(i);
    const fullText = { ...(await timed(budgetMs, exprs.length, search)), searches: exprs.length, matches };
    const orgId = drafts[0]?.orgId ?? m.accounts.topOrgId;
    const rows = await c.query<{ proposal_id: number; terms: string }>(
      'select proposal_id, terms from proposal_vectors where org_id = $1 order by proposal_id limit $2',
      [orgId, MAX_VECTORS],
    );
    const docs = rows.rows.map((r) => ({ id: Number(r.proposal_id), orgId, vector: decodeVector(r.terms) }));
    return { insertTransaction, fullText, bruteForce: await bruteForce(drafts, docs, budgetMs) };
  } finally {
    await c.end();
  }
}

/** About 4 × `budgetMs` of measuring, plus reading up to 10 000 vectors. */
export async function measureReferences(
  m: Manifest,
  target: Target,
  datasetDir: string,
  budgetMs: number,
): Promise<References> {
  const started = performance.now();
  const drafts = (JSON.parse(readFileSync(join(datasetDir, m.heldOut), 'utf8')) as HeldOutDraft[]).filter(
    (d, _i, all) => d.orgId === all[0]!.orgId,
  );
  const dataDir = target.database.kind === 'sqlite' ? dirname(target.database.file) : target.env.DATA_DIR!;
  const fsync = await fsyncRate(dataDir, budgetMs);
  const rest =
    target.database.kind === 'sqlite'
      ? await sqliteReferences(target.database.file, m, drafts, budgetMs)
      : await pgReferences(target.database.url, m, drafts, budgetMs);
  return { engine: target.database.kind, fsync, ...rest, seconds: round((performance.now() - started) / 1000) };
}
