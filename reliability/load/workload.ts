// The load test's virtual users: members browse and submit proposals, office staff review
// the queue, accept and assign, handling units sign and reply, leaders read statistics, the
// public reads the public page. The proposals they pass along go through in-memory queues,
// so two users never race for the same step, and every acknowledged write is kept in a
// ledger that is checked against the database afterwards.
import type { HttpClient, HttpResult } from '../support/http-client.js';
import { httpClient } from '../support/http-client.js';
import { PUBLIC_REQUESTS_PER_MINUTE } from '../../server/modules/proposals/public/public.routes.js';
import type { Tracked } from '../support/workflow.js';

export interface Metrics {
  latencies: Map<string, number[]>;
  errors: { action: string; detail: string }[];
  requests: number;
}

export function newMetrics(): Metrics {
  return { latencies: new Map(), errors: [], requests: 0 };
}

export interface World {
  base: string;
  until: number;
  thinkMs: number;
  metrics: Metrics;
  ledger: Tracked[];
  /** Submitted proposals waiting for the office. */
  review: Tracked[];
  /** Per handling unit: proposals to sign, then to reply to. */
  toSign: Map<number, Tracked[]>;
  toReply: Map<number, Tracked[]>;
  unitIds: number[];
  rand: () => number;
}

async function timed(
  w: World,
  action: string,
  call: () => Promise<HttpResult>,
  ok = [200, 201],
): Promise<HttpResult | null> {
  const t0 = performance.now();
  let res: HttpResult;
  try {
    res = await call();
  } catch (err) {
    w.metrics.requests++;
    w.metrics.errors.push({ action, detail: String(err) });
    return null;
  }
  const ms = performance.now() - t0;
  w.metrics.requests++;
  const list = w.metrics.latencies.get(action) ?? [];
  list.push(ms);
  w.metrics.latencies.set(action, list);
  if (!ok.includes(res.status)) {
    w.metrics.errors.push({ action, detail: `${res.status} ${res.body.slice(0, 200)}` });
    return null;
  }
  return res;
}

const think = (w: World) => new Promise((r) => setTimeout(r, w.thinkMs * (0.5 + w.rand())));
const live = (w: World) => Date.now() < w.until;

let serial = 0;

export async function memberUser(w: World, c: HttpClient): Promise<void> {
  while (live(w)) {
    const roll = w.rand();
    if (roll < 0.15) {
      const t: Tracked = { title: `关于加强社区老年助餐服务的建议（压力测试第${++serial}件）` };
      w.ledger.push(t);
      t.inFlight = 'create';
      const made = await timed(w, 'member.draft', () =>
        c.post('/api/proposals', {
          title: t.title,
          reasons: '我市老龄化程度加深，独居和高龄老人就餐难问题突出，社区助餐点覆盖不足。',
          suggestions: '一、每个街道至少建成一个助餐点；二、对高龄老人给予就餐补贴；三、引入社会力量参与运营。',
          category: '社会法制',
        }),
      );
      if (!made) continue;
      t.id = made.json().id;
      t.acked = 'create';
      t.inFlight = 'submit';
      if (await timed(w, 'member.submit', () => c.post(`/api/proposals/${t.id}/submit`, {}))) {
        t.acked = 'submit';
        t.inFlight = undefined;
        w.review.push(t);
      }
    } else if (roll < 0.5) {
      const list = await timed(w, 'member.list', () => c.get('/api/proposals?mine=true&pageSize=20'));
      const first = list?.json().items?.[0];
      if (first) await timed(w, 'member.view', () => c.get(`/api/proposals/${first.id}`));
    } else if (roll < 0.75) {
      await timed(w, 'member.unread', () => c.get('/api/notifications/unread-count'));
    } else {
      await timed(w, 'member.search', () =>
        c.get(
          `/api/proposals?q=${encodeURIComponent(['养老', '交通', '教育', '医疗'][Math.floor(w.rand() * 4)]!)}&pageSize=20`,
        ),
      );
    }
    await think(w);
  }
}

export async function staffUser(w: World, c: HttpClient): Promise<void> {
  while (live(w)) {
    const t = w.review.shift();
    if (t) {
      t.inFlight = 'accept';
      if (!(await timed(w, 'staff.accept', () => c.post(`/api/proposals/${t.id}/accept`, {})))) continue;
      t.acked = 'accept';
      const unitId = w.unitIds[Math.floor(w.rand() * w.unitIds.length)]!;
      t.inFlight = 'assign';
      if (
        !(await timed(w, 'staff.assign', () =>
          c.post(`/api/proposals/${t.id}/assign`, { units: [{ unitId, role: 'lead' }] }),
        ))
      )
        continue;
      t.acked = 'assign';
      t.inFlight = undefined;
      w.toSign.get(unitId)!.push(t);
    } else if (w.rand() < 0.5) {
      await timed(w, 'staff.queue', () => c.get('/api/proposals?state=submitted&pageSize=50'));
    } else {
      await timed(w, 'staff.board', () => c.get('/api/proposals/handling-board?pageSize=20'));
    }
    await think(w);
  }
}

export async function unitUser(w: World, c: HttpClient, unitId: number): Promise<void> {
  while (live(w)) {
    const sign = w.toSign.get(unitId)!.shift();
    const reply = sign ? undefined : w.toReply.get(unitId)!.shift();
    if (sign) {
      sign.inFlight = 'sign';
      if (await timed(w, 'unit.sign', () => c.post(`/api/proposals/${sign.id}/sign`, {}))) {
        sign.acked = 'sign';
        sign.inFlight = undefined;
        w.toReply.get(unitId)!.push(sign);
      }
    } else if (reply) {
      reply.inFlight = 'reply';
      // A contact with the proposer first, as the organisation's default rules require.
      const contacted = await timed(w, 'unit.contact', () =>
        c.post(`/api/proposals/${reply.id}/contacts`, {
          contactedOn: '2026-01-05',
          way: 'phone',
          notes: '电话联系提案人，商定助餐点选址。',
        }),
      );
      if (
        contacted &&
        (await timed(w, 'unit.reply', () =>
          c.post(`/api/proposals/${reply.id}/reply`, {
            body: `关于“${reply.title}”的答复：已将助餐点建设纳入年度民生实事，年内新建二十个。`,
            signer: '局长 王建华',
            resultClass: 'A',
          }),
        ))
      ) {
        reply.acked = 'reply';
        reply.inFlight = undefined;
      }
    } else {
      await timed(w, 'unit.inbox', () => c.get('/api/proposals/inbox?pageSize=20'));
    }
    await think(w);
  }
}

/**
 * A leader reads statistics and the key board; the CPPCC's chair also the proposal list, a
 * party or government leader (who may not list proposals: ADR 0005) his home figures instead.
 */
export async function leaderUser(w: World, c: HttpClient, cppcc: boolean): Promise<void> {
  while (live(w)) {
    const roll = w.rand();
    if (roll < 0.4) await timed(w, 'leader.stats', () => c.get('/api/proposals/stats'));
    else if (roll < 0.7) await timed(w, 'leader.keyBoard', () => c.get('/api/proposals/key-board'));
    else if (cppcc) await timed(w, 'leader.list', () => c.get('/api/proposals?pageSize=20&sort=-updatedAt'));
    else await timed(w, 'leader.home', () => c.get('/api/proposals/home'));
    await think(w);
  }
}

/**
 * Two pages per visit, at most this often: a reader, not a script, and below the public
 * pages' limit per address (which a faster server would otherwise have this loop hit).
 */
const VISIT_MS = Math.ceil(((2 * 60_000) / PUBLIC_REQUESTS_PER_MINUTE) * 1.25);

/** A visitor of the public page from his own address (the server trusts the test's proxy header). */
export async function publicVisitor(w: World, orgId: number, n: number): Promise<void> {
  const c = httpClient(w.base);
  const from = { 'x-forwarded-for': `10.8.${Math.floor(n / 250)}.${(n % 250) + 1}` };
  while (live(w)) {
    const started = Date.now();
    const list = await timed(w, 'public.list', () =>
      c.request('GET', `/api/public/proposals?orgId=${orgId}&pageSize=20`, undefined, from),
    );
    const first = list?.json().items?.[0];
    if (first)
      await timed(w, 'public.view', () => c.request('GET', `/api/public/proposals/${first.id}`, undefined, from));
    await think(w);
    const rest = VISIT_MS - (Date.now() - started);
    if (rest > 0 && live(w)) await new Promise((r) => setTimeout(r, rest));
  }
}
