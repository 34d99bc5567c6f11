// Issue 5 item 3: a seeded, reproducible property-based fuzzer over every operation of
// /openapi.json (checked against the route table), sent as every role. Each answer must be
// below 500, every error in the documented shape without internals, and a refused request
// must leave the database as it was (counted by triggers on every table; a refusal may only
// add its own security audit entry and touch sign-in bookkeeping).
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, knob } from '../support/engines.js';
import { loadOperations, type Operation } from '../support/operations.js';
import { errorShapeProblem, leakIn } from '../support/response-checks.js';
import { buildScenario, type Scenario } from '../support/scenario.js';
import { createActors, type Actors } from '../support/actors.js';
import { changedTables, installChangeTracker, type ChangeTracker } from './change-tracker.js';
import { describeRequest, requestArb, type FuzzRequest } from './requests.js';

/** What a refused request may still change: its own audit entry (result denied/failed), sign-in counters, the session's last-seen time. */
const REFUSAL_MAY_TOUCH = new Set(['audit_log', 'audit_head', 'login_attempts', 'auth_sessions']);
/** Successful writes here may have changed a caller's account, member record, unit or organisation. */
const TOUCHES_CALLERS = /^\/api\/(users|auth|members|orgs|handling-units)\b/;
const SESSION_LOST = new Set([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'PASSWORD_CHANGE_REQUIRED',
  'TOTP_REQUIRED',
  'TOTP_ENROLL_REQUIRED',
]);

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

interface Violation {
  kind: string;
  request: FuzzRequest;
  status: number;
  body: string;
}

describe.each(ENGINES)('hostile-input fuzzer (%s)', (engine) => {
  let s: Scenario;
  let actors: Actors;
  let tracker: ChangeTracker;
  let ops: Operation[];
  const runs = knob(
    engine === 'sqlite' ? 'FUZZ_REQUESTS' : 'FUZZ_REQUESTS_PG',
    engine === 'sqlite' ? 20_000 : 4_000,
    engine === 'sqlite' ? 200_000 : 40_000,
  );

  beforeAll(async () => {
    s = await buildScenario(engine);
    ops = await loadOperations(s.ctx.app);
    const filter = process.env.FUZZ_OPS ? new RegExp(process.env.FUZZ_OPS) : null;
    if (filter) ops = ops.filter((o) => filter.test(o.key));
    actors = await createActors(s);
    tracker = await installChangeTracker(s.ctx.platform.db, engine);
  });
  afterAll(async () => s?.ctx.close());

  async function auditSince(seq: number): Promise<{ seq: number; action: string; result: string }[]> {
    return s.ctx.platform.db
      .selectFrom('audit_log')
      .select(['seq', 'action', 'result'])
      .where('seq', '>', seq)
      .orderBy('seq')
      .execute();
  }

  it(`sends ${runs} requests: no 5xx, every error in the documented shape, no refused request changes the database`, async () => {
    console.log(
      `fuzzer (${engine}): FUZZ_SEED=${seed} FUZZ_REQUESTS=${runs} over ${ops.length} operations — rerun with the same FUZZ_SEED to reproduce`,
    );
    const violations: Violation[] = [];
    const statuses = new Map<number, number>();
    let counters = await tracker.read();
    const auditHead = async () =>
      Number(
        (await sql<{ n: number | null }>`select max(seq) as n from audit_log`.execute(s.ctx.platform.db)).rows[0]?.n ??
          0,
      );
    let auditSeq = await auditHead();
    const uuids = Object.values(s.files);
    const arb = fc.constantFrom(...ops).chain((op) => requestArb(op, actors.names, { uuids }));

    await fc.assert(
      fc.asyncProperty(arb, async (req) => {
        const c = actors.get(req.actor);
        const headers = { ...req.headers, ...(req.noCsrf ? { 'x-csrf-token': '' } : {}) };
        const res = await c.request({
          method: req.method as 'GET',
          url: req.url,
          headers,
          ...(req.payload !== undefined ? { payload: req.payload } : {}),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const flag = (kind: string) =>
          violations.push({ kind, request: req, status: res.statusCode, body: res.body.slice(0, 400) });
        if (res.statusCode >= 500) flag('5xx');
        const after = await tracker.read();
        if (res.statusCode >= 400) {
          const shape = errorShapeProblem(res.body);
          if (shape) flag(`error shape: ${shape}`);
          const leak = leakIn(res.body);
          if (leak) flag(`leak: ${leak}`);
          const changed = changedTables(counters, after);
          const forbidden = changed.filter((t) => !REFUSAL_MAY_TOUCH.has(t));
          if (forbidden.length) flag(`refused request changed ${forbidden.join(', ')}`);
          if (changed.includes('audit_log')) {
            const entries = await auditSince(auditSeq);
            const okEntries = entries.filter((e) => e.result === 'ok');
            if (okEntries.length) flag(`refused request audited as done: ${okEntries.map((e) => e.action).join(', ')}`);
          }
        }
        if (changedTables(counters, after).includes('audit_log'))
          auditSeq = Math.max(auditSeq, ...(await auditSince(auditSeq)).map((e) => e.seq));
        counters = after;
        const code = res.statusCode >= 400 ? errorCode(res.body) : undefined;
        const wrote = res.statusCode < 300 && req.method !== 'GET' && TOUCHES_CALLERS.test(req.url);
        if (wrote || (req.actor !== 'anonymous' && code && SESSION_LOST.has(code))) {
          await actors.repair();
          counters = await tracker.read();
          auditSeq = await auditHead();
        }
        return true;
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );

    console.log(`fuzzer (${engine}): answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    const groups = new Map<string, Violation[]>();
    for (const v of violations) {
      const key = `${v.kind} | ${v.request.op} | ${v.status}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    const report = [...groups].map(
      ([key, list]) =>
        `${key} (x${list.length})\n    e.g. ${describeRequest(list[0]!.request)}\n    -> ${list[0]!.body}`,
    );
    expect(report, `FUZZ_SEED=${seed}: ${violations.length} violations`).toEqual([]);
    expect(runs).toBeGreaterThan(0);
  });
});
