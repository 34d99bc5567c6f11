// `npm run bench:data -- --scale province|city --engine sqlite|postgres [--seed N] [--out DIR] [--database-url URL]`
// Fills a fresh database with a realistic dataset, straight through the database (not the
// API): the app's migrations create the schema, then every row is generated here and
// written in batches; the app's own functions seal personal data, tokenise text for the
// full-text and similarity indexes and hash the audit chain. Prints where each second went.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { hashPassword } from '../../server/platform/auth/password.js';
import { createPersonalDataCipher } from '../../server/platform/crypto/personal-data.js';
import { DEFAULT_SETTINGS } from '../../server/modules/proposals/settings/settings.schema.js';
import { prng } from '../../server/seed/demo.js';
import { adminUrl, databaseUrl, dataKeyFor, datasetDir, type EngineName, type Manifest } from './dataset.js';
import { selectHeldOut } from './held-out.js';
import { planOrgs } from './places.js';
import { createWriters, type Gen, type P } from './proposal-rows.js';
import { writeMeetings } from './meeting-rows.js';
import { writeStudy } from './study-rows.js';
import { writeOpinions } from './opinion-rows.js';
import { writeSupervision } from './supervision-rows.js';
import { generateSlot, signIns } from './proposals.js';
import { writeRefData } from './refdata.js';
import { BENCH_PASSWORD, HELD_OUT, REFERENCE_TIME, SCALES, type ScaleName } from './scale.js';
import { IdSource, PgSink, SqliteSink, type Sink } from './sink.js';
import { planSlots } from './slots.js';
import { TextIndexer } from './text.js';
import { Trail } from './trail.js';

const DAY = 86_400_000;
/** Events this far behind the proposal being generated are final: later proposals only add events after their own start. */
const HOLD_BACK = 35 * DAY;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'city' },
    engine: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'database-url': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const scaleName = args.scale as ScaleName;
const engine = args.engine as EngineName;
if (!SCALES[scaleName]) throw new Error(`--scale must be province or city, not ${args.scale}`);
if (engine !== 'sqlite' && engine !== 'postgres')
  throw new Error(`--engine must be sqlite or postgres, not ${args.engine}`);
const scale = SCALES[scaleName];
const seed = Number(args.seed);
const dir = datasetDir(scaleName, engine, args.out);
const log = (msg: string) => {
  if (!args.quiet) console.log(msg);
};
const started = performance.now();
let lap = started;
const phase = (name: string) => {
  const now = performance.now();
  log(`  ${name.padEnd(44)} ${((now - lap) / 1000).toFixed(1).padStart(6)} s`);
  lap = now;
};

async function openSink(): Promise<{ sink: Sink; close: () => Promise<void>; url: string | null }> {
  if (engine === 'sqlite') {
    const file = join(dir, 'lvzhi.db');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    const migrating = openDatabase({ database: { kind: 'sqlite', file } });
    await migrateToLatest(migrating.db);
    await migrating.close();
    const raw = new SQLite(file);
    return {
      sink: new SqliteSink(raw),
      close: async () => {
        raw.close();
      },
      url: null,
    };
  }
  const admin = adminUrl(args['database-url']);
  const name = `lvzhi_bench_${scaleName}`;
  const a = new pg.Client({ connectionString: admin });
  await a.connect();
  await a.query(`drop database if exists ${name} with (force)`);
  await a.query(`create database ${name}`);
  await a.end();
  const url = databaseUrl(admin, name);
  const migrating = openDatabase({ database: { kind: 'postgres', url, poolSize: 2 } });
  await migrateToLatest(migrating.db);
  await migrating.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { sink: new PgSink(client), close: () => client.end(), url };
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  log(
    `bench data: ${scaleName} on ${engine}, seed ${seed} -> ${engine === 'sqlite' ? dir : 'PostgreSQL'} (load average ${load})`,
  );
  const dataKey = dataKeyFor(seed);
  // The stored files the rows point at (supervision's photos), written afresh with the rows.
  rmSync(join(dir, 'files'), { recursive: true, force: true });
  const { sink, close, url } = await openSink();
  phase("schema (the app's migrations)");
  const dropped = await sink.dropIndexes();
  const passwordHash = await hashPassword(BENCH_PASSWORD, 15);
  phase(`password hash; ${dropped} indexes set aside for the load`);

  const rnd = prng(seed);
  const ids = new IdSource();
  const ref = writeRefData(sink, ids, rnd, planOrgs(scale), {
    cipher: createPersonalDataCipher(Buffer.from(dataKey, 'hex')),
    passwordHash,
  });
  phase(`organisations, members (${ids.peek('members')}) and accounts (${ids.peek('users')})`);

  const trail = new Trail(sink, ids);
  const g: Gen = {
    rnd,
    trail,
    w: createWriters(sink),
    ids,
    texts: new TextIndexer(),
    settings: DEFAULT_SETTINGS,
    counters: new Map(),
    mergeTargets: new Map(),
    states: new Map(),
  };
  const slots = planSlots(ref.orgs, prng(seed + 17));
  const topOrg = ref.orgs[0]!;
  const topCount = slots.filter((s) => s.org === topOrg).length;
  const candidates: P[] = [];
  const sampleRnd = prng(seed + 29);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    trail.flushBefore(slot.createdAt - HOLD_BACK);
    const p = generateSlot(g, slot);
    if (p.org === topOrg && sampleRnd.next() < (3 * HELD_OUT) / topCount) candidates.push(p);
    if (i % 2000 === 1999) await sink.pace();
  }
  phase(`proposals (${slots.length}), their history and search rows`);

  const meetings = writeMeetings(sink, ids, prng(seed + 41), ref.orgs);
  await sink.pace();
  phase(`meetings (${meetings.meetings}) and invitations (${meetings.invitations})`);

  const study = writeStudy(sink, ids, prng(seed + 43), ref.orgs);
  await sink.pace();
  phase(`study materials (${study.materials}) and reading records (${study.reads}, ${study.finished} finished)`);

  const opinions = writeOpinions(sink, ids, prng(seed + 47), ref.orgs);
  await sink.pace();
  phase(`opinions (${opinions.opinions}, ${opinions.groups} groups), routes (${opinions.routes}) and answers`);

  const supervision = await writeSupervision(sink, ids, prng(seed + 53), topOrg, {
    objects: scaleName === 'province' ? 300 : 30,
    datasetDir: dir,
    // Phone-size photos at province scale; light ones for the city (the CI's smoke dataset).
    photoSize: scaleName === 'province' ? [4032, 3024] : [1600, 1200],
  });
  await sink.pace();
  phase(
    `supervision: a campaign of ${supervision.objects} parks, ${supervision.visits} visits, ${supervision.photos} photos`,
  );

  const natural = trail.audits + trail.notifications + trail.pending;
  const topUp = scale.auditAndNotifications === null ? 0 : scale.auditAndNotifications - natural;
  if (topUp < 0)
    throw new Error(
      `the proposals' history alone has ${natural} audit entries and notices, more than ${scale.auditAndNotifications}`,
    );
  signIns(g, ref.orgs, topUp, REFERENCE_TIME - 30 * DAY, REFERENCE_TIME - 60_000);
  const head = trail.finish();
  await sink.exec('update audit_head set seq = ?, hash = ? where id = 1', [head.seq, head.hash]);
  for (const [key, n] of g.counters) {
    const [orgId, series] = key.split('|') as [string, string];
    g.w.counters.add([Number(orgId), series, n]);
  }
  phase(`audit trail (${trail.audits}, ${topUp} of them sign-ins) and notices (${trail.notifications})`);

  await sink.checkpoint();
  await sink.rebuildIndexes();
  phase(`${dropped} indexes rebuilt`);
  const counts = sink.rowsWritten();
  await sink.finish(ids.all());
  await close();
  phase(engine === 'sqlite' ? 'WAL on, checkpoint' : 'sequences, vacuum analyze');

  const heldOut = selectHeldOut(candidates, HELD_OUT, prng(seed + 1000));
  writeFileSync(join(dir, 'held-out.json'), JSON.stringify(heldOut, null, 1));
  const seconds = (performance.now() - started) / 1000;
  const manifest: Manifest = {
    scale: scaleName,
    engine,
    seed,
    referenceTime: new Date(REFERENCE_TIME).toISOString(),
    generatedAt: new Date().toISOString(),
    generatedInSeconds: Math.round(seconds * 10) / 10,
    loadAverage: load,
    dataKey,
    dataDir: dir,
    databaseUrl: url,
    password: BENCH_PASSWORD,
    accounts: {
      staff: topOrg.usernames.office,
      members: ref.benchMembers.map((m) => m.username),
      topOrgId: topOrg.id,
      byRole: ref.accounts,
    },
    counts,
    states: Object.fromEntries([...g.states].sort((a, b) => b[1] - a[1])),
    auditEntries: trail.audits,
    notifications: trail.notifications,
    heldOut: 'held-out.json',
    meetings,
    study,
    opinions,
    supervision,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  log(
    `done in ${seconds.toFixed(1)} s: ${counts.proposals} proposals, ${trail.audits} audit entries + ${trail.notifications} notices; ` +
      `${g.texts.checked} documents checked against the app's tokeniser`,
  );
  log(
    `states: ${Object.entries(manifest.states)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  if (!existsSync(join(dir, 'manifest.json'))) process.exitCode = 1;
}

await main();
