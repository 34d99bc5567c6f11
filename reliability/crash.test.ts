// Issue 5 item 1: crash durability. The real built server (production mode, data key) takes
// concurrent submissions, state changes and replies over HTTP and is killed with SIGKILL at
// random moments, then started again on the same data. Every write it acknowledged must be
// there, nothing may be half-applied, the audit chain must verify, and the SQLite file must
// pass its integrity check. CRASH_KILLS sets the number of kills (5; 20 in the long run),
// CRASH_SEED replays the same kill points.
import { describe, expect, it } from 'vitest';
import type { Fixture } from '../server/test/fixtures.js';
import { PASSWORD } from '../server/test/fixtures.js';
import { consistencyProblems, proposalStates, withDatabase } from './support/consistency.js';
import { ENGINES, knob } from './support/engines.js';
import { signIn } from './support/http-client.js';
import { createDeployment, type ServerProcess } from './support/server-process.js';
import { drive, ledgerProblem, StepRefused, type Cast, type Tracked } from './support/workflow.js';

const KILLS = knob('CRASH_KILLS', 5, 20);
const WORKERS = knob('CRASH_WORKERS', 6, 12);
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A small deterministic generator (mulberry32), so CRASH_SEED replays the same kill points. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function casts(url: string, fx: Fixture): Promise<Cast[]> {
  const [staff, unit, ...members] = await Promise.all(
    ['staff', 'jiaoyuju', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang'].map((u) => signIn(url, u, PASSWORD)),
  );
  return members.map((member) => ({ member: member!, staff: staff!, unit: unit!, unitId: fx.units['市教育局']! }));
}

describe.each(ENGINES)('crash durability (%s)', (engine) => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs under concurrent load`, async () => {
    console.log(`crash (${engine}): CRASH_SEED=${seed} CRASH_KILLS=${KILLS} CRASH_WORKERS=${WORKERS}`);
    const rand = random(seed);
    const dep = await createDeployment(engine);
    const ledger: Tracked[] = [];
    const refused: string[] = [];
    let server: ServerProcess | null = null;
    try {
      server = await dep.start();
      for (let k = 1; k <= KILLS; k++) {
        const cast = await casts(server.url, dep.seeded);
        let n = 0;
        const workers = Array.from({ length: WORKERS }, async (_, w) => {
          for (;;) {
            const t: Tracked = { title: `关于缓解城区交通拥堵的建议（第${k}轮第${w + 1}组第${++n}件）` };
            ledger.push(t);
            try {
              await drive(cast[w % cast.length]!, t);
            } catch (err) {
              // The server was killed under it (the connection failed); a refusal is a real failure.
              if (err instanceof StepRefused) refused.push(err.message);
              return;
            }
          }
        });
        // Kill at a random moment: anywhere from the first requests to well into the load.
        await new Promise((r) => setTimeout(r, 300 + Math.floor(rand() * 2500)));
        await server.kill();
        await Promise.all(workers);
        const acked = ledger.filter((t) => t.acked).length;
        console.log(
          `crash (${engine}): kill ${k}/${KILLS}: ${ledger.length} proposals started, ${acked} with acknowledged steps`,
        );
        server = await dep.start();
      }
      // The restarted server answers, and serves what it had acknowledged.
      const staff = await signIn(server.url, 'staff', PASSWORD);
      const sample = ledger.find((t) => t.acked === 'reply');
      if (sample) expect((await staff.get(`/api/proposals/${sample.id}`)).json().state).toBe('replied');
      await server.stop();
      server = null;

      expect(refused, 'steps refused while the server was up').toEqual([]);
      const facts = await withDatabase(dep.config, proposalStates);
      const byTitle = new Map([...facts.values()].map((p) => [p.title, p]));
      const lost = ledger.map((t) => ledgerProblem(t, byTitle)).filter(Boolean);
      expect(lost, 'acknowledged writes lost or half-applied').toEqual([]);
      expect(await withDatabase(dep.config, (db) => consistencyProblems(db, engine))).toEqual([]);
      const acknowledged = ledger.filter((t) => t.acked).length;
      expect(acknowledged).toBeGreaterThan(KILLS);
      console.log(
        `crash (${engine}): ${acknowledged} proposals with acknowledged writes verified after ${KILLS} kills`,
      );
    } finally {
      await server?.kill();
      await dep.remove();
    }
  });
});
