// Minutes and follow-ups of the demo's past meetings, run through the API on the days they
// happen: the opening plenary's minutes with a decision the office itself carries out (done)
// and a view sent to the education bureau (open), and the business-environment consultation's
// minutes, revised once after publishing, whose results go to four departments: one done, one
// in progress, one overdue, one not yet started.
import { DAY } from '../platform/clock.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

export interface PastMeetings {
  plenary: () => number;
  plenaryStart: number;
  consult: () => number;
  consultStart: number;
}

const PLENARY_MINUTES = [
  '会议由市政协主席主持，应到委员中除请假外均按时出席，符合规定人数。',
  '会议听取并审议了市政协常务委员会工作报告和常务委员会关于提案工作情况的报告。与会委员认为，过去一年常委会围绕全市中心工作协商议政，提案办理质量稳步提高。',
  '委员们在分组讨论中提出：进一步聚焦县域经济和民生短板选题，提高调研成果转化率；加强对重点提案办理的跟踪问效。',
  '会议议定：常委会工作报告审议意见由市政协办公室汇总整理，报市委参阅。',
].join('\n');

const CONSULT_MINUTES = [
  '专题协商会围绕“提升政务服务效能、优化营商环境”开展协商，经济委员会委员和特邀企业代表参加。',
  '市发展改革委通报了全市营商环境评价情况，市数据局、市市场监管局、市政务服务局负责同志到会听取意见并现场回应。',
  '委员们主要提出：一是企业开办和工程建设项目审批仍存在“体外循环”，建议全面推行“一件事一次办”；二是涉企数据共享不足，企业重复提交材料；三是“双随机、一公开”监管与信用监管衔接不够；四是惠企政策兑现周期偏长。',
  '会议议定：协商成果以督办事项形式分送相关部门办理，各部门按期报送办理进展，市政协经济委员会跟踪问效。',
].join('\n');

/** The consultation's results for each department: what is asked, the deadline (days from today) and how far it got. */
const RESULTS: { unit: string; title: string; dueIn: number; outcome: 'done' | 'progress' | 'overdue' | 'open' }[] = [
  {
    unit: '市政务服务局',
    title: '梳理工程建设项目审批“体外循环”问题清单并提出整改措施',
    dueIn: 20,
    outcome: 'done',
  },
  { unit: '市数据局', title: '建立涉企数据共享目录，减少企业重复提交材料', dueIn: 40, outcome: 'progress' },
  { unit: '市市场监管局', title: '推动“双随机、一公开”监管与信用分级分类监管衔接', dueIn: -6, outcome: 'overdue' },
  { unit: '市发展改革委', title: '研究缩短惠企政策兑现周期的具体办法', dueIn: 55, outcome: 'open' },
];

export async function scheduleMinutes(run: SeedRun, cityId: number, past: PastMeetings): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261209);
  const office = run.d.as(OFFICE);
  const units = await db
    .selectFrom('handling_units as h')
    .innerJoin('users as u', 'u.unit_id', 'h.id')
    .select(['h.id', 'h.short_name', 'u.username'])
    .where('h.org_id', '=', cityId)
    .execute();
  const unit = (short: string) => units.find((u) => u.short_name === short)!;
  const admin = await db.selectFrom('users').select('id').where('username', '=', OFFICE).executeTakeFirstOrThrow();

  // The plenary: minutes two days after, a decision the office carries out itself.
  const plenaryMinutes = officeTime(past.plenaryStart + 2 * DAY, rnd);
  run.d.at(plenaryMinutes, async () => {
    const id = past.plenary();
    await office.put(`/api/meetings/${id}/minutes`, { body: PLENARY_MINUTES });
    await office.post(`/api/meetings/${id}/minutes/publish`);
    const [f] = await office.post(`/api/meetings/${id}/followups`, {
      kind: 'decision',
      title: '汇总常委会工作报告审议意见并报市委参阅',
      dueOn: dateOf(plenaryMinutes + 10 * DAY),
      owner: { userId: admin.id },
    });
    // A view from the group discussions, sent to the education bureau (the demo's `unit` sign-in) and not yet taken up.
    await office.post(`/api/meetings/${id}/followups`, {
      title: '研究分组讨论中提出的提升课后服务质量的建议并反馈办理意见',
      detail: '重点回应课后服务内容单一、乡村学校师资不足两方面意见。',
      dueOn: dateOf(run.end + 25 * DAY),
      unitIds: [unit('市教育局').id],
    });
    run.d.at(officeTime(plenaryMinutes + 6 * DAY, rnd), async () => {
      await office.post(`/api/meeting-followups/${f.id}/progress`, {
        note: '审议意见共 86 条，已分类整理成专报，经主席会议审定后报送市委办公室。',
        status: 'done',
      });
    });
  });

  // The consultation: a draft the next day, published after a check, revised once; its results sent out.
  const draftAt = officeTime(past.consultStart + DAY, rnd);
  run.d.at(draftAt, async () => {
    await office.put(`/api/meetings/${past.consult()}/minutes`, { body: CONSULT_MINUTES });
  });
  const publishAt = officeTime(draftAt + 2 * DAY, rnd);
  run.d.at(publishAt, async () => {
    const id = past.consult();
    await office.post(`/api/meetings/${id}/minutes/publish`);
    for (const r of RESULTS) {
      const [f] = await office.post(`/api/meetings/${id}/followups`, {
        title: r.title,
        dueOn: dateOf(run.end + r.dueIn * DAY),
        unitIds: [unit(r.unit).id],
      });
      const by = run.d.as(unit(r.unit).username);
      const outcome = r.outcome;
      if (outcome === 'open') continue;
      run.d.at(officeTime(publishAt + 12 * DAY, rnd), async () => {
        await by.post(`/api/meeting-followups/${f.id}/progress`, { note: FIRST_REPORT[outcome] });
      });
      if (r.outcome === 'done')
        run.d.at(officeTime(run.end - 18 * DAY, rnd), async () => {
          await by.post(`/api/meeting-followups/${f.id}/progress`, {
            note: '问题清单共 23 项，已全部明确责任科室和整改时限，其中 17 项已整改到位，《整改方案》已印发。',
            status: 'done',
          });
        });
    }
  });
  run.d.at(officeTime(publishAt + 3 * DAY, rnd), async () => {
    await office.put(`/api/meetings/${past.consult()}/minutes`, {
      body: `${CONSULT_MINUTES}\n（根据与会部门意见，对第三条表述作了补充完善。）`,
    });
  });
}

const FIRST_REPORT = {
  done: '已组织各审批窗口开展自查，初步梳理出线下审批、重复收件等问题 23 项。',
  progress: '已完成 12 个部门涉企数据需求调查，共享目录初稿正在征求意见。',
  overdue: '已与市信用办对接，拟定信用分级分类结果在抽查中的应用规则，尚在会签。',
} as const;
