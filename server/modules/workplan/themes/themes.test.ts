// Strategic themes through the API: the office names themes (unique per organisation, period in
// order), tags a topic, a meeting and a research report with them (only existing work of its own
// organisation, only its own themes), and the year's coverage counts each kind per theme and the
// work that carries none; leaders read, units and members do not; another county gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { publishedMeeting, signIn } from '../workplan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  unit: 'jiaoyuju',
  county: 'dongcheng',
} as const;

describe(`workplan: strategic themes (${ENGINE})`, () => {
  let ctx: TestContext;
  let c: Record<keyof typeof PEOPLE, Client>;
  let themeId: number;
  let otherThemeId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-02T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  it('names themes: unique per organisation, the period in order; leaders read only', async () => {
    const body = {
      name: '营商环境优化',
      description: '市委确定的年度重点工作。',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    };
    expectError(await c.leader.post('/api/workplan/themes', body), 403);
    const res = await c.staff.post('/api/workplan/themes', body);
    expect(res.statusCode, res.body).toBe(201);
    themeId = res.json().id;
    expect(res.json()).toMatchObject({ name: '营商环境优化', active: true, allowedActions: ['editTheme', 'tagWork'] });
    expectError(await c.staff.post('/api/workplan/themes', body), 409, 'THEME_NAME_TAKEN');
    const backwards = await c.staff.post('/api/workplan/themes', { ...body, name: '乡村振兴', endsOn: '2025-12-31' });
    expectError(backwards, 400);
    expect(backwards.json().error.details[0].path).toBe('endsOn');
    expectError(await c.staff.post('/api/workplan/themes', { name: '' }), 400);
    const other = await c.staff.post('/api/workplan/themes', { name: '乡村振兴' });
    otherThemeId = other.json().id;

    const read = await c.leader.get('/api/workplan/themes');
    expect(read.statusCode).toBe(200);
    expect(read.json().map((t: { name: string }) => t.name)).toEqual(['营商环境优化', '乡村振兴']);
    expect(read.json()[0].allowedActions).toEqual([]);
    expectError(await c.unit.get('/api/workplan/themes'), 403);
    expectError(await c.zhang.get('/api/workplan/themes'), 403);
    expectError(await c.county.patch(`/api/workplan/themes/${themeId}`, { active: false }), 404, 'THEME_NOT_FOUND');
    expectError(await c.leader.patch(`/api/workplan/themes/${themeId}`, { active: false }), 403);

    const retired = await c.staff.patch(`/api/workplan/themes/${otherThemeId}`, { active: false });
    expect(retired.json().active).toBe(false);
    expect((await c.staff.get('/api/workplan/themes?active=true')).json()).toHaveLength(1);
    expectError(await c.staff.patch(`/api/workplan/themes/${otherThemeId}`, { name: '营商环境优化' }), 409);
  });

  it('tags work with themes and counts the year per theme and without one', async () => {
    const topic = await c.staff.post('/api/workplan/topics', {
      year: 2026,
      title: '民营企业融资难问题',
      summary: '三方共同确定的课题。',
      proposedBy: 'government',
    });
    const untagged = await c.staff.post('/api/workplan/topics', {
      year: 2026,
      title: '城区停车资源共享',
      summary: '政协提出的课题。',
      proposedBy: 'cppcc',
    });
    expect(untagged.statusCode).toBe(201);
    const report = await c.staff.post('/api/workplan/reports', {
      year: 2026,
      title: '关于优化营商环境的调研报告',
      summary: '走访企业二十家。',
    });
    const meetingId = await publishedMeeting(c.staff, '营商环境专题协商会', '2026-04-10T01:00:00Z');
    const topicId = topic.json().id as number;

    const tag = (kind: string, targetId: number, themeIds: number[], who = c.staff) =>
      who.put('/api/workplan/theme-links', { kind, targetId, themeIds });
    expectError(await tag('topic', topicId, [themeId], c.leader), 403);
    expectError(await tag('topic', 999_999, [themeId]), 404, 'TARGET_NOT_FOUND');
    expectError(await tag('topic', topicId, [themeId], c.county), 404);
    expectError(await tag('proposal', topicId, [themeId]), 400);
    expectError(await tag('topic', topicId, [999_999]), 400);
    const set = await tag('topic', topicId, [themeId, otherThemeId, themeId]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().themes.map((t: { id: number }) => t.id)).toEqual([themeId, otherThemeId]);
    expect((await tag('topic', topicId, [themeId])).json().themes).toHaveLength(1);
    expect((await tag('meeting', meetingId, [themeId])).statusCode).toBe(200);
    expect((await tag('report', report.json().id, [themeId])).statusCode).toBe(200);

    const links = await c.leader.get(`/api/workplan/theme-links?kind=topic&targetId=${topicId}`);
    expect(links.json().themes).toEqual([{ id: themeId, name: '营商环境优化' }]);
    expectError(await c.county.get(`/api/workplan/theme-links?kind=topic&targetId=${topicId}`), 404);

    const cov = await c.leader.get('/api/workplan/themes/coverage?year=2026');
    expect(cov.statusCode, cov.body).toBe(200);
    const first = cov.json().themes.find((t: { id: number }) => t.id === themeId);
    expect(first.counts).toMatchObject({ topic: 1, meeting: 1, report: 1, opinionReport: 0 });
    expect(first.total).toBe(3 + first.counts.proposal);
    const { totals, without } = cov.json();
    expect(totals.topic).toBe(2);
    expect(without.topic).toBe(1);
    expect(without.report).toBe(totals.report - 1);
    expect(without.meeting).toBe(totals.meeting - 1);
    expect((await c.staff.get('/api/workplan/themes/coverage?year=2025')).json().themes[0].counts.topic).toBe(0);
    expectError(await c.staff.get('/api/workplan/themes/coverage'), 400);
    expectError(await c.unit.get('/api/workplan/themes/coverage?year=2026'), 403);
  });
});
