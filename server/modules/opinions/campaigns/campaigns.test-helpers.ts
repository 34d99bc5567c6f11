// Steps the opinions tests share: signing the fixture's people in, the organisation's meeting
// kinds and a published meeting of a kind at a fixed time (the campaign's events).
import { expect } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}

/** The organisation's meeting kinds' ids by code. */
export async function kindIds(office: Client): Promise<Record<string, number>> {
  const res = await office.get('/api/meeting-kinds');
  expect(res.statusCode).toBe(200);
  return Object.fromEntries((res.json() as { code: string; id: number }[]).map((k) => [k.code, k.id]));
}

/** A meeting of the kind from `startsAt` for two hours, published unless `draft`. */
export async function meetingAt(office: Client, kindId: number, title: string, startsAt: string, draft = false) {
  const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const res = await office.post('/api/meetings', { kindId, title, startsAt, endsAt, venue: '社区服务中心' });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if (!draft) expect((await office.post(`/api/meetings/${id}/publish`)).statusCode).toBe(200);
  return id;
}
