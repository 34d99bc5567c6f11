// Shared steps for the proposals tests: drive the real API to get a proposal into a state.
import type { Client } from '../../test/harness.js';

export const SAMPLE = {
  title: '关于加快老旧小区加装电梯的建议',
  reasons: '我市建成于上世纪九十年代的老旧小区多为六层以下住宅，没有电梯。随着人口老龄化，高层住户中的老年人上下楼十分困难，不少老人常年无法下楼。',
  suggestions: '一、简化加装电梯的审批流程，实行一窗受理；二、提高财政补贴标准，按每台二十万元给予补助；三、由街道社区牵头协调低层住户意见，化解邻里矛盾。',
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
