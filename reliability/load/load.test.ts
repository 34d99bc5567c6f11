// Issue 5 item 7: virtual users running a mixed workload against the real server on the city
// dataset of the benchmark suite (`npm run bench:data -- --scale city`: 500 members, 5 000
// proposals, 32 handling units). Zero errors, zero lost writes (every acknowledged step is in
// the database afterwards). CI: 50 users for 15 s; long: 200 users for 60 s (LOAD_VUS,
// LOAD_SECONDS, LOAD_THINK_MS override). Figures are printed, and recorded in
// docs/reliability.md with LOAD_RECORD=1 (always for the long run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/platform/auth/password.js';
import { proposalStates, withDatabase } from '../support/consistency.js';
import { knob, LONG } from '../support/engines.js';
import { signIn, type HttpClient } from '../support/http-client.js';
import { createDeployment, type ServerProcess } from '../support/server-process.js';
import { ledgerProblem } from '../support/workflow.js';
import { loadReport, recordInDocs } from './report.js';
import { leaderUser, memberUser, newMetrics, publicVisitor, staffUser, unitUser, type World } from './workload.js';

const VUS = knob('LOAD_VUS', 50, 200);
const SECONDS = knob('LOAD_SECONDS', 15, 60);
const THINK_MS = knob('LOAD_THINK_MS', 250, 250);

/** Signs in `n` users, a few at a time (sign-in hashes are deliberately slow). */
async function signInAll(base: string, names: string[], password: string): Promise<HttpClient[]> {
  const out: HttpClient[] = [];
  for (let i = 0; i < names.length; i += 8)
    out.push(...(await Promise.all(names.slice(i, i + 8).map((n) => signIn(base, n, password)))));
  return out;
}

describe('load on the city dataset (real server, sqlite)', () => {
  it(`serves ${VUS} virtual users for ${SECONDS} s without an error or a lost write`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lvzhi-rel-load-'));
    let server: ServerProcess | null = null;
    let remove = async () => rmSync(dataDir, { recursive: true, force: true });
    try {
      const gen = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/generate/main.ts',
          '--scale',
          'city',
          '--engine',
          'sqlite',
          '--out',
          dataDir,
          '--quiet',
        ],
        { encoding: 'utf8' },
      );
      expect(gen.status, gen.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
      const password: string = manifest.password;
      const dep = await createDeployment('sqlite', {
        dataDir,
        env: { LVZHI_DATA_KEY: manifest.dataKey, LOG_LEVEL: 'error', TRUST_PROXY: 'loopback' },
        // The dataset's accounts carry production-cost hashes; a cheaper one keeps 200 sign-ins short.
        seed: async (p) => {
          await p.db
            .updateTable('users')
            .set({ password_hash: await hashPassword(password, 10), must_change_password: 0 })
            .execute();
          return null;
        },
      });
      remove = async () => {
        await dep.remove();
        rmSync(dataDir, { recursive: true, force: true });
      };
      server = await dep.start();
      const n = (share: number, min = 1) => Math.max(min, Math.round(VUS * share));
      const members = n(0.6);
      const staffCount = n(0.1);
      const unitCount = n(0.2);
      const leaders = n(0.05);
      const visitors = Math.max(0, VUS - members - staffCount - unitCount - leaders);
      const unitIds = Array.from({ length: Math.min(32, unitCount) }, (_, i) => i + 1);
      const [memberClients, staffClients, unitClients, leaderClients] = [
        await signInAll(
          server.url,
          Array.from({ length: members }, (_, i) => `m${i + 1}`),
          password,
        ),
        await signInAll(
          server.url,
          Array.from({ length: staffCount }, () => 'o1-office'),
          password,
        ),
        await signInAll(
          server.url,
          Array.from({ length: unitCount }, (_, i) => `o1-u${unitIds[i % unitIds.length]}`),
          password,
        ),
        await signInAll(
          server.url,
          // The chair, then a party secretary and a mayor (gov_leader): leaderUser knows them by i % 3.
          Array.from({ length: leaders }, (_, i) => ['o1-chair', 'o1-secretary', 'o1-mayor'][i % 3]!),
          password,
        ),
      ];
      let s = 42;
      const world: World = {
        base: server.url,
        until: Date.now() + SECONDS * 1000,
        thinkMs: THINK_MS,
        metrics: newMetrics(),
        ledger: [],
        review: [],
        toSign: new Map(unitIds.map((u) => [u, []])),
        toReply: new Map(unitIds.map((u) => [u, []])),
        unitIds,
        rand: () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648,
      };
      const before = loadavg()[0]!;
      const t0 = Date.now();
      await Promise.all([
        ...memberClients.map((c) => memberUser(world, c)),
        ...staffClients.map((c) => staffUser(world, c)),
        ...unitClients.map((c, i) => unitUser(world, c, unitIds[i % unitIds.length]!)),
        ...leaderClients.map((c, i) => leaderUser(world, c, i % 3 === 0)),
        ...Array.from({ length: visitors }, (_, i) => publicVisitor(world, manifest.accounts.topOrgId, i)),
      ]);
      const seconds = (Date.now() - t0) / 1000;
      await server.stop();
      server = null;

      const facts = await withDatabase(dep.config, proposalStates);
      const byTitle = new Map([...facts.values()].map((p) => [p.title, p]));
      const lost = world.ledger.map((t) => ledgerProblem(t, byTitle)).filter(Boolean);
      const report = loadReport({
        engine: 'SQLite',
        vus: VUS,
        seconds: Math.round(seconds),
        dataset: `city dataset (${manifest.counts.members} members, ${manifest.counts.proposals} proposals)`,
        writesVerified: world.ledger.filter((t) => t.acked).length,
        metrics: world.metrics,
      });
      console.log(`${report}\n(load average at the start: ${before.toFixed(1)})`);
      const errorsByKind = new Map<string, { n: number; example: string }>();
      for (const e of world.metrics.errors) {
        const key = `${e.action} ${e.detail.slice(0, 3)}`;
        errorsByKind.set(key, { n: (errorsByKind.get(key)?.n ?? 0) + 1, example: e.detail });
      }
      expect(Object.fromEntries(errorsByKind), `${world.metrics.errors.length} errors`).toEqual({});
      expect(lost, 'acknowledged writes missing or wrong').toEqual([]);
      expect(
        world.ledger.some((t) => t.acked === 'reply'),
        'the workflow went all the way through',
      ).toBe(true);
      if (LONG || process.env.LOAD_RECORD === '1') recordInDocs(report);
    } finally {
      await server?.kill();
      await remove();
    }
  });
});
