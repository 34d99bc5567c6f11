// `npm run bench [-- --scale province|city --engine sqlite|postgres --duration 10 --instances 1|2]`
// Builds, starts the real server (production mode, its own process) on a working copy of the
// generated dataset, drives it over HTTP from another process (bench/run/driver.ts, with
// autocannon), samples the server's memory all along, then restarts it with its job loop on
// for the bulk work. Prints the table and writes bench/results/<date>-<engine>-<scale>.json.
// Before the cases it measures the machine's own references (references.ts) and reports every
// case also as a ratio to its reference; `--baseline FILE` sets the ratios beside a recorded run's.
// Case (u), the opinions' grouping through the database, runs last in its own process
// (bench/run/opinion-groups-db.ts) on a fresh working copy, once the servers are stopped.
// `npm run bench:smoke` is the same at city scale, 2 s per case: it fails only when the
// bench itself breaks (an error, a non-2xx answer), never on the figures.
import { execSync, fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_ROOT, datasetDir, readManifest, type EngineName, type Manifest } from '../generate/dataset.js';
import type { ScaleName } from '../generate/scale.js';
import type { CaseKey } from './cases.js';
import type { BulkResult, CaseResult, DriverConfig, DriverMessage } from './driver.js';
import { compareWithBaseline, readRecorded } from './baseline.js';
import type { RecallResult } from './recall.js';
import type { LabelledResult } from './labelled.js';
import { measureReferences, type References } from './references.js';
import {
  bulkVerdicts,
  caseVerdict,
  printBulk,
  printLabelled,
  printReferences,
  printTable,
  ratioToReference,
  RSS_LIMIT_MB,
} from './report.js';
import { RssSampler } from './rss.js';
import { ADD_P99_TARGET_MS, REGROUP_TARGET_S, type GroupsDbResult } from './opinion-groups-db.js';
import { startServer, workingCopy, type Server, type Target } from './server.js';

const { values: a } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    engine: { type: 'string', default: 'sqlite' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    instances: { type: 'string', default: '1' },
    connections: { type: 'string', default: '16' },
    cases: { type: 'string', default: 'a,b,c,d,e,f,g,h,i,k,l,o,p,q,r,v,w,j,m,n,u' },
    'group-adds': { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '3900' },
    'import-rows': { type: 'string', default: '10000' },
    'word-exports': { type: 'string', default: '200' },
    'database-url': { type: 'string' },
    baseline: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'skip-bulk': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    'read-cache': { type: 'string', default: 'on' },
    checkins: { type: 'string', default: '500' },
    'checkin-sessions': { type: 'string', default: '3' },
  },
});
const smoke = a.smoke!;
const scale = (smoke ? 'city' : a.scale) as ScaleName;
const engine = (smoke ? 'sqlite' : a.engine) as EngineName;
const duration = smoke ? 2 : Number(a.duration);
const warmup = smoke ? 1 : Number(a.warmup);
const instances = Number(a.instances);
const importRows = smoke ? 500 : Number(a['import-rows']);
const wordCount = smoke ? 20 : Number(a['word-exports']);
const caseKeys = a.cases!.split(',') as CaseKey[];
const resultsDir = join(BENCH_ROOT, 'results');
const say = (s: string) => process.stdout.write(`${s}\n`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', cwd: join(BENCH_ROOT, '..') });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Case (u) in its own process (its CPU time and memory are the grouping's): the JSON line it prints. */
function groupsDbCase(): GroupsDbResult {
  const args = [
    '--import',
    'tsx',
    join(BENCH_ROOT, 'run', 'opinion-groups-db.ts'),
    '--scale',
    scale,
    '--engine',
    engine,
  ];
  args.push('--adds', smoke ? '50' : a['group-adds']!);
  // Every scope regrouped too (the whole dataset's opinions from scratch), except in smoke mode.
  if (!smoke) args.push('--all');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: join(BENCH_ROOT, '..'), maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`case (u) failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as GroupsDbResult;
}

function printGroupsDb(g: GroupsDbResult): string {
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `(u) opinions' grouping through the database: the largest campaign (organisation ${g.scope.orgId}, ${g.scope.opinions} opinions)`,
    `    regrouped from scratch in ${g.regroup.seconds} s (CPU ${g.regroup.cpuSeconds} s; target ≤ ${REGROUP_TARGET_S} s: ${met(g.regroup.met)}), ${g.regroup.groups} groups holding ${g.regroup.grouped}`,
    `    ${g.adds.n} opinions filed one at a time: p50 ${g.adds.p50Ms} ms, p99 ${g.adds.p99Ms} ms (target ≤ ${ADD_P99_TARGET_MS} ms: ${met(g.adds.met)}), max ${g.adds.maxMs} ms (CPU ${g.adds.cpuSeconds} s)`,
    ...(g.regroupAll
      ? [
          `    every scope (${g.regroupAll.scopes}, ${g.regroupAll.opinions} opinions) regrouped one after the other in ${g.regroupAll.seconds} s (CPU ${g.regroupAll.cpuSeconds} s), ${g.regroupAll.groups} groups`,
        ]
      : []),
    `    RSS ${g.rssMb} MB; load average ${g.load[0].toFixed(2)} → ${g.load[1].toFixed(2)}`,
  ].join('\n');
}

/** `--cases u` alone: the case, printed and written beside the others' results. */
function groupsOnly(manifest: Manifest, commit: string, started: number): number {
  const g = groupsDbCase();
  say(printGroupsDb(g));
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().slice(0, 10)}-${engine}-${scale}-opinion-groups-db.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), commit, engine, scale, dataset: { counts: manifest.counts }, opinionGroupsDb: g }, null, 2)}\n`,
  );
  say(`results: ${file}  (${Math.round((Date.now() - started) / 1000)} s)`);
  return 0;
}

function dataset(): Manifest {
  const dir = datasetDir(scale, engine);
  if (smoke || !existsSync(join(dir, 'manifest.json'))) {
    say(`generating the ${scale} dataset on ${engine}…`);
    const args = [
      '--import',
      'tsx',
      join(BENCH_ROOT, 'generate', 'main.ts'),
      '--scale',
      scale,
      '--engine',
      engine,
      '--seed',
      a.seed!,
      '--quiet',
    ];
    if (a['database-url']) args.push('--database-url', a['database-url']);
    run(process.execPath, args, 'bench:data');
  }
  return readManifest(dir);
}

/** Runs the driver in its own process; every phase it enters is where the memory samples go. */
function drive(config: DriverConfig, rss: RssSampler, onMessage: (m: DriverMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(join(BENCH_ROOT, 'run', 'driver.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m: DriverMessage) => {
      if (m.type === 'phase') rss.enter(m.label);
      onMessage(m);
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the driver exited with ${code}`))));
    child.send(config);
  });
}

async function servers(m: Manifest, target: Target, n: number, jobs: boolean): Promise<Server[]> {
  const log = join(target.env.DATA_DIR!, '..', `server-${m.engine}-${m.scale}.log`);
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      startServer(m, target, Number(a.port) + i, { jobs, log, readCache: a['read-cache'] !== 'off' }),
    ),
  );
}

async function main(): Promise<number> {
  const started = Date.now();
  // `--cases u` alone: no server, so no build, no references and no HTTP phase.
  const serverless = caseKeys.every((k) => k === 'u');
  if (!a['skip-build'] && !serverless) {
    say('building (npm run build)…');
    run('npm', ['run', '--silent', 'build'], 'npm run build');
  }
  const manifest = dataset();
  const commit = execSync('git rev-parse --short HEAD', { cwd: BENCH_ROOT, encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain -- server bench', { cwd: BENCH_ROOT, encoding: 'utf8' }).trim() !== '';
  say(
    `bench: ${scale} on ${engine}${a['read-cache'] === 'off' ? ' (read caches off)' : ''}, ${instances} instance(s), ${a.connections} connections, ${duration} s per case after ${warmup} s warm-up; commit ${commit}${dirty ? ' + working tree' : ''}; load average ${load()}`,
  );

  const failures: string[] = [];
  const results: CaseResult[] = [];
  let recall: RecallResult | null = null;
  let labelled: LabelledResult | null = null;
  let bulk: BulkResult | null = null;
  let running: Server[] = [];
  const rss = new RssSampler(() => running.map((s) => s.pid));
  const onMessage = (msg: DriverMessage) => {
    if (msg.type === 'case') {
      results.push(msg.result);
      const r = msg.result;
      if (r.non2xx || r.errors || r.timeouts)
        failures.push(`(${r.key}) ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
      say(`  (${r.key}) ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms  [load ${r.loadBefore}]`);
    } else if (msg.type === 'recall') {
      recall = msg.result;
      say(`  recall@10 ${msg.result.recallAt10} over ${msg.result.drafts} drafts`);
    } else if (msg.type === 'labelled') {
      labelled = msg.result;
      say(`  labelled set: recall@1 ${msg.result.recallAt1}, F1 ${msg.result.f1}`);
    } else if (msg.type === 'bulk') bulk = msg.result;
    else if (msg.type === 'error') failures.push(msg.message);
  };

  const target = await workingCopy(manifest);
  if (serverless) return groupsOnly(manifest, commit, started);
  // The machine's references, with nothing else of the bench running (about 4 × 1 s; smoke: 4 × 0.4 s).
  let references: References | null = null;
  try {
    references = await measureReferences(manifest, target, datasetDir(scale, engine), smoke ? 400 : 1000);
    say(printReferences(references));
    // A reference that finds nothing is fast and measures nothing (the driver checks the app's search the same way).
    if (!references.fullText.matches) failures.push('machine references: the bare full-text match finds nothing');
  } catch (err) {
    failures.push(`machine references: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  const config = {
    urls: [] as string[],
    datasetDir: datasetDir(scale, engine),
    manifest,
    database: target.database,
    duration,
    warmup,
    connections: Number(a.connections),
    cases: caseKeys,
    importRows,
    wordExports: wordCount,
    checkins: smoke ? 100 : Number(a.checkins),
    checkinRounds: smoke ? 1 : Number(a['checkin-sessions']),
  };
  rss.start();
  try {
    rss.enter('start-up');
    running = await servers(manifest, target, instances, false);
    await drive({ ...config, mode: 'http', urls: running.map((s) => s.url) }, rss, onMessage);
    await Promise.all(running.map((s) => s.stop()));
    if (!a['skip-bulk'] && !failures.length) {
      rss.enter('bulk start-up');
      running = await servers(manifest, target, 1, true);
      await drive({ ...config, mode: 'bulk', urls: running.map((s) => s.url) }, rss, onMessage);
    }
  } finally {
    await Promise.all(running.map((s) => s.stop()));
    rss.stop();
  }
  let groupsDb: GroupsDbResult | null = null;
  if (caseKeys.includes('u') && !failures.length) {
    try {
      groupsDb = groupsDbCase();
    } catch (err) {
      failures.push(err instanceof Error ? err.message : String(err));
    }
  }

  const ceiling = results.find((r) => r.key === 'a')?.requestsPerSecond ?? null;
  say('');
  say(printTable(results, rss.phases, recall, references, labelled));
  if (recall) {
    const rc: RecallResult = recall;
    say(
      `recall@10 of the similar-proposal check: ${rc.recallAt10} over ${rc.drafts} reworded drafts (the reworded original in the top 10: ${rc.originalInTop10}, first: ${rc.originalFirst})`,
    );
  }
  if (labelled) say(printLabelled(labelled));
  const bv = bulk ? bulkVerdicts(bulk, rss.phases) : null;
  if (bulk && bv) say(printBulk(bulk, rss.phases, bv));
  if (groupsDb) say(printGroupsDb(groupsDb));
  say(
    `server peak RSS over the whole run: ${rss.peakMb.toFixed(0)} MB (target ≤ ${RSS_LIMIT_MB} MB: ${rss.peakMb <= RSS_LIMIT_MB ? 'met' : 'MISSED'})`,
  );

  if (a.baseline) {
    const cmp = compareWithBaseline(
      a.baseline,
      readRecorded(a.baseline),
      references,
      results.map((r) => ({ key: r.key, ratio: ratioToReference(r, ceiling, references) })),
    );
    say(cmp.lines.join('\n'));
  }

  mkdirSync(resultsDir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const file = join(
    resultsDir,
    `${date}-${engine}-${scale}${instances > 1 ? `-${instances}instances` : ''}${smoke ? '-smoke' : ''}${a['read-cache'] === 'off' ? '-nocache' : ''}.json`,
  );
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        workingTreeChanges: dirty,
        engine,
        scale,
        instances,
        readCache: a['read-cache'] !== 'off',
        connections: Number(a.connections),
        durationSeconds: duration,
        warmupSeconds: warmup,
        loadAverageAtEnd: load(),
        dataset: { seed: manifest.seed, counts: manifest.counts, generatedInSeconds: manifest.generatedInSeconds },
        references,
        cases: results.map((r) => ({
          ...r,
          ratioToCeiling: ceiling ? Math.round((r.requestsPerSecond / ceiling) * 1000) / 1000 : null,
          ratioToReference: ratioToReference(r, ceiling, references),
          peakRssMb: Math.round(rss.phases.get(r.key)?.peakMb ?? 0),
          ...caseVerdict(r, ceiling, recall, labelled),
        })),
        recall,
        labelled,
        bulk,
        bulkVerdicts: bv,
        opinionGroupsDb: groupsDb,
        memory: {
          peakRssMb: Math.round(rss.peakMb),
          limitMb: RSS_LIMIT_MB,
          phases: Object.fromEntries(
            [...rss.phases].map(([k, v]) => [k, { startMb: Math.round(v.startMb), peakMb: Math.round(v.peakMb) }]),
          ),
        },
        failures,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      null,
      2,
    ),
  );
  say(`results: ${file}  (${Math.round((Date.now() - started) / 1000)} s)`);
  if (failures.length) {
    say(`\nthe bench broke:\n${failures.join('\n')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
