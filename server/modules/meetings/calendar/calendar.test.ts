import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

/** Unfolded content lines of an iCalendar text. */
const linesOf = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

/** Each event's properties by name, keyed by its summary. */
function eventsOf(text: string): Record<string, Record<string, string>> {
  const events: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of linesOf(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) events[current.SUMMARY!] = current;
    else if (current) current[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
  }
  return events;
}

describe(`meetings: calendar files and the private feed (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let zhang: Client;
  let li: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, zhang, li] = await Promise.all(['staff', 'zhangjianguo', 'lixiaomei'].map((u) => login(ctx, u, PASSWORD)));
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  /** The feed read as a calendar app does: no cookie, just the address. */
  const readFeed = (path: string) =>
    ctx.app.inject({ method: 'GET', url: path, headers: { host: 'lvzhi.example.cn' } });

  it('one meeting as an .ics event, for whoever may see the meeting', async () => {
    const m = await publishedMeeting(staff, kinds.symposium!, {
      description: '请委员围绕营商环境建言，每人发言不超过 8 分钟。',
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    const res = await zhang.get(`/api/meetings/${m.id}/event.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toContain('.ics');
    const lines = linesOf(res.body);
    expect(lines).toContain('DTSTART:20260310T010000Z');
    expect(lines).toContain('DTEND:20260310T033000Z');
    expect(lines).toContain('SUMMARY:优化营商环境专题协商会');
    expect(lines).toContain('LOCATION:市政协机关三楼会议室');
    expect(lines.find((l) => l.startsWith('URL:'))).toMatch(new RegExp(`/meetings/${m.id}$`));
    // Not invited and not a reader: as if it did not exist.
    expectError(await li.get(`/api/meetings/${m.id}/event.ics`), 404);
  });

  it('a private feed: made once, follows changes and cancellations, reset and revoked', async () => {
    expect((await zhang.get('/api/meetings/calendar-feed')).json()).toEqual({
      active: false,
      createdAt: null,
      lastUsedAt: null,
    });
    // Only an account with a member record keeps one.
    expectError(await staff.post('/api/meetings/calendar-feed'), 403);

    const a = await publishedMeeting(staff, kinds.symposium!, { title: '数字乡村建设专题协商会' });
    const b = await publishedMeeting(staff, kinds.symposium!, {
      title: '城市更新调研座谈会',
      startsAt: '2026-03-12T14:30:00+08:00',
      endsAt: '2026-03-12T17:00:00+08:00',
    });
    const declined = await publishedMeeting(staff, kinds.symposium!, { title: '文旅融合发展座谈会' });
    for (const m of [a, b, declined])
      await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    expect((await zhang.post(`/api/meetings/${declined.id}/decline`)).statusCode).toBe(200);
    // Someone else's meeting never shows in his feed.
    const others = await publishedMeeting(staff, kinds.symposium!, { title: '养老服务专题视察' });
    await staff.post(`/api/meetings/${others.id}/invitations`, { audience: { memberIds: [fx.members.li] } });

    const made = await zhang.post('/api/meetings/calendar-feed');
    expect(made.statusCode, made.body).toBe(201);
    const { path } = made.json() as { path: string };
    expect(path).toMatch(/^\/api\/meetings\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    // Only the hash is stored.
    const stored = await ctx.platform.db.selectFrom('meeting_calendar_feeds').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(path.slice(21, 64));

    const first = await readFeed(path);
    expect(first.statusCode, first.body).toBe(200);
    // His meetings (one from the test before too), not the declined one, not 李晓梅's.
    expect(Object.keys(eventsOf(first.body)).sort()).toEqual(
      ['优化营商环境专题协商会', '数字乡村建设专题协商会', '城市更新调研座谈会'].sort(),
    );
    expect(eventsOf(first.body)['数字乡村建设专题协商会']).toMatchObject({
      UID: `meeting-${a.id}@lvzhi.example.cn`,
      SEQUENCE: '1',
      STATUS: 'CONFIRMED',
    });
    expect((await zhang.get('/api/meetings/calendar-feed')).json()).toMatchObject({ active: true });
    expect((await zhang.get('/api/meetings/calendar-feed')).json().lastUsedAt).toBeTruthy();

    // A new time raises the event's sequence; a cancellation stays in the feed as cancelled.
    await staff.patch(`/api/meetings/${a.id}`, {
      startsAt: '2026-03-10T14:00:00+08:00',
      endsAt: '2026-03-10T16:00:00+08:00',
    });
    await staff.post(`/api/meetings/${b.id}/cancel`, { reason: '调研安排调整至下月' });
    const after = eventsOf((await readFeed(path)).body);
    expect(after['数字乡村建设专题协商会']).toMatchObject({ DTSTART: '20260310T060000Z', SEQUENCE: '2' });
    expect(after['城市更新调研座谈会']).toMatchObject({ STATUS: 'CANCELLED', SEQUENCE: '2' });

    // Reset: the old address stops working at once; revoke ends the new one.
    const reset = (await zhang.post('/api/meetings/calendar-feed')).json() as { path: string };
    expect(reset.path).not.toBe(path);
    expectError(await readFeed(path), 404);
    expect((await readFeed(reset.path)).statusCode).toBe(200);
    expect((await zhang.delete('/api/meetings/calendar-feed')).statusCode).toBe(204);
    expectError(await readFeed(reset.path), 404);
    expectError(await zhang.delete('/api/meetings/calendar-feed'), 404, 'NO_FEED');

    // Made and revoked, audited; malformed addresses are plain 404s.
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'meeting.calendar_feed%')
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'meeting.calendar_feed_create',
      'meeting.calendar_feed_create',
      'meeting.calendar_feed_revoke',
    ]);
    expectError(await readFeed('/api/meetings/feed/short.ics'), 404);
    expectError(await readFeed(`/api/meetings/feed/${'x'.repeat(43)}`), 404);
  });

  it('a feed ends with its account', async () => {
    const made = (await li.post('/api/meetings/calendar-feed')).json() as { path: string };
    expect((await readFeed(made.path)).statusCode).toBe(200);
    await ctx.platform.db.updateTable('users').set({ active: 0 }).where('username', '=', 'lixiaomei').execute();
    expectError(await readFeed(made.path), 404);
  });
});
