// The demo's training record for the coverage figures (培训覆盖): three training classes of the
// city this year and one of a county, each attended by part of those invited (checked in by
// the office at the door, some late), closed afterwards so the rest read absent; the office's
// targets (90 % of all members, every new member) and two cohorts, so the dashboard shows
// progress short of the targets rather than a wall of 100 %. Everything goes through the API.
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dayStart, officeTime } from './demo-time.js';
import { prng } from './prng.js';

interface Class {
  office: string;
  title: string;
  description: string;
  date: string;
  venue: string;
  audience: Record<string, unknown>;
  /** The share of the invitees who come, and of those the share who come late. */
  present: number;
  late: number;
}

export async function scheduleStudyCoverage(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261212);
  const committees = await db.selectFrom('committees').select(['id', 'name']).where('org_id', '=', cityId).execute();
  const committee = (name: string) => committees.find((c) => c.name === name)?.id;
  const cityMembers = await db
    .selectFrom('members')
    .select(['id', 'committee_id'])
    .where('org_id', '=', cityId)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  const year = new Date(run.end).getUTCFullYear();
  const classes: Class[] = [
    {
      office: 'admin',
      title: `${year - 1}年度委员履职培训班`,
      description: '学习新修订的政协章程和提案工作条例，交流上一年度优秀提案的调研和撰写经验。',
      date: `${year - 1}-10-15`,
      venue: '市委党校报告厅',
      audience: { all: true },
      present: 0.45,
      late: 0.1,
    },
    {
      office: 'admin',
      title: '新任委员履职能力培训班',
      description: '围绕政协章程、提案撰写、社情民意信息报送和协商议政规则，帮助新任委员尽快熟悉履职要求。',
      date: `${year}-03-18`,
      venue: '市委党校报告厅',
      audience: { newOnly: true },
      present: 0.72,
      late: 0.1,
    },
    {
      office: 'admin',
      title: '学习贯彻全国两会精神专题培训班',
      description: '邀请全国政协委员解读全国两会精神，分组交流如何把会议精神落实到年度重点协商议题中。',
      date: `${year}-05-20`,
      venue: '市政协机关四楼协商议政厅',
      audience: { committeeIds: [committee('经济委员会'), committee('提案委员会')].filter(Boolean) },
      present: 0.6,
      late: 0.15,
    },
    {
      office: 'admin',
      title: '委员履职能力提升培训班（第二期）',
      description: '专题讲授调查研究方法和协商式监督实务，结合优秀提案案例开展研讨。',
      date: `${year}-09-23`,
      venue: '江临干部教育学院',
      audience: { all: true },
      present: 0.34,
      late: 0.12,
    },
    {
      office: 'county',
      title: '区政协委员学习培训班',
      description: '学习区委全会精神，通报全区重点工作，讲解委员履职积分管理办法。',
      date: `${year}-06-11`,
      venue: '区行政中心三楼会议室',
      audience: { all: true },
      present: 0.55,
      late: 0.08,
    },
  ];

  for (const c of classes) {
    const start = dayStart(c.date) + 9 * HOUR;
    const office = run.d.as(c.office);
    let id = 0;
    run.d.at(officeTime(start - 20 * DAY, rnd), async () => {
      const kinds = (await office.get('/api/meeting-kinds')) as Json[];
      const created = await office.post('/api/meetings', {
        kindId: kinds.find((k) => k.code === 'training')!.id,
        title: c.title,
        description: c.description,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 6 * HOUR).toISOString(),
        venue: c.venue,
      });
      id = created.id as number;
      await office.post(`/api/meetings/${id}/invitations`, { audience: c.audience });
      await office.post(`/api/meetings/${id}/publish`);
    });
    // At the door: those who came, checked in by hand, the late ones after the grace period.
    let late: number[] = [];
    run.d.at(start - 20 * MINUTE, async () => {
      const rows = (await office.get(`/api/meetings/${id}/attendance`)).rows.items as Json[];
      const came = rows.filter(() => rnd.next() < c.present).map((r) => r.id as number);
      late = came.filter(() => rnd.next() < c.late);
      for (const inv of came.filter((x) => !late.includes(x)))
        await office.post(`/api/meetings/${id}/invitations/${inv}/checkin`, {});
    });
    run.d.at(start + 40 * MINUTE, async () => {
      for (const inv of late) await office.post(`/api/meetings/${id}/invitations/${inv}/checkin`, {});
    });
    run.d.at(officeTime(start + 1 * DAY, rnd), async () => {
      await office.post(`/api/meetings/${id}/attendance/close`);
    });
  }

  // The office's targets for the year and its cohorts, set in the spring.
  const admin = run.d.as('admin');
  run.d.at(officeTime(dayStart(`${year}-03-02`), rnd), async () => {
    await admin.put('/api/study/coverage/targets', { year, all: 90, new: 100 });
    await run.d.as('county').put('/api/study/coverage/targets', { year, all: 80 });
    const pick = (list: number[], n: number) => list.filter((_x, i) => i % Math.ceil(list.length / n) === 0);
    await admin.post('/api/study/coverage/cohorts', {
      year,
      name: `${year}年度骨干委员培训`,
      kind: 'backbone',
      memberIds: pick(
        cityMembers.map((m) => m.id),
        24,
      ),
    });
    await admin.post('/api/study/coverage/cohorts', {
      year,
      name: '优化营商环境重点工作培训',
      kind: 'key_work',
      memberIds: cityMembers.filter((m) => m.committee_id === committee('经济委员会')).map((m) => m.id),
    });
  });
}
