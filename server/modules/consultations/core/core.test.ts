// A consultation's life through the API: the office writes it with seed statements and the units
// it invites, edits it, opens it (not without a statement) and closes it; bad input is a 400;
// leaders read it; another organisation's office gets a 404 and members and units only the
// open ones they take part in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { SEEDS, signIn } from '../consultations.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  county: 'dongcheng',
  countyMember: 'zhaochunhua',
  unit: 'jiaoyuju',
  otherUnit: 'zhujianju',
  auditor: 'auditor',
} as const;

const BODY = {
  title: '社区养老服务站如何运营',
  description: '围绕社区养老服务站的运营方式征求意见。',
  opensOn: '2026-05-01',
  closesOn: '2026-05-31',
};

describe(`consultations: core (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-02T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  it('lets the office write a consultation and refuses bad input and other roles', async () => {
    expectError(
      await c.staff.post('/api/consultations', { ...BODY, closesOn: '2026-04-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await c.staff.post('/api/consultations', { ...BODY, opensOn: '2026-02-30' }), 400);
    expectError(await c.staff.post('/api/consultations', { ...BODY, title: ' ' }), 400);
    expectError(await c.staff.post('/api/consultations', { ...BODY, seeds: ['好'] }), 400);
    expectError(await c.staff.post('/api/consultations', { ...BODY, seeds: ['很长'.repeat(71)] }), 400);
    expectError(await c.staff.post('/api/consultations', { ...BODY, unitIds: [fx.countyUnit] }), 400);
    expectError(await c.staff.post('/api/consultations', { ...BODY, topicId: 999_999 }), 400);
    expectError(await c.leader.post('/api/consultations', BODY), 403);
    expectError(await c.zhang.post('/api/consultations', BODY), 403);
    const empty = await c.staff.post('/api/consultations', BODY);
    expect(empty.statusCode, empty.body).toBe(201);
    // Nothing to vote on: it cannot open.
    expectError(await c.staff.post(`/api/consultations/${empty.json().id}/open`), 400, 'VALIDATION_FAILED');

    const res = await c.staff.post('/api/consultations', { ...BODY, seeds: SEEDS, unitIds: [fx.units['市教育局']] });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'draft',
      orgId: fx.city,
      publicMode: 'off',
      membersTakePart: true,
      unitIds: [fx.units['市教育局']],
    });
    const detail = (await c.staff.get(`/api/consultations/${id}`)).json();
    expect(detail.counts).toMatchObject({ accepted: SEEDS.length, pending: 0, votes: 0 });
    expect(detail.allowed).toEqual(expect.arrayContaining(['editConsultation', 'openConsultation']));
  });

  it('scopes by organisation: a county office gets 404, the city leader reads, the auditor is refused', async () => {
    expectError(await c.county.get(`/api/consultations/${id}`), 404, 'CONSULTATION_NOT_FOUND');
    expectError(await c.county.patch(`/api/consultations/${id}`, { title: '改个题目看看' }), 404);
    expect((await c.county.get('/api/consultations')).json()).toEqual([]);
    expect((await c.leader.get('/api/consultations')).json().map((x: { id: number }) => x.id)).toContain(id);
    expect((await c.leader.get(`/api/consultations/${id}`)).json().allowed).toEqual([]);
    expectError(await c.auditor.get('/api/consultations'), 403);
    expectError(await c.auditor.get(`/api/consultations/${id}`), 404);
    expectError(await c.leader.patch(`/api/consultations/${id}`, { title: '领导改题目' }), 403);
  });

  it('edits, opens and closes by the rules; members and invited units list it only while open', async () => {
    expect((await c.zhang.get('/api/consultations/mine')).json()).toEqual([]);
    const edited = await c.staff.patch(`/api/consultations/${id}`, { title: '社区养老服务站怎样办得更好' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().title).toBe('社区养老服务站怎样办得更好');
    expectError(await c.staff.patch(`/api/consultations/${id}`, { closesOn: '2026-04-01' }), 400);
    expect((await c.staff.post(`/api/consultations/${id}/open`)).json().status).toBe('open');
    expectError(await c.staff.post(`/api/consultations/${id}/open`), 409, 'CONSULTATION_NOT_DRAFT');
    const mine = (who: Client) =>
      who.get('/api/consultations/mine').then((r) => r.json().map((x: { id: number }) => x.id));
    expect(await mine(c.zhang)).toEqual([id]);
    expect(await mine(c.unit)).toEqual([id]);
    expect(await mine(c.otherUnit)).toEqual([]);
    expect(await mine(c.countyMember)).toEqual([]);
    expectError(await c.staff.get('/api/consultations/mine'), 403);
    // Members read the consultation they take part in; a unit not invited does not see it.
    expect((await c.zhang.get(`/api/consultations/${id}`)).statusCode).toBe(200);
    expectError(await c.otherUnit.get(`/api/consultations/${id}`), 404);
    expect((await c.staff.post(`/api/consultations/${id}/close`)).json().status).toBe('closed');
    expectError(await c.staff.patch(`/api/consultations/${id}`, { title: '结束后再改' }), 409, 'CONSULTATION_CLOSED');
    expect(await mine(c.zhang)).toEqual([]);
  });
});
