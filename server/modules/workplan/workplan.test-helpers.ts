// Steps the work-plan tests (and the access matrix) share: signing the fixture's people in, a
// published meeting of the organisation, and a topic, report and recommendation made through the API.
import { expect } from 'vitest';
import { PASSWORD } from '../../test/fixtures.js';
import { login, type Client, type TestContext } from '../../test/harness.js';

export async function signIn<K extends string>(ctx: TestContext, who: Record<K, string>): Promise<Record<K, Client>> {
  const entries = await Promise.all(
    Object.entries<string>(who).map(async ([k, username]) => [k, await login(ctx, username, PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<K, Client>;
}

/** A published meeting of the office's organisation (of the kind given, else its first) at `startsAt` for two hours. */
export async function publishedMeeting(
  office: Client,
  title: string,
  startsAt: string,
  kindId?: number,
): Promise<number> {
  const kinds = (await office.get('/api/meeting-kinds')).json() as { id: number }[];
  const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const res = await office.post('/api/meetings', {
    kindId: kindId ?? kinds[0]!.id,
    title,
    startsAt,
    endsAt,
    venue: '政协三楼会议室',
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  expect((await office.post(`/api/meetings/${id}/publish`)).statusCode).toBe(200);
  return id;
}

/** The year's priorities with one item carried by the office, due at the year's end. */
export async function prioritiesWithItem(office: Client, year: number): Promise<{ id: number; itemId: number }> {
  const p = await office.post('/api/workplan/priorities', { year, title: `${year}年度工作要点` });
  expect(p.statusCode, p.body).toBe(201);
  const id = p.json().id as number;
  const withItem = await office.post(`/api/workplan/priorities/${id}/items`, {
    title: '围绕营商环境优化开展专题协商',
    ownerKind: 'office',
    dueOn: `${year}-11-30`,
  });
  expect(withItem.statusCode, withItem.body).toBe(200);
  return { id, itemId: withItem.json().items[0].id as number };
}
