// An edit that names nothing to change. The hostile-input fuzzer found a PATCH whose body held
// only an unknown field (dropped by the schema, so `{}`) reaching an UPDATE without a column: a
// 500. Every route that edits with an all-optional JSON body gets `{}` and `{"unknownField": 1}`
// here, on a real object the city office may change: the answer is a 400 in the documented error
// shape, or a 200 that left the stored row as it was — never a 5xx.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../../test/harness.js';

interface Case {
  route: string;
  method: 'PATCH' | 'PUT';
  url: string;
  /** The stored row the edit would change, compared before and after a 200. */
  row: { table: keyof DB; where: Record<string, number> };
}

/** Columns an accepted no-op may touch: when and by whom, not what. */
const BOOKKEEPING = new Set(['updated_at', 'updated_by']);

describe(`HTTP: edits with nothing to change (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let cases: Case[];

  const created = async (res: Promise<LightMyRequestResponse>): Promise<number> => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().id, r.body).toBeTypeOf('number');
    return r.json().id;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    const post = (url: string, body: object) => created(staff.post(url, body));
    const kinds = Object.fromEntries(
      ((await staff.get('/api/meeting-kinds')).json() as { code: string; id: number }[]).map((k) => [k.code, k.id]),
    );
    const meeting = await post('/api/meetings', {
      kindId: kinds.plenary,
      title: '市政协十四届三次会议',
      startsAt: '2026-03-10T09:00:00+08:00',
      endsAt: '2026-03-12T17:00:00+08:00',
    });
    expect((await staff.post(`/api/meetings/${meeting}/publish`)).statusCode).toBe(200);
    expect(
      (await staff.post(`/api/meetings/${meeting}/invitations`, { audience: { memberIds: [fx.members.zhang] } }))
        .statusCode,
    ).toBeLessThan(300);
    expect((await staff.put(`/api/meetings/${meeting}/guide`, { notes: '请按时报到。' })).statusCode).toBe(200);
    const seat = await staff.put(`/api/meetings/${meeting}/guide/members/${fx.members.zhang}`, { seat: '1排1座' });
    expect(seat.statusCode, seat.body).toBe(200);
    const followups = await staff.post(`/api/meetings/${meeting}/followups`, {
      title: '研究制定中小学课后服务场地共享办法',
      dueOn: '2026-04-30',
      unitIds: [fx.units['市教育局']],
    });
    expect(followups.statusCode, followups.body).toBe(201);
    const kind = await post('/api/meeting-kinds', { code: 'empty_edit', category: 'symposium', name: '空改测试' });
    const notice = await post('/api/meeting-notices', { title: '通知', body: '请准时参加。', audience: { all: true } });
    const campaign = await post('/api/opinions/campaigns', {
      year: 2026,
      title: '2026年界别活动周',
      theme: '聚焦民生实事',
      startsOn: '2026-05-11',
      endsOn: '2026-05-17',
    });
    const category = await post('/api/opinions/categories', { kind: 'category', name: '教育', keywords: [] });
    const cohort = await post('/api/study/coverage/cohorts', {
      year: 2026,
      name: '骨干委员培训',
      kind: 'backbone',
      memberIds: [fx.members.zhang],
    });
    const material = await post('/api/study/materials', {
      kind: 'article',
      title: '学习材料',
      summary: '摘要',
      body: '正文',
      minutes: 10,
      audience: { all: true },
    });
    const dutyItem = await post('/api/study/party/items', {
      list: 'party_building',
      year: 2026,
      content: '落实全面从严治党主体责任',
      owner: '机关党委',
      dueOn: '2026-06-30',
    });
    const partyGroup = await post('/api/study/party/orgs', { kind: 'party_group', name: '党组' });
    const membership = await post(`/api/study/party/orgs/${partyGroup}/members`, {
      memberId: fx.members.wang,
      role: 'member',
    });
    const planItem = await post('/api/study/plan/items', {
      studyKind: 'chair',
      topic: '学习新修订的政协章程',
      plannedOn: '2026-05',
      attendees: '主席会议成员',
    });
    const evalCampaign = await post('/api/supervision/campaigns', {
      title: '政协委员眼中的公园',
      objectKind: 'place',
      startsOn: '2026-05-01',
      endsOn: '2026-06-30',
    });
    const inspection = await staff.post('/api/supervision/inspections', {
      title: '农村饮水安全工程专题视察',
      subject: '水源保护与管网维护',
      kind: 'thematic',
      startsOn: '2026-04-08',
      endsOn: '2026-04-09',
      sites: [{ name: '南山水厂', address: '南山镇水厂路1号' }],
    });
    expect(inspection.statusCode, inspection.body).toBe(201);
    const inspectionId = inspection.json().id as number;
    const site = inspection.json().sites[0].id as number;
    for (const step of ['publish', 'start'])
      expect((await staff.post(`/api/supervision/inspections/${inspectionId}/${step}`)).statusCode).toBe(200);
    const recommendation = await post(`/api/supervision/inspections/${inspectionId}/recommendations`, {
      title: '建立水源地巡查制度',
      body: '建议乡镇每月巡查一次水源保护区。',
      unitId: fx.units['市住房和城乡建设局'],
      dueOn: '2026-06-30',
    });
    // An evaluation campaign opened with one park, to record a problem on (the platform's tests
    // make their records through the API, not with a module's test helpers).
    const problemCampaign = await post('/api/supervision/campaigns', {
      title: '政协委员眼中的公园',
      objectKind: 'place',
      startsOn: '2026-05-01',
      endsOn: '2026-06-30',
      visitsPerObject: 1,
    });
    const setUp = [
      staff.put(`/api/supervision/campaigns/${problemCampaign}/criteria`, {
        criteria: [{ name: '设施完好', weight: 100, maxScore: 10, guide: '器材、座椅、照明是否完好' }],
      }),
      staff.post(`/api/supervision/campaigns/${problemCampaign}/objects`, {
        objects: [{ name: '滨江体育公园', district: '江临区' }],
      }),
      staff.put(`/api/supervision/campaigns/${problemCampaign}/participants`, {
        participants: [{ memberId: fx.members.zhang }, { memberId: fx.members.li }],
      }),
    ];
    for (const res of setUp) expect((await res).statusCode).toBeLessThan(300);
    for (const step of ['assign', 'open'])
      expect((await staff.post(`/api/supervision/campaigns/${problemCampaign}/${step}`)).statusCode).toBe(200);
    const park = (await staff.get(`/api/supervision/campaigns/${problemCampaign}/objects`)).json()[0].id as number;
    const problem = await post(`/api/supervision/campaigns/${problemCampaign}/problems`, {
      objectId: park,
      description: '园内健身器材多处损坏，无警示标识。',
      unitId: fx.units['市教育局'],
      dueOn: '2026-06-30',
    });
    const priorities = await post('/api/workplan/priorities', { year: 2026, title: '2026年度工作要点' });
    const withItem = await staff.post(`/api/workplan/priorities/${priorities}/items`, {
      title: '围绕营商环境优化开展专题协商',
      ownerKind: 'office',
      dueOn: '2026-11-30',
    });
    expect(withItem.statusCode, withItem.body).toBe(200);
    const priorityItem = withItem.json().items[0].id as number;
    const topic = await post('/api/workplan/topics', {
      year: 2026,
      title: '推进城乡供水一体化',
      summary: '党委、政府、政协共同确定的年度课题。',
      proposedBy: 'government',
    });
    const report = await post('/api/workplan/reports', {
      year: 2026,
      title: '关于城乡供水一体化的调研报告',
      summary: '走访水厂4座、行政村11个。',
    });
    const smart = await post(`/api/workplan/reports/${report}/recommendations`, {
      title: '加快老旧管网改造',
      metric: '农村自来水普及率',
      target: '99%',
      actions: '实施管网延伸工程',
      unitId: fx.units['市教育局'],
      accountablePerson: '分管副局长',
      dueOn: '2026-12-31',
    });
    const consultation = await post('/api/consultations', {
      title: '老旧小区加装电梯怎么推进',
      description: '围绕加装电梯的费用分摊和低层住户意见征求看法。',
      opensOn: '2026-05-01',
      closesOn: '2026-05-31',
    });
    const theme = await post('/api/workplan/themes', { name: '城市更新' });
    const leaderVisit = await post('/api/workplan/leaders/visits', {
      role: 'mayor',
      leaderName: '陈立平',
      visitedOn: '2025-09-18',
      purpose: '听取城市更新专题协商筹备情况',
    });
    const account = await staff.post('/api/users', {
      username: 'empty.edit',
      displayName: '空改测试',
      roles: ['staff'],
    });
    expect(account.statusCode, account.body).toBe(201);
    const user = account.json().user.id as number;

    /** A route as the API documents it, the ids to put in its path and the row it edits. */
    const edit = (
      route: string,
      params: Record<string, number>,
      table: keyof DB,
      where: Record<string, number> = { id: params.id! },
    ): Case => {
      const [method, path] = route.split(' ') as [Case['method'], string];
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
      return { route, method, url, row: { table, where } };
    };
    const followup = followups.json()[0].id as number;
    const zhang = fx.members.zhang!;
    cases = [
      edit('PATCH /api/committees/{id}', { id: fx.committees['经济委员会']! }, 'committees'),
      edit('PATCH /api/consultations/{id}', { id: consultation }, 'consultations'),
      edit('PATCH /api/handling-units/{id}', { id: fx.units['市教育局']! }, 'handling_units'),
      edit('PATCH /api/meeting-followups/{id}', { id: followup }, 'meeting_followups'),
      edit('PATCH /api/meeting-kinds/{id}', { id: kind }, 'meeting_kinds'),
      edit('PATCH /api/meeting-notices/{id}', { id: notice }, 'meeting_notices'),
      edit('PATCH /api/meetings/{id}', { id: meeting }, 'meetings'),
      edit('PUT /api/meetings/{id}/guide', { id: meeting }, 'meeting_guides', { meeting_id: meeting }),
      edit(
        'PUT /api/meetings/{id}/guide/members/{memberId}',
        { id: meeting, memberId: zhang },
        'meeting_guide_assignments',
        { meeting_id: meeting, member_id: zhang },
      ),
      edit('PATCH /api/member-groups/{id}', { id: fx.groups['经济一组']! }, 'member_groups'),
      edit('PATCH /api/opinions/campaigns/{id}', { id: campaign }, 'opinion_campaigns'),
      edit('PATCH /api/opinions/categories/{id}', { id: category }, 'opinion_categories'),
      edit('PATCH /api/orgs/{id}', { id: fx.countyB }, 'organisations'),
      edit('PATCH /api/sectors/{id}', { id: fx.sectors['经济界']! }, 'sectors'),
      edit('PUT /api/study/coverage/cohorts/{id}', { id: cohort }, 'study_coverage_cohorts'),
      edit('PATCH /api/study/materials/{id}', { id: material }, 'study_materials'),
      edit('PATCH /api/study/party/items/{id}', { id: dutyItem }, 'party_duty_items'),
      edit('PATCH /api/study/party/memberships/{id}', { id: membership }, 'party_org_members'),
      edit('PATCH /api/study/party/orgs/{id}', { id: partyGroup }, 'party_orgs'),
      edit('PATCH /api/study/plan/items/{id}', { id: planItem }, 'study_plan_items'),
      edit('PATCH /api/supervision/campaigns/{id}', { id: evalCampaign }, 'supervision_campaigns'),
      edit('PATCH /api/supervision/inspections/{id}', { id: inspectionId }, 'supervision_inspections'),
      edit(
        'PATCH /api/supervision/inspections/{id}/sites/{siteId}',
        { id: inspectionId, siteId: site },
        'supervision_inspection_sites',
        { id: site },
      ),
      edit('PATCH /api/supervision/problems/{id}', { id: problem }, 'supervision_problems'),
      edit('PATCH /api/supervision/recommendations/{id}', { id: recommendation }, 'supervision_recommendations'),
      edit('PATCH /api/term-sessions/{id}', { id: fx.sessions[0]! }, 'term_sessions'),
      edit('PATCH /api/terms/{id}', { id: fx.term }, 'terms'),
      edit('PATCH /api/users/{id}', { id: user }, 'users'),
      edit('PATCH /api/workplan/items/{id}', { id: priorityItem }, 'workplan_priority_items'),
      edit('PATCH /api/workplan/leaders/visits/{id}', { id: leaderVisit }, 'workplan_leader_visits'),
      edit('PATCH /api/workplan/recommendations/{id}', { id: smart }, 'workplan_recommendations'),
      edit('PATCH /api/workplan/themes/{id}', { id: theme }, 'workplan_themes'),
      edit('PATCH /api/workplan/topics/{id}', { id: topic }, 'workplan_topics'),
    ];
  });
  afterAll(async () => ctx?.close());

  /** The stored row without its bookkeeping columns. */
  const stored = async ({ table, where }: Case['row']) => {
    let q = ctx.platform.db.selectFrom(table).selectAll();
    for (const [column, value] of Object.entries(where)) q = q.where(column as never, '=', value as never);
    const row = (await q.executeTakeFirst()) as Record<string, unknown> | undefined;
    return row && Object.fromEntries(Object.entries(row).filter(([k]) => !BOOKKEEPING.has(k)));
  };

  it('covers every route the API documents with an all-optional JSON body', () => {
    // A new such route fails here until it has a case below.
    type Schema = { $ref?: string; type?: string; required?: string[] };
    const spec = ctx.app.swagger() as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (s?: Schema) => (s?.$ref ? spec.components.schemas[s.$ref.split('/').pop()!] : s);
    const allOptional = Object.entries(spec.paths).flatMap(([path, ops]) =>
      (['put', 'patch'] as const)
        .filter((m) => {
          const body = resolve(ops[m]?.requestBody?.content?.['application/json']?.schema);
          return body?.type === 'object' && !body.required?.length;
        })
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(cases.map((c) => c.route).sort()).toEqual(allOptional.sort());
  });

  it('answers a 4xx in the error shape or a 200 that changed nothing, on every such route', async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      for (const body of [{}, { unknownField: 1 }]) {
        const before = await stored(c.row);
        expect(before, `${c.url}: the object exists`).toBeDefined();
        const res = await staff.request({ method: c.method, url: c.url, payload: body });
        const what = `${c.route} (${c.url}) ${JSON.stringify(body)}`;
        // A 400, not any 4xx: a 403 or 404 would mean the office may not edit the object, and
        // the route would go untested.
        if (res.statusCode === 400) {
          const err = res.json();
          if (typeof err?.error?.code !== 'string' || typeof err.error.message !== 'string' || !err.requestId)
            wrong.push(`${what}: ${res.statusCode} not in the error shape: ${res.body}`);
        } else if (res.statusCode === 200) {
          const after = await stored(c.row);
          if (JSON.stringify(after) !== JSON.stringify(before))
            wrong.push(`${what}: 200 but changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
        } else wrong.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
