// Case (u) of `npm run bench`: the opinions' grouping through the database (issue 15 item 5),
// in its own process on a working copy of the dataset. (a) The largest organisation's campaign
// regrouped from scratch through the groups sub-domain's regroup (its texts read, grouped in
// arrival order, the group rows written, in one transaction), the grouper cold as after a
// restart; then every scope of the dataset regrouped the same way, one transaction each.
// (b) Opinions added one at a time to that campaign as intake files them: one transaction
// each, the row inserted and the placer intake calls run in it (candidates, comparison, group
// rows). Texts of the adds: opinions of other organisations of the dataset, in their order
// (at city scale, with one organisation, texts of bench/opinion-groups/scale-texts.ts).
// Wall time and this process's CPU time, with the load average (the machine is shared).
//
//   node --import tsx bench/run/opinion-groups-db.ts [--scale city|province] [--engine sqlite|postgres] [--adds 500] [--all]
// Prints one JSON line (the bench runner reads it).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { loadConfig } from '../../server/config.js';
import { inTransaction } from '../../server/db/tx.js';
import { createPlatform } from '../../server/platform/platform.js';
import { opinionPlacerOf, regroupScope, groupDemoOpinions } from '../../server/modules/opinions/groups/index.js';
import { datasetDir, readManifest, type EngineName } from '../generate/dataset.js';
import type { ScaleName } from '../generate/scale.js';
import { scaleOpinions } from '../opinion-groups/scale-texts.js';
import { workingCopy } from './server.js';

/** Targets of issue 15 item 5. */
export const REGROUP_TARGET_S = 30;
export const ADD_P99_TARGET_MS = 20;

export interface GroupsDbResult {
  engine: EngineName;
  scale: ScaleName;
  scope: { orgId: number; campaignId: number | null; opinions: number };
  regroup: { seconds: number; cpuSeconds: number; groups: number; grouped: number; met: boolean };
  /** Every scope of the dataset, one regroup each (with --all). */
  regroupAll: { seconds: number; cpuSeconds: number; scopes: number; opinions: number; groups: number } | null;
  adds: { n: number; p50Ms: number; p99Ms: number; maxMs: number; cpuSeconds: number; met: boolean };
  rssMb: number;
  load: [number, number];
}

const quantile = (xs: number[], q: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return r2((d.user + d.system) / 1e6);
};

/** The bench logs nothing but its figures. */
const quiet = {
  level: 'silent',
  fatal() {},
  error() {},
  warn() {},
  info() {},
  debug() {},
  trace() {},
  silent() {},
  child() {
    return quiet;
  },
} as unknown as FastifyBaseLogger;

export async function runGroupsDb(
  scale: ScaleName,
  engine: EngineName,
  adds: number,
  all: boolean,
): Promise<GroupsDbResult> {
  const load0 = loadavg()[0]!;
  const manifest = readManifest(datasetDir(scale, engine));
  const target = await workingCopy(manifest);
  const config = loadConfig({
    ...target.env,
    NODE_ENV: 'production',
    LVZHI_DATA_KEY: manifest.dataKey,
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  });
  const platform = createPlatform(config, quiet);
  try {
    const db = platform.db;
    const largest = await db
      .selectFrom('opinions')
      .select(['org_id', 'campaign_id', sql<number>`count(*)`.as('n')])
      .where('campaign_id', 'is not', null)
      .groupBy(['org_id', 'campaign_id'])
      .orderBy('n', 'desc')
      .orderBy('org_id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const scope = { orgId: Number(largest.org_id), campaignId: Number(largest.campaign_id) };

    // (a) From scratch: a cold grouper reads the scope's texts, groups them and writes the groups.
    let cpu = process.cpuUsage();
    let t = performance.now();
    const regrouped = await regroupScope(platform, scope);
    const regroup = {
      seconds: r2((performance.now() - t) / 1000),
      cpuSeconds: cpuSince(cpu),
      groups: regrouped.groups,
      grouped: regrouped.grouped,
      met: false,
    };
    regroup.met = regroup.seconds <= REGROUP_TARGET_S;

    // (b) Adds: texts of other organisations' opinions, each filed into the largest campaign.
    const texts: { title: string; body: string }[] = await db
      .selectFrom('opinions')
      .select(['title', 'body'])
      .where('org_id', '!=', scope.orgId)
      .orderBy('id')
      .limit(adds)
      .execute();
    // A city has one organisation: the rest from the scale case's generator.
    texts.push(...scaleOpinions(adds - texts.length));
    const placer = opinionPlacerOf(platform);
    const times: number[] = [];
    cpu = process.cpuUsage();
    for (const text of texts) {
      const at = new Date().toISOString();
      t = performance.now();
      await inTransaction(db, async (trx) => {
        const r = await trx
          .insertInto('opinions')
          .values({
            org_id: scope.orgId,
            campaign_id: scope.campaignId,
            channel: 'public',
            member_id: null,
            author_name: null,
            contact_enc: null,
            contact_masked: null,
            sector_id: null,
            title: text.title,
            body: text.body,
            place: null,
            category_id: null,
            theme_id: null,
            classified_by: null,
            classified_confidence: null,
            group_id: null,
            closed_reason: null,
            receipt_hash: null,
            created_by: null,
            created_at: at,
            updated_at: at,
            group_fixed: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await placer(trx, Number(r.id));
      });
      times.push(performance.now() - t);
    }
    const addCpu = cpuSince(cpu);

    let regroupAll: GroupsDbResult['regroupAll'] = null;
    if (all) {
      const n = await db
        .selectFrom('opinions')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      const scopes = await db.selectFrom('opinions').select(['org_id', 'campaign_id']).distinct().execute();
      cpu = process.cpuUsage();
      t = performance.now();
      const groups = await groupDemoOpinions(platform);
      regroupAll = {
        seconds: r2((performance.now() - t) / 1000),
        cpuSeconds: cpuSince(cpu),
        scopes: scopes.length,
        opinions: Number(n.n),
        groups,
      };
    }
    const p99 = r1(quantile(times, 0.99));
    return {
      engine,
      scale,
      scope: { ...scope, opinions: Number(largest.n) },
      regroup,
      regroupAll,
      adds: {
        n: times.length,
        p50Ms: r1(quantile(times, 0.5)),
        p99Ms: p99,
        maxMs: r1(Math.max(...times)),
        cpuSeconds: addCpu,
        met: p99 <= ADD_P99_TARGET_MS,
      },
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      load: [load0, loadavg()[0]!],
    };
  } finally {
    await platform.database.close();
  }
}

if (process.argv[1]?.endsWith('opinion-groups-db.ts')) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'city' },
      engine: { type: 'string', default: 'sqlite' },
      adds: { type: 'string', default: '500' },
      all: { type: 'boolean', default: false },
    },
  });
  const r = await runGroupsDb(values.scale as ScaleName, values.engine as EngineName, Number(values.adds), values.all!);
  console.log(JSON.stringify(r));
  process.exit(0);
}
