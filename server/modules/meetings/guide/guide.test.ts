import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { sheetNames, sheetRows } from '../../../test/sheets.js';
import { draftMeeting, kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';
import { GROUP_HEADER, SEAT_HEADER } from './guide-sheet.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** A three-day plenary session, nine days after the test clock's start. */
const PLENARY = {
  title: '市政协十四届三次会议',
  startsAt: '2026-03-10T09:00:00+08:00',
  endsAt: '2026-03-12T17:00:00+08:00',
  venue: '市人民大会堂',
};

describe(`meetings: the plenary guide (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  it('the office builds the guide, each member reads his own and no one else’s lodging', async () => {
    const m = await publishedMeeting(staff, kinds.plenary!, PLENARY);
    const G = (rest = '') => `/api/meetings/${m.id}/guide${rest}`;
    await staff.post(`/api/meetings/${m.id}/invitations`, {
      audience: { memberIds: [fx.members.zhang, fx.members.li, fx.members.wang] },
    });
    // Nothing yet: the member's guide says so, and nothing is assigned before it exists.
    expect((await zhang.get(G('/mine'))).json()).toMatchObject({ enabled: false, agenda: [], group: null });
    expectError(
      await staff.post(G('/assign'), { groupId: null, memberIds: [fx.members.zhang] }),
      409,
      'GUIDE_NOT_ENABLED',
    );
    expect((await staff.get(`/api/meetings/${m.id}`)).json().allowedActions).toContain('editGuide');
    expect((await zhang.get(`/api/meetings/${m.id}`)).json().allowedActions).not.toContain('editGuide');

    const upload = await staff.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('大会议程（草案）.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const saved = await staff.put(G(), { notes: '请于3月9日15时前到会议中心一楼报到。', fileIds: [upload.json().id] });
    expect(saved.json()).toMatchObject({ enabled: true, documents: [{ name: '大会议程（草案）.pdf' }] });

    // The agenda: within the meeting's days, ends after it starts, times as HH:MM.
    const item = (body: object) => staff.post(G('/agenda'), body);
    const outside = await item({ day: '2026-03-13', startTime: '09:00', title: '闭幕后参观' });
    expectError(outside, 400, 'VALIDATION_FAILED');
    expect(outside.json().error.details).toEqual([{ path: 'day', message: expect.stringContaining('2026-03-10') }]);
    const backwards = await item({ day: '2026-03-10', startTime: '11:00', endTime: '10:00', title: '开幕会' });
    expect(backwards.json().error.details[0].path).toBe('endTime');
    expectError(await item({ day: '2026-03-10', startTime: '9:00', title: '开幕会' }), 400, 'VALIDATION_FAILED');
    expectError(await zhang.post(G('/agenda'), { day: '2026-03-10', startTime: '09:00', title: '开幕会' }), 403);
    await item({ day: '2026-03-12', startTime: '15:00', endTime: '16:30', title: '闭幕会', place: '大会堂主会场' });
    await item({
      day: '2026-03-10',
      startTime: '09:00',
      endTime: '11:30',
      title: '开幕会',
      place: '大会堂主会场',
      session: '第一次全体会议',
    });
    const agenda = (
      await item({
        day: '2026-03-11',
        startTime: '08:30',
        endTime: '11:30',
        title: '分组讨论政府工作报告',
        session: '分组讨论',
        byGroup: true,
      })
    ).json().agenda;
    expect(agenda.map((a: { day: string; title: string }) => `${a.day} ${a.title}`)).toEqual([
      '2026-03-10 开幕会',
      '2026-03-11 分组讨论政府工作报告',
      '2026-03-12 闭幕会',
    ]);

    // Groups: named once per meeting.
    await staff.post(G('/groups'), { name: '第一组（经济界）', room: '会议中心201室', convener: '周建华' });
    expectError(await staff.post(G('/groups'), { name: '第一组（经济界）' }), 409, 'GROUP_NAME_TAKEN');
    const groups = (
      await staff.post(G('/groups'), { name: '第二组（教育、医卫界）', room: '会议中心305室', convener: '钱文' })
    ).json().groups;
    const [g1, g2] = groups.map((g: { id: number }) => g.id);

    // In bulk: a whole committee, or members by name; strangers and unknown groups are refused.
    expect(
      (await staff.post(G('/assign'), { groupId: g2, committeeId: fx.committees['教科卫体委员会'] })).json(),
    ).toEqual({
      assigned: 2,
      skipped: 0,
    });
    expect((await staff.post(G('/assign'), { groupId: g1, memberIds: [fx.members.zhang] })).json().assigned).toBe(1);
    const stranger = await staff.post(G('/assign'), { groupId: g1, memberIds: [fx.members.zhang, fx.members.zhao] });
    expectError(stranger, 400, 'NOT_INVITED');
    expect(stranger.json().error.details).toEqual([{ path: 'memberIds.1', message: expect.any(String) }]);
    expectError(
      await staff.post(G('/assign'), { groupId: 999999, memberIds: [fx.members.zhang] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.post(G('/assign'), { groupId: g1, memberIds: [fx.members.zhang], sectorId: 1 }),
      400,
      'VALIDATION_FAILED',
    );

    // One member's seat, lodging and transport; a seat is held once; dates stay near the meeting.
    const setMember = (id: number, body: object, c = staff) => c.put(G(`/members/${id}`), body);
    const zhangStay = await setMember(fx.members.zhang!, {
      seat: '3排12座',
      lodging: { hotel: '市政协会议中心', room: '1206', checkInOn: '2026-03-09', checkOutOn: '2026-03-12' },
      transport: { vehicle: '2号车', pickupPoint: '市民中心北门', pickupAt: '2026-03-10T07:50:00+08:00' },
    });
    expect(zhangStay.json()).toMatchObject({
      groupName: '第一组（经济界）',
      seat: '3排12座',
      lodging: { room: '1206' },
    });
    expectError(await setMember(fx.members.li!, { seat: '3排12座' }), 409, 'SEAT_TAKEN');
    const early = await setMember(fx.members.li!, {
      lodging: { hotel: '市政协会议中心', checkInOn: '2026-03-11', checkOutOn: '2026-03-10' },
    });
    expect(early.json().error.details).toEqual([{ path: 'lodging.checkOutOn', message: '离店日期不能早于入住日期' }]);
    const far = await setMember(fx.members.li!, {
      transport: { vehicle: '1号车', pickupAt: '2026-04-01T08:00:00+08:00' },
    });
    expect(far.json().error.details[0].path).toBe('transport.pickupAt');
    expectError(await setMember(fx.members.zhao!, { seat: '1排1座' }), 400, 'NOT_INVITED');
    expectError(await setMember(fx.members.li!, { groupId: 999999 }), 400, 'VALIDATION_FAILED');
    expectError(await setMember(fx.members.li!, { seat: '1排1座' }, zhang), 403);
    expect((await setMember(fx.members.li!, { seat: '3排2座' })).json()).toMatchObject({
      seat: '3排2座',
      lodging: null,
    });

    // The office's overview: who still has no seat or lodging.
    const roster = (await staff.get(G('/roster'))).json();
    expect(roster.counts).toEqual({ invited: 3, expected: 3, noGroup: 0, noSeat: 1, noLodging: 2 });
    const noLodging = (await staff.get(G('/roster?missing=lodging'))).json().items.map((r: { name: string }) => r.name);
    expect(noLodging.sort()).toEqual(['李晓梅', '王志强'].sort());
    expect((await staff.get(G(`/roster?groupId=${g2}`))).json().items).toHaveLength(2);

    // A member's own guide: his group's room for the group discussion, his seat, stay and documents.
    const mine = (await zhang.get(G('/mine'))).json();
    expect(mine).toMatchObject({
      enabled: true,
      today: '2026-03-01',
      notes: '请于3月9日15时前到会议中心一楼报到。',
      group: { name: '第一组（经济界）', room: '会议中心201室', convener: '周建华', members: ['张建国'] },
      seat: '3排12座',
      lodging: { hotel: '市政协会议中心', room: '1206', checkInOn: '2026-03-09', checkOutOn: '2026-03-12' },
      transport: { vehicle: '2号车', pickupPoint: '市民中心北门', pickupAt: '2026-03-09T23:50:00.000Z' },
    });
    expect(mine.agenda.map((a: { place: string }) => a.place)).toEqual([
      '大会堂主会场',
      '会议中心201室',
      '大会堂主会场',
    ]);
    expect((await zhang.get(`/api/files/${mine.documents[0].id}`)).statusCode).toBe(200);
    const liMine = (await li.get(G('/mine'))).json();
    expect(liMine).toMatchObject({ seat: '3排2座', lodging: null, transport: null });
    expect(liMine.group.members).toEqual(['李晓梅', '王志强']);
    expect(liMine.agenda[1].place).toBe('会议中心305室');

    // Scoping: nobody but the office reads another member's stay; other organisations see nothing.
    for (const c of [zhang, leader]) expectError(await c.get(G('/roster')), 403);
    expectError(await zhang.get(G('/seating.xlsx')), 403);
    expect(JSON.stringify(liMine)).not.toContain('1206');
    expect(JSON.stringify((await li.get(G())).json())).not.toContain('1206');
    expect((await leader.get(G())).json().groups).toHaveLength(2);
    expectError(await leader.get(G('/mine')), 403, 'NOT_INVITED');
    for (const path of [G(), G('/roster'), G('/mine'), `/api/files/${mine.documents[0].id}`])
      expect((await county.get(path)).statusCode, path).toBe(404);
    expectError(await county.put(G(`/members/${fx.members.zhang}`), { seat: '1排1座' }), 404);

    // A group that still holds members stays; an agenda item goes.
    expectError(await staff.delete(G(`/groups/${g2}`)), 409, 'GROUP_NOT_EMPTY');
    const closing = mine.agenda[2].id;
    expect((await staff.delete(G(`/agenda/${closing}`))).json().agenda).toHaveLength(2);
    expectError(await staff.delete(G(`/agenda/${closing}`)), 404);

    // The Excel list parses back: groups with their members, seats in reading order, no lodging.
    const xlsx = await staff.get(G('/seating.xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(await sheetNames(xlsx.rawPayload)).toEqual(['分组名单', '座次表']);
    const groupRows = await sheetRows(xlsx.rawPayload, '分组名单');
    expect(groupRows[1]).toEqual(GROUP_HEADER);
    expect(groupRows.slice(2).map((r) => [r[0], r[4], r[7] ?? ''])).toEqual([
      ['第一组（经济界）', '张建国', '3排12座'],
      ['第二组（教育、医卫界）', '李晓梅', '3排2座'],
      ['第二组（教育、医卫界）', '王志强', ''],
    ]);
    const seatRows = await sheetRows(xlsx.rawPayload, '座次表');
    expect(seatRows[1]).toEqual(SEAT_HEADER);
    expect(seatRows.slice(2).map((r) => r[0])).toEqual(['3排2座', '3排12座']);
    expect(JSON.stringify(groupRows)).not.toContain('1206');

    const actions = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', String(m.id))
      .where('action', 'like', 'meeting.guide_%')
      .execute();
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        'meeting.guide_update',
        'meeting.guide_agenda_add',
        'meeting.guide_agenda_delete',
        'meeting.guide_group_add',
        'meeting.guide_assign',
        'meeting.guide_member_update',
        'meeting.guide_export',
      ]),
    );
  });

  it('hides a draft’s guide from invitees and freezes a cancelled meeting’s', async () => {
    const draft = await draftMeeting(staff, kinds.plenary!, PLENARY);
    await staff.post(`/api/meetings/${draft.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    expect((await staff.put(`/api/meetings/${draft.id}/guide`, { notes: '草拟中' })).statusCode).toBe(200);
    expectError(await zhang.get(`/api/meetings/${draft.id}/guide/mine`), 404);
    expectError(await zhang.get(`/api/meetings/${draft.id}/guide`), 404);

    const m = await publishedMeeting(staff, kinds.symposium!);
    expectError(await li.get(`/api/meetings/${m.id}/guide/mine`), 404);
    expect((await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '与全会时间冲突' })).statusCode).toBe(200);
    expectError(await staff.put(`/api/meetings/${m.id}/guide`, { notes: '改期' }), 409, 'MEETING_CANCELLED');
  });
});
