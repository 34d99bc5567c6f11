// The demo organisation's study plan for this year and its party-group learning exchange, run
// through the API on the dates they happen. The office writes the year's plan in January (13
// items across the six study kinds); seven sessions are held (the party group's members invited
// and checked in at the door) and linked to their items after; three items' dates have passed
// with nothing held (overdue), and three lie ahead, one of them carried by the whole body's study
// session at the end of the month. The exchange's attendees are eight party members among the
// members; each writes a short account of his learning month by month from June, a few late or
// not at all, and the office reminds October's not-yet-written. Its own random source.
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dayStart, memberTime, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

type Kind = 'party_group' | 'chair' | 'standing' | 'training' | 'committee' | 'symposium';
interface PlanEntry {
  kind: Kind;
  topic: string;
  plannedOn: string;
  attendees: string;
  notes?: string;
  /** A session held for it: the meeting kind's code and its day (09:00 China time). */
  held?: { code: string; title: string; day: string; venue: string };
  /** Carried by the demo's own study session of the whole body later this month. */
  wholeBody?: boolean;
}

const PARTY_GROUP = '党组书记、党组成员，机关党组副书记';
const PLAN: PlanEntry[] = [
  {
    kind: 'party_group',
    topic: '学习贯彻中央经济工作会议精神',
    plannedOn: '2026-01-20',
    attendees: PARTY_GROUP,
    held: {
      code: 'study_party_group',
      title: '党组理论学习中心组1月集中学习',
      day: '2026-01-20',
      venue: '机关四楼学习室',
    },
  },
  {
    kind: 'chair',
    topic: '学习《中国共产党政治协商工作条例》',
    plannedOn: '2026-02',
    attendees: '主席、副主席、秘书长',
    held: {
      code: 'study_chair',
      title: '主席会议集体学习：政治协商工作条例',
      day: '2026-02-26',
      venue: '机关三楼会议室',
    },
  },
  {
    kind: 'training',
    topic: '新任委员履职能力培训班',
    plannedOn: '2026-03',
    attendees: '本届新任委员',
    notes: '邀请市委党校、全国政协培训中心专家授课，为期两天',
    held: { code: 'training', title: '2026年新任委员履职能力培训班', day: '2026-03-18', venue: '市委党校报告厅' },
  },
  {
    kind: 'party_group',
    topic: '学习习近平总书记关于加强和改进人民政协工作的重要思想',
    plannedOn: '2026-04-15',
    attendees: PARTY_GROUP,
    held: {
      code: 'study_party_group',
      title: '党组理论学习中心组专题学习（4月）',
      day: '2026-04-15',
      venue: '机关四楼学习室',
    },
  },
  {
    kind: 'standing',
    topic: '常委会议专题学习：统筹发展和安全',
    plannedOn: '2026-05',
    attendees: '全体常委',
    notes: '结合常委会议议程安排，邀请市国家安全局同志辅导',
  },
  {
    kind: 'committee',
    topic: '专委会学习：发展新质生产力与产业转型升级',
    plannedOn: '2026-06',
    attendees: '经济委员会委员及界别小组召集人',
    held: {
      code: 'study_committee',
      title: '经济委员会专题学习：新质生产力',
      day: '2026-06-17',
      venue: '机关二楼会议室',
    },
  },
  { kind: 'symposium', topic: '委员读书交流座谈会', plannedOn: '2026-07-10', attendees: '各界别委员代表 20 人左右' },
  {
    kind: 'party_group',
    topic: '巩固拓展党纪学习教育成果',
    plannedOn: '2026-08',
    attendees: PARTY_GROUP,
    held: {
      code: 'study_party_group',
      title: '党组理论学习中心组8月集中学习',
      day: '2026-08-20',
      venue: '机关四楼学习室',
    },
  },
  {
    kind: 'chair',
    topic: '主席会议集体学习：民法典与基层社会治理',
    plannedOn: '2026-09-16',
    attendees: '主席、副主席、秘书长',
  },
  {
    kind: 'training',
    topic: '委员履职培训（第二期）：提案撰写与社情民意信息报送',
    plannedOn: '2026-10',
    attendees: '全体委员（分两批）',
    held: { code: 'training', title: '委员履职培训（第二期）', day: '2026-10-22', venue: '市委党校报告厅' },
  },
  {
    kind: 'symposium',
    topic: '学习贯彻全国政协全体会议精神交流座谈',
    plannedOn: '2026-11',
    attendees: '全体委员',
    wholeBody: true,
  },
  { kind: 'party_group', topic: '年度学习总结暨学习全会精神研讨', plannedOn: '2026-12-18', attendees: PARTY_GROUP },
  { kind: 'committee', topic: '专委会学习：明年协商计划与重点课题', plannedOn: '2026-12', attendees: '各专委会委员' },
];

const READINGS = [
  '认真研读了《习近平谈治国理政》第五卷相关篇目',
  '学习了全国政协主席在专题协商会上的讲话',
  '通读了《中国共产党政治协商工作条例》并做了摘抄',
  '参加了党组理论学习中心组的集中学习',
  '收看了全会精神专题辅导报告',
  '学习了党的二十届四中全会公报',
  '围绕发展新质生产力阅读了两篇理论文章',
  '自学了《人民政协理论研究》本期刊发的文章',
];
const REFLECTIONS = [
  '深刻体会到坚持党的领导是人民政协事业发展的根本保证',
  '进一步认识到协商民主在国家治理中的独特作用',
  '对如何把学习成果转化为高质量提案有了新的思考',
  '感到要在联系界别群众、反映社情民意上下更大功夫',
  '认识到履职尽责必须把调查研究作为基本功',
  '体会到要把凝聚共识贯穿履职工作全过程',
];
const ACTIONS = [
  '下一步准备结合分管工作开展一次专题调研',
  '已在界别小组学习会上作了交流发言',
  '计划就基层医疗服务能力提升撰写一件提案',
  '将把学习体会运用到民主监督工作中',
  '拟于下月走访联系的委员，听取意见建议',
  '整理了学习笔记约三千字',
];

export async function scheduleStudyPlan(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261212);
  const office = run.d.as(OFFICE);
  // The party members among the city's members with an account: the exchange's attendees and the party group's sessions.
  const party = await db
    .selectFrom('users as u')
    .innerJoin('members as m', 'm.id', 'u.member_id')
    .select(['m.id', 'u.username'])
    .where('m.org_id', '=', cityId)
    .where('m.party', '=', 'cpc')
    .where('m.active', '=', 1)
    .where('u.active', '=', 1)
    .orderBy('m.id')
    .limit(8)
    .execute();
  const items = new Map<PlanEntry, number>();
  let kinds: { id: number; code: string }[] = [];

  // January: the year's plan.
  run.d.at(officeTime(dayStart('2026-01-06'), rnd), async () => {
    for (const e of PLAN) {
      const { id } = await office.post('/api/study/plan/items', {
        studyKind: e.kind,
        topic: e.topic,
        plannedOn: e.plannedOn,
        attendees: e.attendees,
        notes: e.notes ?? null,
        audience: e.kind === 'party_group' ? { memberIds: party.map((p) => p.id) } : e.wholeBody ? { all: true } : null,
      });
      items.set(e, id as number);
    }
  });

  // Each session held: announced ten days before, the party group checked in at the door, linked the day after.
  for (const e of PLAN.filter((x) => x.held)) {
    const h = e.held!;
    const start = dayStart(h.day) + 9 * HOUR;
    let meeting = 0;
    run.d.at(officeTime(start - 10 * DAY, rnd), async () => {
      if (!kinds.length) kinds = await office.get('/api/meeting-kinds');
      const { id } = await office.post('/api/meetings', {
        kindId: kinds.find((k) => k.code === h.code)!.id,
        title: h.title,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3 * HOUR).toISOString(),
        venue: h.venue,
      });
      meeting = id as number;
      await office.post(`/api/meetings/${meeting}/invitations`, { audience: { memberIds: party.map((p) => p.id) } });
      await office.post(`/api/meetings/${meeting}/publish`);
    });
    run.d.at(start + 5 * MINUTE, async () => {
      const rows = (await office.get(`/api/meetings/${meeting}/attendance`)).rows.items as Json[];
      for (const r of rows.filter(() => rnd.next() < 0.85))
        await office.post(`/api/meetings/${meeting}/invitations/${r.id}/checkin`);
    });
    run.d.at(officeTime(start + DAY, rnd), async () => {
      await office.post(`/api/study/plan/items/${items.get(e)}/sessions`, { meetingId: meeting });
    });
  }

  // The whole body's study session (announced by the meetings' demo six days before today) carries November's item.
  run.d.at(officeTime(run.end - 2 * DAY, rnd), async () => {
    const list = (await office.get('/api/meetings?scope=org&pageSize=100')).items as Json[];
    const session = list.find((m) => String(m.title).includes('学习贯彻全国政协全体会议精神'));
    const item = items.get(PLAN.find((x) => x.wholeBody)!);
    if (session && item) await office.post(`/api/study/plan/items/${item}/sessions`, { meetingId: session.id });
  });

  scheduleExchange(run, rnd, party);
}

/** The exchange from June: accounts month by month, some written late in the next month, a few not at all. */
function scheduleExchange(run: SeedRun, rnd: ReturnType<typeof prng>, party: { id: number; username: string }[]) {
  const office = run.d.as(OFFICE);
  run.d.at(officeTime(dayStart('2026-06-01'), rnd), async () => {
    await office.put('/api/study/exchange/attendees', { memberIds: party.map((p) => p.id) });
  });
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  months.forEach((month, mi) => {
    const first = dayStart(`${month}-01`);
    party.forEach((p, pi) => {
      // Who never writes this month: one in each of two summer months, two of October, five of November (so far).
      const skip =
        (month === '2026-07' && pi === 3) ||
        (month === '2026-09' && pi === 6) ||
        (month === '2026-10' && pi >= 6) ||
        (month === '2026-11' && pi >= 3);
      if (skip) return;
      const late = rnd.next() < 0.2 && month !== '2026-11';
      const after = late ? first + 31 * DAY + rnd.int(0, 10) * DAY : first + rnd.int(12, 26) * DAY;
      const when = memberTime(Math.min(after, run.end - 2 * DAY - (pi + 1) * HOUR), rnd);
      if (when >= run.end) return;
      const body = [
        `${Number(month.slice(5))}月，${rnd.pick(READINGS)}，${rnd.pick(READINGS.filter((r) => r !== READINGS[mi]))}。`,
        `${rnd.pick(REFLECTIONS)}。`,
        `${rnd.pick(ACTIONS)}。`,
      ].join('');
      run.d.at(when, async () => {
        await run.d.as(p.username).put(`/api/study/exchange/months/${month}/accounts/${p.id}`, { body });
      });
    });
  });
  // October's not-yet-written were reminded a week ago.
  run.d.at(officeTime(run.end - 7 * DAY, rnd), async () => {
    await office.post('/api/study/exchange/months/2026-10/remind');
  });
}
