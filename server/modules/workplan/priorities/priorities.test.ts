// The year's priorities and monthly plans: the office writes the year's items with an owner and
// a deadline and links them to what carries them out; it reports each item's progress month by
// month (a slipped one needs its reason); the month's Word report parses back with the items
// and what slipped; leaders read, units and members do not; another county's office gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { docxText } from '../../../test/sheets.js';
import { publishedMeeting, signIn } from '../workplan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  unit: 'jiaoyuju',
  county: 'dongcheng',
  countyB: 'xihe',
} as const;

describe(`workplan: priorities and monthly plans (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  let items: number[];
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-02T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  it('lets the office write the year with items owned by a committee or the office', async () => {
    expectError(await c.leader.post('/api/workplan/priorities', { year: 2026, title: '2026年工作要点' }), 403);
    expectError(await c.unit.get('/api/workplan/priorities'), 403);
    expectError(await c.zhang.get('/api/workplan/priorities'), 403);
    const created = await c.staff.post('/api/workplan/priorities', { year: 2026, title: '市政协2026年工作要点' });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expectError(await c.staff.post('/api/workplan/priorities', { year: 2026, title: '重复' }), 409, 'PRIORITIES_EXIST');

    const add = (body: object) => c.staff.post(`/api/workplan/priorities/${id}/items`, body);
    const noCommittee = await add({ title: '开展乡村振兴专题调研', ownerKind: 'committee', dueOn: '2026-09-30' });
    expectError(noCommittee, 400, 'VALIDATION_FAILED');
    expect(noCommittee.json().error.details[0].path).toBe('committeeId');
    expectError(await add({ title: '跨年事项', ownerKind: 'office', dueOn: '2027-01-10' }), 400);
    expectError(await add({ title: '', ownerKind: 'office', dueOn: '2026-05-10' }), 400);
    await add({
      title: '开展乡村振兴专题调研',
      ownerKind: 'committee',
      committeeId: fx.committees['经济委员会'],
      dueOn: '2026-09-30',
    });
    const res = await add({ title: '召开季度民主协商会', ownerKind: 'office', dueOn: '2026-03-31' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { seq: number; ownerName: string }) => [i.seq, i.ownerName])).toEqual([
      [1, '经济委员会'],
      [2, '政协办公室'],
    ]);
    items = res.json().items.map((i: { id: number }) => i.id);
    expect(res.json().items[0].allowedActions).toContain('reportProgress');
    const asLeader = (await c.leader.get(`/api/workplan/priorities/${id}`)).json();
    expect(asLeader.items[0].allowedActions).toEqual([]);
  });

  it('links an item to a published meeting of its organisation, and refuses what does not exist', async () => {
    const meeting = await publishedMeeting(c.staff, '乡村振兴专题协商会', '2026-06-10T01:00:00Z');
    const bad = await c.staff.put(`/api/workplan/items/${items[0]}/links`, {
      links: [
        { kind: 'meeting', id: meeting },
        { kind: 'topic', id: 999_999 },
      ],
    });
    expectError(bad, 400);
    expect(bad.json().error.details[0].path).toBe('links.1.id');
    const ok = await c.staff.put(`/api/workplan/items/${items[0]}/links`, {
      links: [{ kind: 'meeting', id: meeting }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items[0].links).toEqual([{ kind: 'meeting', id: meeting, title: '乡村振兴专题协商会' }]);
  });

  it('reports progress month by month; a slipped item needs its reason', async () => {
    const report = (month: string, itemId: number, body: object) =>
      c.staff.put(`/api/workplan/months/${month}/items/${itemId}`, body);
    const slipped = await report('2026-03', items[1]!, { status: 'slipped', note: '原定3月下旬召开' });
    expectError(slipped, 400);
    expect(slipped.json().error.details[0].path).toBe('slipReason');
    expectError(await report('2027-01', items[1]!, { status: 'done', note: '已召开' }), 400);
    expectError(await report('2026-13', items[1]!, { status: 'done', note: '已召开' }), 400);
    expectError(
      await c.leader.put(`/api/workplan/months/2026-03/items/${items[1]}`, { status: 'done', note: '已按期召开' }),
      403,
    );
    await report('2026-03', items[0]!, { status: 'in_progress', note: '已赴三个乡镇开展实地调研' });
    const res = await report('2026-03', items[1]!, {
      status: 'slipped',
      note: '协商会推迟至4月上旬',
      slipReason: '等待市发改委提供一季度经济运行数据',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts).toMatchObject({ in_progress: 1, slipped: 1, unreported: 0 });
    // Reported again the same month, the entry is replaced, not doubled.
    const again = await report('2026-03', items[0]!, { status: 'done', note: '调研报告已形成初稿' });
    expect(again.json().entries.map((e: { status: string }) => e.status)).toEqual(['done', 'slipped']);
    expect(again.json().entries[1]).toMatchObject({ late: true, slipReason: '等待市发改委提供一季度经济运行数据' });
    const april = (await c.leader.get('/api/workplan/months/2026-04')).json();
    expect(april.counts.unreported).toBe(2);
  });

  it('exports the month as Word, generated from its entries', async () => {
    const doc = await c.leader.get('/api/workplan/months/2026-03/report.docx');
    expect(doc.statusCode, doc.body).toBe(200);
    const text = await docxText(doc.rawPayload);
    expect(text).toContain('2026年3月工作计划执行情况');
    expect(text).toContain('已完成1项');
    expect(text).toContain('开展乡村振兴专题调研（经济委员会，2026年9月30日前，已完成）：调研报告已形成初稿');
    expect(text).toContain('召开季度民主协商会：等待市发改委提供一季度经济运行数据');
    expectError(await c.staff.get('/api/workplan/months/2025-03/report.docx'), 404);
  });

  it("keeps each organisation's plan to itself: another county's office gets 404", async () => {
    expectError(await c.county.get(`/api/workplan/priorities/${id}`), 404, 'PRIORITIES_NOT_FOUND');
    expectError(
      await c.countyB.patch(`/api/workplan/items/${items[0]}`, { title: '改一个名称' }),
      404,
      'ITEM_NOT_FOUND',
    );
    expect((await c.county.get('/api/workplan/priorities')).json()).toEqual([]);
    expect((await c.county.get('/api/workplan/months/2026-03')).json().entries).toEqual([]);
  });
});
