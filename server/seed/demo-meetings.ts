// The demo organisation's meetings, run through the API on the dates they happen: the
// opening plenary of this year's session with its attendance recorded and closed (scanned in
// on time, late, on approved leave, absent), a past consultation meeting, a standing-committee
// meeting ahead with mixed replies and two leave requests waiting for the office, a sign-up
// inspection with a cap and a waiting list, a hybrid study session for the whole body, a
// draft, a cancelled symposium, a forum with live questions in every state, and a past chair-and-members
// symposium with guests; the two past meetings have minutes and follow-ups. The random
// source is the meetings' own, so the proposals' demo is the same with or without them.
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, dayStart, officeTime } from './demo-time.js';
import { DEMO_SPEECHES, scheduleSpeeches } from './demo-speeches.js';
import { prng } from './prng.js';
import { scheduleMinutes } from './demo-minutes.js';
import { scheduleForumQuestions } from './demo-questions.js';
import { scheduleGuestSymposium } from './demo-guests.js';

const OFFICE = 'admin';

interface Body {
  /** The city's members with an account, in id order: [memberId, username]. */
  members: [number, string][];
  committee: (name: string) => number;
  kind: (code: string) => number;
}

const at = (ms: number) => new Date(ms).toISOString();
/** 09:00 (or `hour`) China time, `days` after the date of `ms`. */
const morning = (ms: number, days: number, hour = 9) => dayStart(dateOf(ms + days * DAY)) + hour * HOUR;

export async function scheduleMeetings(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261127);
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('members as m', 'm.id', 'u.member_id')
    .select(['m.id', 'u.username', 'm.committee_id'])
    .where('m.org_id', '=', cityId)
    .where('u.active', '=', 1)
    .orderBy('m.id')
    .execute();
  const committees = await db.selectFrom('committees').select(['id', 'name']).where('org_id', '=', cityId).execute();
  const office = run.d.as(OFFICE);
  let kinds: { id: number; code: string }[] = [];
  const body: Body = {
    members: rows.map((r) => [r.id, r.username]),
    committee: (name) => committees.find((c) => c.name === name)!.id,
    kind: (code) => kinds.find((k) => k.code === code)!.id,
  };
  const committeeMembers = (name: string) =>
    rows.filter((r) => r.committee_id === body.committee(name)).map((r) => [r.id, r.username] as [number, string]);
  const shuffle = <T>(list: T[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const pickSome = <T>(list: T[], n: number) => shuffle(list).slice(0, n);

  const create = async (code: string, m: Record<string, unknown>): Promise<Json> => {
    if (!kinds.length) kinds = await office.get('/api/meeting-kinds');
    return office.post('/api/meetings', { kindId: body.kind(code), ...m });
  };
  /** Drafted, its audience invited, then published (the invitees hear of it once). */
  const announce = async (code: string, m: Record<string, unknown>, audience: Record<string, unknown>) => {
    const { id } = await create(code, m);
    await office.post(`/api/meetings/${id}/invitations`, { audience });
    await office.post(`/api/meetings/${id}/publish`);
    return id as number;
  };
  const invitations = async (id: number): Promise<Map<number, number>> =>
    new Map(((await office.get(`/api/meetings/${id}/attendance`)).rows.items as Json[]).map((i) => [i.memberId, i.id]));
  const scanIn = async (id: number, who: [number, string][]) => {
    for (const [, username] of who) {
      const { code } = await office.get(`/api/meetings/${id}/checkin-code`);
      await run.d.as(username).post(`/api/meetings/${id}/checkin`, { code });
    }
  };

  // 1. The opening plenary of this year's session (the fifth), with its attendance.
  const plenaryStart = Date.parse('2026-01-12T09:00:00+08:00');
  const onLeave = pickSome(body.members, 7);
  const notOnLeave = body.members.filter((m) => !onLeave.includes(m));
  const [absent, late, onTime] = ((list) => [list.slice(0, 4), list.slice(4, 13), list.slice(13)])(shuffle(notOnLeave));
  let plenary = 0;
  run.d.at(officeTime(plenaryStart - 12 * DAY, rnd), async () => {
    plenary = await announce(
      'plenary',
      {
        title: '政协江临市第十五届委员会第五次会议开幕大会',
        description: '听取和审议市政协常务委员会工作报告和常务委员会关于提案工作情况的报告。',
        startsAt: at(plenaryStart),
        endsAt: at(plenaryStart + 2.5 * HOUR),
        venue: '江临市人民会堂大礼堂',
      },
      { all: true },
    );
  });
  const leaveReasons = [
    '在外省参加行业标准审定会，无法按时返回',
    '手术后康复期，遵医嘱休养',
    '随市政府代表团赴外地招商',
    '所在医院承担春节前重大保障任务',
    '家中老人病重住院，需陪护',
    '参加全国性学术会议并作主题报告',
    '单位年度审计进场，须本人在岗',
  ];
  onLeave.forEach(([, username], i) =>
    run.d.at(plenaryStart - (6 - i * 0.4) * DAY, async () => {
      await run.d.as(username).post(`/api/meetings/${plenary}/leave`, { reason: leaveReasons[i] });
    }),
  );
  run.d.at(officeTime(plenaryStart - 3 * DAY, rnd), async () => {
    const inv = await invitations(plenary);
    for (const [memberId] of onLeave)
      await office.post(`/api/meetings/${plenary}/invitations/${inv.get(memberId)}/leave-decision`, { approve: true });
  });
  run.d.at(plenaryStart - 35 * MINUTE, () => scanIn(plenary, onTime));
  run.d.at(plenaryStart + 22 * MINUTE, () => scanIn(plenary, late));
  void absent; // never checked in: recorded absent when the office closes attendance
  run.d.at(officeTime(plenaryStart + 2 * DAY, rnd), async () => {
    await office.post(`/api/meetings/${plenary}/attendance/close`);
  });
  scheduleSpeeches(run, {
    id: () => plenary,
    handIn: plenaryStart - 9 * DAY,
    reviewAt: officeTime(plenaryStart - 4 * DAY, rnd),
    speakers: [...onTime, ...late].slice(0, DEMO_SPEECHES.plenary.length).map(([, u]) => u),
    speeches: DEMO_SPEECHES.plenary,
  });

  // 2. A consultation on the city's business environment, two months before "today".
  const consultStart = morning(run.end, -58, 14.5);
  const consultants = committeeMembers('经济委员会');
  let consult = 0;
  run.d.at(officeTime(consultStart - 14 * DAY, rnd), async () => {
    consult = await announce(
      'consult_topic',
      {
        title: '“提升政务服务效能、优化营商环境”专题协商会',
        description: '市发展改革委、市数据资源局、市市场监管局负责同志到会听取意见并现场回应。',
        startsAt: at(consultStart),
        endsAt: at(consultStart + 2.5 * HOUR),
        venue: '市政协机关四楼协商议政厅',
      },
      { committeeIds: [body.committee('经济委员会')] },
    );
  });
  consultants.forEach(([, username], i) =>
    run.d.at(consultStart - (9 - (i % 7)) * DAY + i * MINUTE, async () => {
      await run.d.as(username).post(`/api/meetings/${consult}/attend`);
    }),
  );
  run.d.at(consultStart - 20 * MINUTE, () => scanIn(consult, consultants.slice(0, -2)));
  // Their minutes and follow-ups (demo-minutes.ts).
  await scheduleMinutes(run, cityId, { plenary: () => plenary, plenaryStart, consult: () => consult, consultStart });

  // The chair-and-members symposium with its guests (demo-guests.ts).
  scheduleGuestSymposium(run, body.members);

  // 3. The standing committee meets in ten days: replies coming in, two leave requests waiting.
  const standingStart = morning(run.end, 10);
  const standing = pickSome(body.members, 45);
  let standingId = 0;
  run.d.at(officeTime(run.end - 10 * DAY, rnd), async () => {
    standingId = await announce(
      'standing_committee',
      {
        title: '政协江临市第十五届委员会常务委员会第二十一次会议',
        description: '协商讨论全市“十五五”规划纲要编制有关问题；审议通过年度履职报告。',
        startsAt: at(standingStart),
        endsAt: at(standingStart + 3 * HOUR),
        venue: '市政协机关一楼常委会议室',
        replyDeadline: at(standingStart - 3 * DAY),
      },
      { memberIds: standing.map(([id]) => id) },
    );
  });
  standing.slice(0, 26).forEach(([, username], i) =>
    run.d.at(run.end - 5 * DAY + i * 2 * HOUR, async () => {
      await run.d.as(username).post(`/api/meetings/${standingId}/attend`);
    }),
  );
  scheduleSpeeches(run, {
    id: () => standingId,
    handIn: run.end - 8 * DAY,
    reviewAt: officeTime(run.end - 2 * DAY, rnd),
    speakers: standing.slice(0, DEMO_SPEECHES.standing.length).map(([, u]) => u),
    speeches: DEMO_SPEECHES.standing,
  });
  const standingLeave = ['当日须出庭参加一起行政诉讼案件庭审', '已报名参加省委党校中青年干部培训班'];
  standing.slice(26, 28).forEach(([, username], i) =>
    run.d.at(run.end - (2 - i) * DAY, async () => {
      await run.d.as(username).post(`/api/meetings/${standingId}/leave`, { reason: standingLeave[i] });
    }),
  );

  // 4. A sign-up inspection of the river's ecological restoration: twelve places, a waiting list.
  const tripStart = morning(run.end, 18, 8.5);
  const eligible = committeeMembers('农业和农村委员会').concat(committeeMembers('经济委员会'));
  let trip = 0;
  run.d.at(officeTime(run.end - 13 * DAY, rnd), async () => {
    trip = await announce(
      'inspection',
      {
        title: '临江流域生态修复和岸线整治工作视察',
        description:
          '实地察看三个岸线整治点位和两座污水处理厂提标改造工程，随后召开座谈会。统一乘车，07:50 在机关大院集合。',
        startsAt: at(tripStart),
        endsAt: at(tripStart + 8 * HOUR),
        venue: '清源区、白沙县沿江点位（机关大院统一发车）',
        capacity: 12,
        replyDeadline: at(tripStart - 5 * DAY),
      },
      { committeeIds: [body.committee('农业和农村委员会'), body.committee('经济委员会')] },
    );
  });
  pickSome(eligible, 15).forEach(([, username], i) =>
    run.d.at(run.end - 8 * DAY + i * 3 * HOUR, async () => {
      await run.d.as(username).post(`/api/meetings/${trip}/attend`);
    }),
  );

  // 5. A study session for the whole body in three days, in the hall and online (a hybrid
  // meeting: members away can attend through the link and confirm it on the phone).
  const studyStart = morning(run.end, 3, 14.5);
  run.d.at(officeTime(run.end - 6 * DAY, rnd), async () => {
    const id = await announce(
      'study_symposium',
      {
        title: '学习贯彻全国政协全体会议精神专题学习会',
        description: '邀请市委党校教授作专题辅导，随后分组交流学习体会。在外地的委员可通过线上会议参加。',
        startsAt: at(studyStart),
        endsAt: at(studyStart + 2 * HOUR),
        venue: '市政协机关四楼协商议政厅',
        onlineUrl: 'https://meeting.jianglin.gov.cn/j/30814526',
      },
      { all: true },
    );
    for (const [, username] of pickSome(body.members, 30)) await run.d.as(username).post(`/api/meetings/${id}/attend`);
  });

  // 6. A research trip still being drafted; 7. a symposium called off.
  run.d.at(officeTime(run.end - 2 * DAY, rnd), async () => {
    await create('research', {
      title: '县域医共体建设情况专题调研',
      startsAt: at(morning(run.end, 32)),
      endsAt: at(morning(run.end, 33, 17)),
      venue: '清源区人民医院及所属乡镇卫生院',
      capacity: 15,
    });
  });
  const symposiumStart = morning(run.end, 4, 14.5);
  let symposium = 0;
  run.d.at(officeTime(run.end - 20 * DAY, rnd), async () => {
    symposium = await announce(
      'symposium',
      {
        title: '新就业形态劳动者权益保障座谈会',
        startsAt: at(symposiumStart),
        endsAt: at(symposiumStart + 2 * HOUR),
        venue: '市总工会职工服务中心二楼',
      },
      { committeeIds: [body.committee('提案委员会')] },
    );
  });
  run.d.at(officeTime(run.end - 7 * DAY, rnd), async () => {
    await office.post(`/api/meetings/${symposium}/cancel`, {
      reason: '与市人大常委会同题调研时间冲突，议题并入明年一季度专题协商会。',
    });
  });

  // 8. A forum on the old town's streets last week: members and residents asked, leaders answered on the spot.
  const forumStart = morning(run.end, -6, 14.5);
  const forumGoers = pickSome(body.members, 40);
  let forum = 0;
  run.d.at(officeTime(forumStart - 15 * DAY, rnd), async () => {
    forum = await announce(
      'forum',
      {
        title: '政协论坛：老城区有机更新与街巷烟火气',
        description: '邀请副市长和市住建、城管、文旅等部门负责同志到场，与委员、居民代表面对面交流。',
        startsAt: at(forumStart),
        endsAt: at(forumStart + 3 * HOUR),
        venue: '江临市民中心一楼报告厅',
      },
      { memberIds: forumGoers.map(([id]) => id) },
    );
  });
  scheduleForumQuestions(run, {
    id: () => forum,
    start: forumStart,
    askers: forumGoers.slice(0, 5).map(([, u]) => u),
    office,
  });
}
