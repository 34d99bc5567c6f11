import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { DEFAULT_KINDS } from './kinds.model.js';

describe(`meetings: kinds per organisation (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let member: Client;
  let county: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [staff, member, county] = await Promise.all(
      ['staff', 'zhangjianguo', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
  });
  afterAll(async () => ctx?.close());

  it('starts every organisation from the defaults, copied once', async () => {
    const [a, b] = await Promise.all([member.get('/api/meeting-kinds'), staff.get('/api/meeting-kinds')]);
    expect(a.statusCode).toBe(200);
    expect(a.json().map((k: { code: string }) => k.code)).toEqual(DEFAULT_KINDS.map((k) => k.code));
    expect(b.json()).toEqual(a.json());
    const plenary = a.json().find((k: { code: string }) => k.code === 'plenary');
    expect(plenary).toMatchObject({ name: '全体会议', attendanceMode: 'required', defaultAudience: { all: true } });
    const training = a.json().find((k: { code: string }) => k.code === 'training');
    expect(training).toMatchObject({ countsAs: 'training', studyKind: 'training', attendanceMode: 'signup' });
    const rows = await ctx.platform.db
      .selectFrom('meeting_kinds')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(DEFAULT_KINDS.length);
    // The county has kinds of its own, started from the same defaults.
    const countyKinds = (await county.get('/api/meeting-kinds')).json();
    expect(countyKinds).toHaveLength(DEFAULT_KINDS.length);
    expect(countyKinds[0].id).not.toBe(a.json()[0].id);
  });

  it('lets the office add and edit its own kinds, audited, and no one else', async () => {
    const body = { code: 'women_forum', name: '女委员议事会', category: 'symposium', allowsDecline: true };
    expectError(await member.post('/api/meeting-kinds', body), 403);
    const res = await staff.post('/api/meeting-kinds', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ ...body, attendanceMode: 'required', checkinMethod: 'qr', active: true });
    expectError(await staff.post('/api/meeting-kinds', body), 409, 'DUPLICATE');
    expectError(await staff.post('/api/meeting-kinds', { ...body, code: 'Bad Code' }), 400, 'VALIDATION_FAILED');

    const id = res.json().id;
    const edited = await staff.patch(`/api/meeting-kinds/${id}`, { lateGraceMinutes: 15, active: false });
    expect(edited.json()).toMatchObject({ lateGraceMinutes: 15, active: false });
    expectError(await member.patch(`/api/meeting-kinds/${id}`, { name: '改名' }), 403);
    // A county's office does not reach the city's kinds.
    expectError(await county.patch(`/api/meeting-kinds/${id}`, { name: '改名' }), 404);
    expectError(await staff.patch(`/api/meeting-kinds/${id}`, {}), 400);

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting_kind')
      .where('object_id', '=', String(id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['meeting_kind.create', 'meeting_kind.update']);
  });
});
