// Proposals driven through the workflow over HTTP (draft, submit, accept, assign, sign,
// reply), with a ledger of what the server acknowledged: a step answered 2xx must be in the
// database afterwards, whatever happened to the server since; a step whose answer never
// came (the server died) may or may not be.
import type { HttpClient, HttpResult } from './http-client.js';
import type { ProposalFacts } from './consistency.js';

export const STEPS = ['create', 'submit', 'accept', 'assign', 'sign', 'reply'] as const;
export type Step = (typeof STEPS)[number];
export const STATE_AFTER: Record<Step, string> = {
  create: 'draft',
  submit: 'submitted',
  accept: 'accepted',
  assign: 'assigned',
  sign: 'handling',
  reply: 'replied',
};

export interface Tracked {
  /** Unique title: finds the proposal even when its creation was never acknowledged. */
  title: string;
  id?: number;
  acked?: Step;
  inFlight?: Step;
}

export interface Cast {
  member: HttpClient;
  staff: HttpClient;
  unit: HttpClient;
  unitId: number;
}

/** A non-2xx answer to a step that should have succeeded: a real failure, not a crash. */
export class StepRefused extends Error {}

function expect2xx(res: HttpResult, what: string): HttpResult {
  if (res.status < 200 || res.status > 299) throw new StepRefused(`${what}: ${res.status} ${res.body.slice(0, 300)}`);
  return res;
}

async function run(c: Cast, t: Tracked, step: Step): Promise<void> {
  const id = t.id;
  switch (step) {
    case 'create': {
      const res = expect2xx(
        await c.member.post('/api/proposals', {
          title: t.title,
          reasons: '城区部分路段早晚高峰拥堵严重，公交准点率低，市民出行不便。',
          suggestions: '一、优化信号灯配时；二、增设公交专用道；三、错峰上下班。',
          category: '城乡建设',
        }),
        `create ${t.title}`,
      );
      t.id = res.json().id;
      return;
    }
    case 'submit':
      expect2xx(await c.member.post(`/api/proposals/${id}/submit`, {}), `submit ${id}`);
      return;
    case 'accept':
      expect2xx(await c.staff.post(`/api/proposals/${id}/accept`, {}), `accept ${id}`);
      return;
    case 'assign':
      expect2xx(
        await c.staff.post(`/api/proposals/${id}/assign`, { units: [{ unitId: c.unitId, role: 'lead' }] }),
        `assign ${id}`,
      );
      return;
    case 'sign':
      expect2xx(await c.unit.post(`/api/proposals/${id}/sign`, {}), `sign ${id}`);
      return;
    case 'reply':
      // The organisation's default rules: a contact with the proposer before the formal reply (again after a crash: harmless).
      expect2xx(
        await c.unit.post(`/api/proposals/${id}/contacts`, {
          contactedOn: '2026-01-05',
          way: 'phone',
          notes: '电话联系提案人，了解路口拥堵的具体时段。',
        }),
        `contact ${id}`,
      );
      expect2xx(
        await c.unit.post(`/api/proposals/${id}/reply`, {
          body: `关于“${t.title}”的答复：已会同交警部门优化十二处路口信号配时。`,
          signer: '局长 孙立新',
          resultClass: 'A',
        }),
        `reply ${id}`,
      );
  }
}

/** Takes `t` through the steps after its last acknowledged one; throws when the server goes away. */
export async function drive(c: Cast, t: Tracked, until: Step = 'reply'): Promise<void> {
  const from = t.acked ? STEPS.indexOf(t.acked) + 1 : 0;
  for (const step of STEPS.slice(from, STEPS.indexOf(until) + 1)) {
    t.inFlight = step;
    await run(c, t, step);
    t.acked = step;
    t.inFlight = undefined;
  }
}

/** Why a tracked proposal does not match what the server acknowledged, or null. */
export function ledgerProblem(t: Tracked, byTitle: Map<string, ProposalFacts>): string | null {
  const found = byTitle.get(t.title);
  if (!t.acked) {
    // Its creation never answered: absent, or a draft (committed just before the crash).
    return !found || found.state === 'draft' ? null : `${t.title}: never acknowledged, yet ${found.state}`;
  }
  if (!found) return `${t.title}: acknowledged (${t.acked}) but missing`;
  const allowed = [STATE_AFTER[t.acked], ...(t.inFlight ? [STATE_AFTER[t.inFlight]] : [])];
  return allowed.includes(found.state)
    ? null
    : `${t.title} (#${found.id}): acknowledged ${t.acked}${t.inFlight ? `, ${t.inFlight} in flight` : ''}, but state is ${found.state}`;
}
