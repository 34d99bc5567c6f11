// The demo city's work plan, run through the API on the days it happens: the year's priorities
// with six items (committees and the office), two months of monthly plans with progress (one item
// slipped, with its reason), three "four jointly" topics at different stages (one done, one being
// consulted on, one being researched), and a research report whose recommendations stand in
// every state: done, answered and reported on, sent and overdue (waiting for the education
// bureau, the demo's `unit` sign-in), dropped with a reason, and a draft still lacking a metric.
import { DAY } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

interface ItemSpec {
  title: string;
  committee?: string;
  /** Month and day of the deadline in the plan's year. */
  due: string;
}
const ITEMS: ItemSpec[] = [
  { title: '围绕县域经济高质量发展召开专题议政性常委会会议', committee: '经济', due: '06-30' },
  { title: '开展“城乡供水一体化”民主监督', committee: '人口资源环境', due: '09-30' },
  { title: '组织委员就基层医疗服务能力提升开展专题调研', committee: '教科卫体', due: '08-31' },
  { title: '办好“委员会客厅”协商活动，每季度不少于一次', due: '12-20' },
  { title: '编印年度社情民意信息汇编', due: '11-30' },
  { title: '完成年度委员履职档案填报与审核', due: '12-31' },
];

/** Progress per item in the two months (index as ITEMS); slipped ones with their reason. */
const MONTHS: { status: string; note: string; slipReason?: string }[][] = [
  [
    { status: 'in_progress', note: '会议方案已报市委办公室审定，专题调研报告正在修改。' },
    { status: 'in_progress', note: '完成对4座水厂和11个行政村的实地查看。' },
    { status: 'planned', note: '拟定调研提纲，确定走访的乡镇卫生院。' },
    { status: 'done', note: '本季度“委员会客厅”以老旧小区加装电梯为题，邀请住建部门和居民代表面对面协商。' },
    { status: 'planned', note: '征集各界别推荐篇目。' },
    { status: 'planned', note: '下发填报通知。' },
  ],
  [
    { status: 'done', note: '专题议政性常委会会议如期召开，形成建议案报送市委。' },
    { status: 'in_progress', note: '监督组向市水务局反馈首批问题清单。' },
    {
      status: 'slipped',
      note: '实地走访推迟至下月。',
      slipReason: '卫生健康委正在开展年度绩效考核，走访时间需与其错开。',
    },
    { status: 'in_progress', note: '下期会客厅主题确定为“托育服务”，已联系相关部门。' },
    { status: 'in_progress', note: '初选稿件42篇，进入编辑环节。' },
    { status: 'in_progress', note: '已有六成委员完成自填。' },
  ],
];

export async function scheduleWorkplan(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261216);
  const office = run.d.as(OFFICE);
  const committees = await db.selectFrom('committees').select(['id', 'name']).where('org_id', '=', cityId).execute();
  const committee = (part: string) => committees.find((c) => c.name.includes(part))?.id ?? null;
  const units = await db
    .selectFrom('handling_units as h')
    .leftJoin('users as u', 'u.unit_id', 'h.id')
    .select(['h.id', 'h.short_name', 'u.username'])
    .where('h.org_id', '=', cityId)
    .execute();
  const unit = (short: string) => units.find((u) => u.short_name === short)!;

  // The plan's year is the one the last two months fall in.
  const firstMonth = run.end - 40 * DAY;
  const year = Number(dateOf(firstMonth).slice(0, 4));
  const months = [dateOf(firstMonth).slice(0, 7), dateOf(run.end - 8 * DAY).slice(0, 7)].filter(
    (m) => Number(m.slice(0, 4)) === year,
  );

  run.d.at(officeTime(run.end - 60 * DAY, rnd), async () => {
    const p = await office.post('/api/workplan/priorities', { year, title: `市政协${year}年度工作要点` });
    let items: { id: number }[] = [];
    for (const it of ITEMS) {
      const c = it.committee ? committee(it.committee) : null;
      const res = await office.post(`/api/workplan/priorities/${p.id}/items`, {
        title: it.title,
        ownerKind: c ? 'committee' : 'office',
        committeeId: c,
        dueOn: `${year}-${it.due}`,
      });
      items = res.items;
    }
    months.forEach((m, n) => {
      run.d.at(officeTime(run.end - (n === 0 ? 12 : 2) * DAY, rnd), async () => {
        for (const [i, e] of MONTHS[n]!.entries())
          await office.put(`/api/workplan/months/${m}/items/${items[i]!.id}`, e);
      });
    });
  });

  // Topics: proposed at the year's start, each walked as far as its story goes.
  const topics = [
    {
      title: '城乡供水一体化',
      summary: '聚焦农村饮水安全和城乡同网同价，由市政府提出，三方共同确定为年度重点课题。',
      proposedBy: 'government',
      flag: 'key_research',
      assignedBy: '市长',
      stages: ['set', 'research', 'consultation', 'implementation', 'done'],
    },
    {
      title: '老旧小区加装电梯',
      summary: '针对审批环节多、费用分摊难、后期维保无人管等问题，共同调研、共同协商。',
      proposedBy: 'party_committee',
      flag: 'key_supervision',
      assignedBy: '市委书记',
      stages: ['set', 'research', 'consultation'],
    },
    {
      title: '普惠托育服务供给',
      summary: '由市政协提出，围绕托位供给、收费和从业人员培训开展调研。',
      proposedBy: 'cppcc',
      flag: null,
      assignedBy: null,
      stages: ['set', 'research'],
    },
  ];
  const stageNotes: Record<string, { note: string; participants: string[] }> = {
    set: {
      note: '党委、政府、政协联席会议共同确定课题和牵头单位。',
      participants: ['市委办公室', '市政府办公室', '市政协办公室'],
    },
    research: {
      note: '分三组赴区县实地调研，召开座谈会，收集部门材料。',
      participants: ['专委会委员', '相关部门处室负责同志'],
    },
    consultation: {
      note: '召开专题协商会，政府分管领导到会听取意见并回应。',
      participants: ['分管副市长', '政协委员', '群众代表'],
    },
    implementation: { note: '协商成果转化为政府年度工作举措，分解到责任部门。', participants: ['市政府督查室'] },
    done: { note: '落实情况通报，课题办结。', participants: [] },
  };
  const topicStart = run.end - 58 * DAY;
  topics.forEach((t, n) => {
    run.d.at(officeTime(topicStart + n * DAY, rnd), async () => {
      const created = await office.post('/api/workplan/topics', {
        year,
        title: t.title,
        summary: t.summary,
        proposedBy: t.proposedBy,
        flag: t.flag,
        assignedBy: t.assignedBy,
      });
      // Each stage is recorded on the day it begins, nine days after the one before.
      t.stages.forEach((stage, k) => {
        const day = topicStart + (n + 2 + 9 * k) * DAY;
        const s = stageNotes[stage]!;
        run.d.at(officeTime(day, rnd), () =>
          office.post(`/api/workplan/topics/${created.id}/advance`, {
            stage,
            startsOn: dateOf(day),
            note: s.note,
            participants: s.participants,
          }),
        );
      });
    });
  });

  // The report of the childcare research and its recommendations.
  const sentAt = run.end - 30 * DAY;
  run.d.at(officeTime(sentAt - 2 * DAY, rnd), async () => {
    const report = await office.post('/api/workplan/reports', {
      year,
      title: '关于扩大普惠托育服务供给的调研报告',
      summary:
        '调研组走访托育机构12家、社区6个，座谈家长和从业人员60余人。全市每千人口托位数2.9个，低于省定目标；普惠托位占比不足四成；从业人员持证率偏低。',
    });
    const smart = (title: string, u: string, metric: string, target: string, actions: string, dueDays: number) => ({
      title,
      metric,
      target,
      actions,
      unitId: unit(u).id,
      accountablePerson: `${u}分管负责同志`,
      dueOn: dateOf(sentAt + dueDays * DAY),
    });
    const add = (body: object) => office.post(`/api/workplan/reports/${report.id}/recommendations`, body);
    const done = await add(
      smart('依托幼儿园开设托班', '市教育局', '公办幼儿园开设托班数', '20所', '年内遴选20所公办园招收2至3岁幼儿', 40),
    );
    const answered = await add(
      smart('建立托育从业人员培训制度', '市人社局', '从业人员持证率', '85%', '将保育师纳入职业技能补贴培训目录', 60),
    );
    const overdue = await add(
      smart('社区托育点运营补贴', '市教育局', '获补贴社区托育点数', '15个', '制定补贴办法并按季度拨付', 20),
    );
    const dropped = await add(
      smart('托育机构收费指导价', '市发展改革委', '出台收费指导价', '1项', '开展成本调查，制定指导价', 45),
    );
    await add({ title: '推动用人单位办托', unitId: unit('市总工会').id, accountablePerson: '分管副主席' });
    const at = (id: number, rest = '') => `/api/workplan/recommendations/${id}${rest}`;
    run.d.at(officeTime(sentAt, rnd), async () => {
      for (const r of [done, answered, overdue, dropped]) await office.post(at(r.id, '/send'));
    });
    const answer = (r: { id: number; unitId: number }, kind: string, text: string, after: number) =>
      run.d.at(officeTime(sentAt + after * DAY, rnd), () =>
        run.d.as(units.find((u) => u.id === r.unitId)!.username!).post(at(r.id, '/answer'), { kind, answer: text }),
      );
    answer(done, 'adopted', '采纳。已确定首批18所公办园开设托班，秋季学期招生。', 6);
    answer(answered, 'partly', '部分采纳。保育师已纳入补贴目录，持证率目标分两年实现。', 9);
    answer(dropped, 'declined', '收费指导价需待全市托育成本调查完成后再定。', 8);
    run.d.at(officeTime(sentAt + 14 * DAY, rnd), () =>
      run.d
        .as(unit('市人社局').username!)
        .post(at(answered.id, '/progress'), { note: '首期保育师培训班结业学员126人。' }),
    );
    run.d.at(officeTime(sentAt + 20 * DAY, rnd), () =>
      run.d
        .as(unit('市教育局').username!)
        .post(at(done.id, '/progress'), { note: '18所园托班已开班，招收幼儿410名。' }),
    );
    run.d.at(officeTime(sentAt + 22 * DAY, rnd), () =>
      office.post(at(done.id, '/complete'), { note: '托班开设目标基本完成，转入常态化管理。' }),
    );
    run.d.at(officeTime(sentAt + 12 * DAY, rnd), () =>
      office.post(at(dropped.id, '/drop'), { reason: '收费政策由市发展改革委另行研究出台，本建议不再单独跟踪。' }),
    );
  });
}
