// The demo city's strategic themes and leader engagement, run through the API on the days they
// happen: six themes named as the proposals' own (so the coverage counts the year's proposals by
// name), one retired; the work plan's topics and research report tagged with them near the
// year's end (the demo's topic stages name no meeting, so no meeting is tagged); the party
// secretary's and the mayor's visits against a target of two each (the mayor still one short),
// two instructions on the childcare report, and three requests for opinions — one adopted, one
// partly adopted with its note, one still waiting.
import { DAY } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

const THEMES = [
  { name: '营商环境优化', description: '市委确定的“营商环境提升年”行动，聚焦审批提速和涉企服务。' },
  { name: '乡村振兴', description: '城乡供水、人居环境和农村产业发展。' },
  { name: '生态文明', description: '河湖治理与大气污染防治。' },
  { name: '数字江临', description: '政务数据共享和数字化公共服务。' },
  { name: '民生保障', description: '“一老一小”、就业和基层医疗。' },
  { name: '文旅融合', description: '历史街区保护与文旅消费。', active: false },
];

/** Which theme each of the work plan's topics (by title) serves. */
const TOPIC_THEMES: Record<string, string[]> = {
  城乡供水一体化: ['乡村振兴', '民生保障'],
  老旧小区加装电梯: ['民生保障'],
  普惠托育服务供给: ['民生保障'],
};

export async function scheduleWorkplanEngagement(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261217);
  const office = run.d.as(OFFICE);
  const year = Number(dateOf(run.end - 40 * DAY).slice(0, 4));
  const inYear = (ms: number) => Number(dateOf(ms).slice(0, 4)) === year;
  const themeIds = new Map<string, number>();

  run.d.at(officeTime(run.end - 70 * DAY, rnd), async () => {
    for (const t of THEMES) {
      const created = await office.post('/api/workplan/themes', { ...t, startsOn: `${year}-01-01` });
      themeIds.set(t.name, created.id);
    }
    await office.put(`/api/workplan/leaders/targets/${year}`, {
      targets: [
        { role: 'party_secretary', target: 2 },
        { role: 'mayor', target: 2 },
      ],
    });
  });

  const visits = [
    {
      days: 65,
      role: 'party_secretary',
      leaderName: '陈立言',
      purpose: '听取市政协年度协商计划执行情况汇报',
      discussed: '商定下半年围绕“一老一小”开展专题协商。',
    },
    {
      days: 45,
      role: 'mayor',
      leaderName: '周敏',
      purpose: '调研政协委员会客厅建设',
      discussed: '要求市政府各部门认真办理会客厅形成的意见。',
    },
    {
      days: 20,
      role: 'party_secretary',
      leaderName: '陈立言',
      purpose: '出席城乡供水一体化专题协商会',
      discussed: '肯定民主监督成效，要求建立问题整改台账。',
    },
    {
      days: 10,
      role: 'other',
      leaderName: '刘海峰（常务副市长）',
      purpose: '通报全市重大项目推进情况',
      discussed: null,
    },
  ];
  for (const v of visits.filter((x) => inYear(run.end - x.days * DAY)))
    run.d.at(officeTime(run.end - v.days * DAY, rnd), () =>
      office.post('/api/workplan/leaders/visits', {
        role: v.role,
        leaderName: v.leaderName,
        visitedOn: dateOf(run.end - v.days * DAY),
        purpose: v.purpose,
        discussed: v.discussed,
      }),
    );

  const requests = [
    {
      days: 50,
      title: '关于《城市更新三年行动方案（征求意见稿）》',
      draft: '方案提出三年内改造老旧小区120个、历史街区4片。',
      askedBy: '市住房城乡建设局',
      answer: '建议将加装电梯纳入改造标准清单，并单列历史街区保护要求。',
      adoption: { adoption: 'partly', note: '加装电梯写入标准清单；历史街区保护另行制定专项规划。' },
    },
    {
      days: 35,
      title: '关于全市养老服务设施布局规划（草案）',
      draft: '规划至2030年新增社区养老服务设施80处。',
      askedBy: '市民政局',
      answer: '建议与托育设施统筹布局，推动“一老一小”综合服务中心建设。',
      adoption: { adoption: 'adopted' },
    },
    {
      days: 6,
      title: '关于城市轨道交通线网规划调整方案',
      draft: '调整二号线南延段走向，新增换乘站2座。',
      askedBy: '市发展改革委',
      answer: null,
      adoption: null,
    },
  ];
  for (const r of requests.filter((x) => inYear(run.end - x.days * DAY))) {
    const askedOn = dateOf(run.end - r.days * DAY);
    run.d.at(officeTime(run.end - r.days * DAY, rnd), async () => {
      const created = await office.post('/api/workplan/leaders/requests', {
        title: r.title,
        draft: r.draft,
        askedBy: r.askedBy,
        askedOn,
        deadline: dateOf(run.end - r.days * DAY + 15 * DAY),
      });
      if (!r.answer) return;
      const answerAt = run.end - (r.days - 10) * DAY;
      run.d.at(officeTime(answerAt, rnd), async () => {
        await office.post(`/api/workplan/leaders/requests/${created.id}/answer`, {
          answer: r.answer,
          answeredOn: dateOf(answerAt),
        });
        run.d.at(officeTime(answerAt + 3 * DAY, rnd), () =>
          office.post(`/api/workplan/leaders/requests/${created.id}/adoption`, r.adoption),
        );
      });
    });
  }

  // Near the year's end the office tags the year's work and records the leaders' instructions.
  run.d.at(officeTime(run.end - 4 * DAY, rnd), async () => {
    const topics = await db
      .selectFrom('workplan_topics')
      .select(['id', 'title'])
      .where('org_id', '=', cityId)
      .execute();
    for (const t of topics) {
      const names = TOPIC_THEMES[t.title] ?? [];
      const ids = names.flatMap((n) => (themeIds.has(n) ? [themeIds.get(n)!] : []));
      if (!ids.length) continue;
      await office.put('/api/workplan/theme-links', { kind: 'topic', targetId: t.id, themeIds: ids });
    }
    const reports = await db
      .selectFrom('workplan_reports')
      .select(['id', 'year'])
      .where('org_id', '=', cityId)
      .execute();
    for (const r of reports) {
      await office.put('/api/workplan/theme-links', {
        kind: 'report',
        targetId: r.id,
        themeIds: [themeIds.get('民生保障')!],
      });
      if (!inYear(run.end - 20 * DAY)) continue;
      await office.post('/api/workplan/leaders/instructions', {
        reportId: r.id,
        leaderName: '陈立言',
        role: 'party_secretary',
        givenOn: dateOf(run.end - 20 * DAY),
        text: '报告扎实，请市教育局、市卫生健康委认真研究，把托位建设纳入明年民生实事。',
      });
      await office.post('/api/workplan/leaders/instructions', {
        reportId: r.id,
        leaderName: '周敏',
        role: 'mayor',
        givenOn: dateOf(run.end - 15 * DAY),
        text: '同意陈书记意见，请分管副市长牵头落实。',
      });
    }
  });
}
