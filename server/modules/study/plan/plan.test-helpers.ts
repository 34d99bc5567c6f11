// Steps the study tests share: signing the fixture's people in again after the clock moves (a
// session ends after 30 idle minutes), and a published meeting of a kind at fixed times.
import { expect } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../../test/harness.js';

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}

/** A meeting of the kind, from `startsAt` for two hours (China time given as +08:00), published unless `draft`. */
export async function meetingAt(office: Client, kindId: number, title: string, startsAt: string, draft = false) {
  const ends = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const res = await office.post('/api/meetings', {
    kindId,
    title,
    startsAt,
    endsAt: ends,
    venue: '市政协机关三楼会议室',
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if (!draft) expect((await office.post(`/api/meetings/${id}/publish`)).statusCode).toBe(200);
  return id;
}

/** The organisation's meeting kinds' ids by code (copied on the office's first read). */
export async function kindIds(office: Client): Promise<Record<string, number>> {
  const res = await office.get('/api/meeting-kinds');
  expect(res.statusCode).toBe(200);
  return Object.fromEntries((res.json() as { code: string; id: number }[]).map((k) => [k.code, k.id]));
}
