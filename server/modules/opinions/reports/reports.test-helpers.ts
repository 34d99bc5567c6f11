// Steps the reports tests share: a report submitted by a member and taken through the office's
// steps through the real API.
import { expect } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';

/** The fixture's people signed in, by the names the test gives them. */
export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}

export const REPORT = {
  title: '关于加强农村留守老人助餐服务的建议',
  body: '我县部分乡镇留守老人比例超过三成，子女长期在外务工，老人做饭吃饭困难。\n建议各乡镇依托村级综合服务中心设立老年助餐点，县财政按就餐人次给予补贴，并引导志愿者上门送餐。',
};

export async function submitReport(member: Client, body: Record<string, unknown> = {}): Promise<number> {
  const res = await member.post('/api/opinions/reports', { ...REPORT, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export async function adoptedReport(member: Client, office: Client, body: Record<string, unknown> = {}) {
  const id = await submitReport(member, body);
  const res = await office.post(`/api/opinions/reports/${id}/adopt`, {});
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

export async function noticeKinds(c: Client): Promise<string[]> {
  const res = await c.get('/api/notifications?pageSize=200');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { kind: string }[]).map((n) => n.kind);
}
