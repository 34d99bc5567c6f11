import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceState } from '../../../db/tables/meetings.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { publishedMaterial } from '../materials/materials.test-helpers.js';

describe(`study: a member's learning record (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let unit: Client;

  const signIn = async () => {
    [staff, leader, li, wang, county, unit] = await Promise.all(
      ['staff', 'leader', 'lixiaomei', 'wangzhiqiang', 'dongcheng', 'jiaoyuju'].map((u) => login(ctx, u, PASSWORD)),
    );
  };
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  beforeEach(signIn);
  afterAll(async () => ctx?.close());

  /** A meeting of the kind with Li and Wang invited, and the states the office recorded. */
  async function meeting(kind: string, startsAt: string, endsAt: string, states: Record<number, AttendanceState>) {
    // Through the meetings API only (a module's test helpers are its own).
    const kinds = (await staff.get('/api/meeting-kinds')).json() as { code: string; id: number }[];
    const draft = await staff.post('/api/meetings', {
      kindId: kinds.find((k) => k.code === kind)!.id,
      title: `${kind} ${startsAt}`,
      startsAt,
      endsAt,
      venue: '市政协机关三楼会议室',
      venueLat: 30.2741,
      venueLng: 120.1551,
      checkinRadiusM: 300,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const m = draft.json() as { id: number };
    expect((await staff.post(`/api/meetings/${m.id}/publish`)).statusCode).toBe(200);
    const inv = await staff.post(`/api/meetings/${m.id}/invitations`, {
      audience: { memberIds: [fx.members.li, fx.members.wang] },
    });
    expect(inv.statusCode, inv.body).toBe(200);
    for (const [memberId, attendance] of Object.entries(states))
      await ctx.platform.db
        .updateTable('meeting_invitations')
        .set({ attendance })
        .where('meeting_id', '=', m.id)
        .where('member_id', '=', Number(memberId))
        .execute();
    return m.id;
  }

  it('counts the study and training sessions attended, the materials finished, the reflections and the hours', async () => {
    const study = await meeting('study_committee', '2026-03-10T09:00:00+08:00', '2026-03-10T11:30:00+08:00', {
      [fx.members.li!]: 'late',
      [fx.members.wang!]: 'absent',
    });
    const training = await meeting('training', '2026-03-12T09:00:00+08:00', '2026-03-12T17:00:00+08:00', {
      [fx.members.li!]: 'remote',
      [fx.members.wang!]: 'leave',
    });
    // Attended, but a symposium is not study: not in the record.
    await meeting('symposium', '2026-03-11T09:00:00+08:00', '2026-03-11T11:00:00+08:00', {
      [fx.members.li!]: 'attended',
      [fx.members.wang!]: 'attended',
    });
    // Li finishes one material after 30 s of visible reading, reflects on another without finishing it;
    // a third, assigned to her, is never opened.
    const read = await publishedMaterial(staff, { audience: { memberIds: [fx.members.li] } });
    const thought = await publishedMaterial(staff, {
      title: '协商民主理论读本导读',
      audience: { memberIds: [fx.members.li] },
    });
    await publishedMaterial(staff, { title: '未读的资料', audience: { memberIds: [fx.members.li] } });
    await li.post(`/api/study/materials/${read}/open`);
    ctx.clock.advance(30_000);
    await li.post(`/api/study/materials/${read}/heartbeat`, { seconds: 15 });
    ctx.clock.advance(15_000);
    await li.post(`/api/study/materials/${read}/heartbeat`, { seconds: 15 });
    await li.post(`/api/study/materials/${read}/finish`);
    await li.put(`/api/study/materials/${thought}/reflection`, { text: '协商于决策之前和决策实施之中。' });

    const mine = (await li.get('/api/study/record/mine?year=2026')).json();
    expect(mine.member).toEqual({ id: fx.members.li, name: '李晓梅' });
    expect(mine.totals).toEqual({ sessions: 2, hours: 10.5, materials: 1, readingMinutes: 1, reflections: 1 });
    expect(
      mine.sessions.map((s: { meetingId: number; attendance: string; hours: number }) => [
        s.meetingId,
        s.attendance,
        s.hours,
      ]),
    ).toEqual([
      [study, 'late', 2.5],
      [training, 'remote', 8],
    ]);
    expect(mine.materials).toHaveLength(2);
    expect(mine.materials).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: read, finishedAt: expect.any(String), seconds: 30, reflection: null }),
        expect.objectContaining({ id: thought, finishedAt: null, reflection: '协商于决策之前和决策实施之中。' }),
      ]),
    );
    // Wang was absent and on leave: nothing.
    expect((await wang.get('/api/study/record/mine')).json().totals).toEqual({
      sessions: 0,
      hours: 0,
      materials: 0,
      readingMinutes: 0,
      reflections: 0,
    });
    // Another year is empty.
    expect((await li.get('/api/study/record/mine?year=2025')).json().totals.sessions).toBe(0);
    // The office and a leader read any member of the city; the same figures.
    expect((await staff.get(`/api/study/record/members/${fx.members.li}?year=2026`)).json().totals).toEqual(
      mine.totals,
    );
    expect((await leader.get(`/api/study/record/members/${fx.members.li}`)).json().totals.hours).toBe(10.5);
  });

  it("refuses another member's record, another organisation's office and an account without a member", async () => {
    expectError(await li.get(`/api/study/record/members/${fx.members.wang}`), 403);
    expectError(await unit.get('/api/study/record/mine'), 403);
    expectError(await staff.get('/api/study/record/mine'), 403);
    expectError(await county.get(`/api/study/record/members/${fx.members.li}`), 404);
    expectError(await staff.get('/api/study/record/members/999999'), 404);
    expectError(await leader.get('/api/study/record/mine?year=1999'), 400);
    // A leader may learn, but this leader's account has no member record.
    expectError(await leader.get('/api/study/record/mine'), 404, 'NOT_A_MEMBER');
    // The city's office reads a county member (a city office sees its counties).
    expect((await staff.get(`/api/study/record/members/${fx.members.zhao}`)).statusCode).toBe(200);
  });
});
