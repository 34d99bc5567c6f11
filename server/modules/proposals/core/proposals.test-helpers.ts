// Shared steps for the proposals tests: drive the real API to get a proposal into a state.
import type { LightMyRequestResponse } from 'fastify';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';

export const SAMPLE = {
  title: '关于加快老旧小区加装电梯的建议',
  reasons:
    '我市建成于上世纪九十年代的老旧小区多为六层以下住宅，没有电梯。随着人口老龄化，高层住户中的老年人上下楼十分困难，不少老人常年无法下楼。',
  suggestions:
    '一、简化加装电梯的审批流程，实行一窗受理；二、提高财政补贴标准，按每台二十万元给予补助；三、由街道社区牵头协调低层住户意见，化解邻里矛盾。',
  category: '城乡建设',
};

export async function draft(c: Client, body: Record<string, unknown> = {}) {
  const res = await c.post('/api/proposals', { ...SAMPLE, ...body });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; version: number; state: string };
}

export async function submitted(c: Client, body: Record<string, unknown> = {}) {
  const p = await draft(c, body);
  const res = await c.post(`/api/proposals/${p.id}/submit`, {});
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; version: number; state: string };
}

export async function accepted(member: Client, staff: Client, body: Record<string, unknown> = {}) {
  const p = await submitted(member, body);
  const res = await staff.post(`/api/proposals/${p.id}/accept`, {});
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; numberLabel: string; state: string };
}

/** A step that must succeed; answers with its JSON. */
export async function ok(res: Promise<LightMyRequestResponse>, what: string) {
  const r = await res;
  if (r.statusCode < 200 || r.statusCode > 299) throw new Error(`${what} failed: ${r.statusCode} ${r.body}`);
  return r.json();
}

export type UnitRole = { unitId: number; role: 'lead' | 'co' | 'split'; partNote?: string };

/** An accepted proposal assigned to these units (waiting for them to sign). */
export async function assigned(member: Client, staff: Client, units: UnitRole[], body: Record<string, unknown> = {}) {
  const p = await accepted(member, staff, body);
  return ok(staff.post(`/api/proposals/${p.id}/assign`, { units }), 'assign');
}

export const REPLY = {
  body: '贵委员提出的关于老旧小区加装电梯的建议收悉。我局会同财政部门研究，已将加装电梯补贴标准提高至每台二十万元，并在三个街道开展一窗受理试点。',
  signer: '局长 孙立新',
  resultClass: 'A' as 'A' | 'B' | 'C' | 'D',
  commitments: [] as { content: string; dueDate: string }[],
};

/** A contact with the proposer, as a unit records it before replying (the default rules require one). */
export const CONTACT = {
  contactedOn: '2025-12-01',
  way: 'phone',
  notes: '电话联系提案人，听取了对办理工作的意见和建议。',
};

/**
 * A unit's formal reply after recording a contact with the proposer. The contact's own
 * answer is not checked: when the unit may not record one, the reply is refused for the same
 * reason (or an earlier one), which is what such a test looks at.
 */
export async function replyAfterContact(unit: Client, id: number, body: Record<string, unknown>) {
  await unit.post(`/api/proposals/${id}/contacts`, CONTACT);
  return unit.post(`/api/proposals/${id}/reply`, body);
}

/** A proposal with one lead unit that has signed for it and sent its formal reply. */
export async function replied(
  member: Client,
  staff: Client,
  unit: Client,
  unitId: number,
  reply: Partial<typeof REPLY> = {},
) {
  const p = await assigned(member, staff, [{ unitId, role: 'lead' }]);
  await ok(unit.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
  return ok(replyAfterContact(unit, p.id, { ...REPLY, ...reply }), 'reply');
}

/** The drafting tests' cast: three members and the office, signed in (again after the clock moved past the idle timeout). */
export async function signInDraftingCast(ctx: TestContext) {
  const [member, member2, member3, staff] = await Promise.all([
    login(ctx, 'zhangjianguo', PASSWORD),
    login(ctx, 'lixiaomei', PASSWORD),
    login(ctx, 'wangzhiqiang', PASSWORD),
    login(ctx, 'staff', PASSWORD),
  ]);
  return { member, member2, member3, staff };
}

/** The notices a user has received about one proposal. */
export async function noticesAbout(c: Client, id: number) {
  const items = (await c.get('/api/notifications?pageSize=200')).json().items as {
    kind: string;
    link: string;
    title: string;
    body: string;
  }[];
  return items.filter((n) => n.link === `/proposals/${id}`);
}

/** Everyone the handling tests need, signed in (again after the clock moved past the idle timeout). */
export async function signInHandlingCast(ctx: TestContext) {
  const [member, otherMember, staff, leader, edu, housing, health] = await Promise.all([
    login(ctx, 'zhangjianguo', PASSWORD),
    login(ctx, 'lixiaomei', PASSWORD),
    login(ctx, 'staff', PASSWORD),
    login(ctx, 'leader', PASSWORD),
    login(ctx, 'jiaoyuju', PASSWORD),
    login(ctx, 'zhujianju', PASSWORD),
    login(ctx, 'weijianwei', PASSWORD),
  ]);
  return { member, otherMember, staff, leader, edu, housing, health };
}
