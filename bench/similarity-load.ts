// How long an app instance takes to load the similarity index from proposal_vectors, and
// what it costs in memory: fills a fresh database (SQLite, or PostgreSQL when
// LVZHI_TEST_ENGINE=postgres and TEST_DATABASE_URL are set) with generated proposals and
// their stored vectors, then loads the index in a child process of its own, as a
// restarted server would, and reports load time, RSS and heap.
//
//   node --import tsx bench/similarity-load.ts [--docs 200000] [--orgs 100]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { createSimilarityRepo } from '../server/modules/proposals/similarity/similarity.repo.js';
import { createSimilarityStore, vectorText } from '../server/modules/proposals/similarity/vector-store.service.js';
import { termVector } from '../server/platform/search/similarity-scoring.js';
import { seedFixture } from '../server/test/fixtures.js';
import { createTestContext, ENGINE } from '../server/test/harness.js';
import { createRng, generateText, reword, textOf } from '../server/test/proposal-text-generator.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '200000' },
    orgs: { type: 'string', default: '100' },
    child: { type: 'string' },
    /** Leave the database in place and print how to load it again (for repeated measurements). */
    keep: { type: 'boolean', default: false },
  },
});
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

if (args.child) {
  // The child: a fresh process that only opens the database and loads the index.
  const env = JSON.parse(args.child) as Record<string, string>;
  const database = openDatabase(loadConfig(env));
  termVector('预热分词词典'); // the server loads the dictionary on its first request anyway
  const before = process.memoryUsage();
  const t0 = performance.now();
  const store = createSimilarityStore({ db: database.db, simRepo: createSimilarityRepo() });
  const index = await store.ready();
  const ms = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  const est = index.memory();
  const rnd = createRng(99);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const v = termVector(textOf(reword(generateText(rnd), rnd)));
    const s = performance.now();
    await store.ready();
    index.query(v, { orgId: 1, k: 10 });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`loaded ${est.docs} vectors in ${(ms / 1000).toFixed(2)} s; index ${mb(est.bytes)} (estimated)`);
  console.log(
    `RSS ${mb(before.rss)} -> ${mb(after.rss)} after a GC, peak ${mb(process.resourceUsage().maxRSS * 1024)} ${database.engine === 'sqlite' ? "(SQLite's page cache, up to 64 MB, included)" : ''}; heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}; array buffers ${mb(before.arrayBuffers)} -> ${mb(after.arrayBuffers)}`,
  );
  console.log(
    `query of organisation 1 (the largest), including the freshness check: p50 ${times[100]!.toFixed(2)} ms, p99 ${times[198]!.toFixed(2)} ms`,
  );
  await database.close();
  process.exit(0);
}

const N = Number(args.docs),
  ORGS = Number(args.orgs);
console.log(`similarity load benchmark on ${ENGINE}: ${N} proposals over ${ORGS} organisation(s)`);
const ctx = await createTestContext();
try {
  const fx = await seedFixture(ctx.platform);
  const rnd = createRng(7);
  const now = new Date().toISOString();
  let t0 = performance.now();
  const memo = new Map<string, string>();
  for (let done = 0; done < N;) {
    const batch = Array.from({ length: Math.min(500, N - done) }, () => generateText(rnd));
    const rows = batch.map((g) => ({
      org_id: fx.city,
      term_id: fx.term,
      kind: 'individual' as const,
      title: g.title,
      reasons: g.parts.filter((p) => !/^[一二三四五六]、/.test(p)).join(''),
      suggestions: g.parts.filter((p) => /^[一二三四五六]、/.test(p)).join('\n'),
      state: 'submitted' as const,
      author_user_id: fx.users.member!.id,
      created_at: now,
      updated_at: now,
    }));
    await ctx.platform.database.db.transaction().execute(async (trx) => {
      const ids = await trx.insertInto('proposals').values(rows).returning('id').execute();
      await trx
        .insertInto('proposal_vectors')
        .values(
          rows.map((r, i) => {
            const key = `${r.title}|${r.reasons}|${r.suggestions}`;
            let terms = memo.get(key);
            if (!terms) memo.set(key, (terms = vectorText(r)));
            // A few large organisations and many small ones, as in a province.
            const r2 = rnd.next();
            return {
              proposal_id: ids[i]!.id,
              org_id: ORGS <= 1 ? 1 : 1 + Math.floor(ORGS * r2 * r2),
              terms,
              updated_at: now,
            };
          }),
        )
        .execute();
    });
    done += batch.length;
    if (memo.size > 50_000) memo.clear();
  }
  console.log(`filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const env = {
    NODE_ENV: 'production',
    DATA_DIR: ctx.dataDir,
    LVZHI_DATA_KEY: ctx.config.dataKey.toString('hex'),
    LOG_LEVEL: 'silent',
    ...(ctx.config.database.kind === 'postgres' ? { DATABASE_URL: ctx.config.database.url } : {}),
  };
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', process.argv[1]!, '--child', JSON.stringify(env)],
    { encoding: 'utf8' },
  );
  process.stdout.write(child.stdout);
  process.stderr.write(child.stderr);
  if (args.keep)
    console.log(
      `kept; load again with: node --expose-gc --import tsx ${process.argv[1]} --child '${JSON.stringify(env)}'`,
    );
} finally {
  if (!args.keep) await ctx.close();
  else await ctx.app.close();
}
