// Steps the meetings tests share: the kinds' ids by code, a meeting drafted (and published) through the API.
import { expect } from 'vitest';
import type { Client, TestContext } from '../../../test/harness.js';

export async function kindIds(office: Client): Promise<Record<string, number>> {
  const res = await office.get('/api/meeting-kinds');
  expect(res.statusCode).toBe(200);
  return Object.fromEntries((res.json() as { code: string; id: number }[]).map((k) => [k.code, k.id]));
}

/** A meeting nine days after the test clock's start (2026-03-01), two hours long. */
export const SYMPOSIUM = {
  title: '优化营商环境专题协商会',
  startsAt: '2026-03-10T09:00:00+08:00',
  endsAt: '2026-03-10T11:30:00+08:00',
  venue: '市政协机关三楼会议室',
  venueLat: 30.2741,
  venueLng: 120.1551,
  checkinRadiusM: 300,
};

export async function draftMeeting(office: Client, kindId: number, over: Record<string, unknown> = {}) {
  const res = await office.post('/api/meetings', { kindId, ...SYMPOSIUM, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; status: string; allowedActions: string[]; version: number };
}

export async function publishedMeeting(office: Client, kindId: number, over: Record<string, unknown> = {}) {
  const m = await draftMeeting(office, kindId, over);
  const res = await office.post(`/api/meetings/${m.id}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; status: string; version: number };
}

/** Lets time pass in steps short enough to keep every session alive (30 idle minutes end one). */
export async function passTime(ctx: TestContext, clients: Client[], minutes: number) {
  for (let left = minutes; left > 0; left -= 20) {
    ctx.clock.advance(Math.min(left, 20) * 60_000);
    await Promise.all(clients.map((c) => c.get('/api/meetings')));
  }
}
