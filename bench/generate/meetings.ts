// A year of meetings per organisation (issue 13 item 11): from December 2025 to the end of
// December 2026, so most are over (with their attendance) and the last month's are still to
// come (replies coming in, a few drafts). The calendar a committee keeps: one plenary session
// with its group discussions, standing-committee and chair's meetings, the consultations,
// symposiums, inspections and research trips, the study sessions of every committee, a
// training class, the forum, member-home activities and an open meeting. Audiences follow the
// kind: the whole body, the standing committee, the leaders, a committee, a sector, or people
// picked by name. Rows are written by meeting-rows.ts.
import type { MemberInfo, OrgInfo } from './refdata.js';
import type { Rnd } from './proposal-rows.js';

const DAY = 86_400_000;
/** 00:00 China time on 1 December 2025: the first day of the generated year. */
export const YEAR_FROM = Date.parse('2025-12-01T00:00:00+08:00');
const YEAR_DAYS = 396; // to 31 December 2026

export interface PlannedMeeting {
  code: string;
  title: string;
  startsAt: number;
  endsAt: number;
  parentIndex: number | null;
  invitees: { member: MemberInfo; source: string }[];
  capacity: number | null;
  venue: string;
}

/** Subjects of consultations, inspections and symposiums (written for the bench). */
const SUBJECTS = [
  '老旧小区改造与加装电梯',
  '县域医共体建设',
  '普惠托育服务体系',
  '农村生活污水治理',
  '中小微企业融资难题',
  '城市更新中的历史街区保护',
  '职业教育产教融合',
  '居家和社区养老服务',
  '新能源汽车充电设施布局',
  '数字乡村建设',
  '河湖长制落实情况',
  '基层医疗卫生人才队伍',
  '文旅融合与夜间经济',
  '高标准农田建设',
  '营商环境优化',
  '义务教育课后服务',
];

interface KindPlan {
  code: string;
  perYear: (org: OrgInfo) => number;
  audience: 'all' | 'standing' | 'leaders' | 'committee' | 'sector' | 'picked';
  title: (org: OrgInfo, n: number, subject: string) => string;
  /** Hours; a day trip for inspections and research. */
  hours: number;
  capacity?: (org: OrgInfo) => number;
  picked?: [number, number];
}

const committees = (org: OrgInfo) => org.committees.length;
const PLANS: KindPlan[] = [
  {
    code: 'standing_committee',
    perYear: () => 5,
    audience: 'standing',
    hours: 3,
    title: (o, n) => `${o.plan.place}政协常委会第${n}次会议`,
  },
  {
    code: 'chair_meeting',
    perYear: () => 8,
    audience: 'leaders',
    hours: 2,
    title: (o, n) => `${o.plan.place}政协主席会议（第${n}次）`,
  },
  {
    code: 'consult_topic',
    perYear: () => 3,
    audience: 'picked',
    picked: [30, 50],
    hours: 3,
    title: (_o, _n, s) => `“${s}”专题协商会`,
  },
  {
    code: 'consult_counterpart',
    perYear: () => 3,
    audience: 'committee',
    hours: 3,
    title: (_o, _n, s) => `${s}对口协商会`,
  },
  { code: 'consult_sector', perYear: () => 2, audience: 'sector', hours: 2.5, title: (_o, _n, s) => `界别协商：${s}` },
  {
    code: 'consult_proposal',
    perYear: () => 2,
    audience: 'picked',
    picked: [20, 35],
    hours: 2.5,
    title: (_o, _n, s) => `重点提案办理协商会（${s}）`,
  },
  {
    code: 'symposium',
    perYear: () => 3,
    audience: 'picked',
    picked: [18, 30],
    hours: 2,
    title: (_o, _n, s) => `${s}座谈会`,
  },
  {
    code: 'chair_member_symposium',
    perYear: () => 4,
    audience: 'picked',
    picked: [10, 16],
    hours: 2,
    title: (_o, n) => `主席联系委员座谈会（第${n}期）`,
  },
  {
    code: 'inspection',
    perYear: () => 4,
    audience: 'committee',
    hours: 8,
    capacity: () => 25,
    title: (_o, _n, s) => `${s}专题视察`,
  },
  {
    code: 'research',
    perYear: () => 4,
    audience: 'committee',
    hours: 8,
    capacity: () => 20,
    title: (_o, _n, s) => `${s}专题调研`,
  },
  {
    code: 'study_party_group',
    perYear: () => 6,
    audience: 'leaders',
    hours: 2,
    title: (_o, n) => `党组理论学习中心组第${n}次集体学习`,
  },
  {
    code: 'study_standing',
    perYear: () => 3,
    audience: 'standing',
    hours: 2,
    title: (_o, n) => `常委会议专题学习（第${n}讲）`,
  },
  {
    code: 'study_committee',
    perYear: (o) => 4 * committees(o),
    audience: 'committee',
    hours: 2,
    title: (o, n) =>
      `${o.committees[n % o.committees.length]!.name}${1 + (Math.floor(n / o.committees.length) % 4)}季度学习`,
  },
  {
    code: 'training',
    perYear: () => 1,
    audience: 'all',
    hours: 7,
    capacity: (o) => Math.max(40, Math.round(o.members.length / 4)),
    title: (o) => `${o.plan.place}政协委员履职能力培训班`,
  },
  {
    code: 'activity_week_event',
    perYear: () => 3,
    audience: 'sector',
    hours: 3,
    title: (_o, _n, s) => `界别活动周：${s}`,
  },
  {
    code: 'forum',
    perYear: () => 1,
    audience: 'all',
    hours: 3,
    capacity: (o) => Math.min(200, o.members.length),
    title: (o) => `${o.plan.place}政协论坛`,
  },
  {
    code: 'home_activity',
    perYear: () => 6,
    audience: 'picked',
    picked: [12, 24],
    hours: 2,
    title: (_o, _n, s) => `委员活动之家：${s}`,
  },
  {
    code: 'open_meeting',
    perYear: () => 1,
    audience: 'picked',
    picked: [20, 30],
    hours: 2.5,
    title: (_o, _n, s) => `开门协商：${s}`,
  },
];

/** A weekday morning (09:00) or afternoon (14:30), China time, on a random day of the year. */
function slot(rnd: Rnd, hours: number): [number, number] {
  let day = YEAR_FROM + rnd.int(0, YEAR_DAYS - 1) * DAY;
  while ([0, 6].includes(new Date(day + 8 * 3_600_000).getUTCDay())) day += DAY;
  const start = day + (hours > 4 || rnd.next() < 0.55 ? 9 * 60 : 14 * 60 + 30) * 60_000 - (hours > 4 ? 30 * 60_000 : 0);
  return [start, start + hours * 3_600_000];
}

function pick<T>(rnd: Rnd, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = 0; i < Math.min(n, copy.length); i++) {
    const j = i + Math.floor(rnd.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function audienceOf(rnd: Rnd, org: OrgInfo, plan: KindPlan, n: number): PlannedMeeting['invitees'] {
  const all = org.members;
  switch (plan.audience) {
    case 'all':
      return all.map((member) => ({ member, source: 'all' }));
    case 'standing':
      // About one member in eight sits on the standing committee.
      return all.filter((_m, i) => i % 8 === 0).map((member) => ({ member, source: 'person' }));
    case 'leaders':
      return all.slice(0, Math.min(all.length, 7)).map((member) => ({ member, source: 'person' }));
    case 'committee': {
      const c = org.committees[n % org.committees.length]!;
      return all.filter((m) => m.committeeId === c.id).map((member) => ({ member, source: `committee:${c.id}` }));
    }
    case 'sector': {
      const s = org.sectors[rnd.int(0, org.sectors.length - 1)]!;
      return all.filter((m) => m.sectorId === s.id).map((member) => ({ member, source: `sector:${s.id}` }));
    }
    case 'picked':
      return pick(rnd, all, rnd.int(...plan.picked!)).map((member) => ({ member, source: 'person' }));
  }
}

/** The organisation's year of meetings, the plenary session and its group discussions first. */
export function planMeetings(rnd: Rnd, org: OrgInfo): PlannedMeeting[] {
  const venue = (room: string) => `${org.plan.place}政协${room}`;
  const everyone = org.members.map((member) => ({ member, source: 'all' }));
  // The plenary session in January (the province's in its third week, the others before).
  const opens =
    Date.parse('2026-01-05T09:00:00+08:00') +
    (org.plan.level === 'province' ? 14 : org.plan.level === 'city' ? 7 : rnd.int(0, 4)) * DAY;
  const out: PlannedMeeting[] = [
    {
      code: 'plenary',
      title: `政协${org.plan.place}委员会全体会议（2026年）`,
      startsAt: opens,
      endsAt: opens + 2 * DAY + 8 * 3_600_000,
      parentIndex: null,
      invitees: everyone,
      capacity: null,
      venue: venue('大礼堂'),
    },
  ];
  for (const d of [1, 2]) {
    out.push({
      code: 'plenary_group',
      title: `全体会议分组讨论（第${d}场）`,
      startsAt: opens + d * DAY,
      endsAt: opens + d * DAY + 3 * 3_600_000,
      parentIndex: 0,
      invitees: everyone,
      capacity: null,
      venue: venue('分组讨论室'),
    });
  }
  for (const plan of PLANS) {
    const count = plan.perYear(org);
    for (let n = 1; n <= count; n++) {
      const [startsAt, endsAt] = slot(rnd, plan.hours);
      const invitees = audienceOf(rnd, org, plan, n);
      if (!invitees.length) continue;
      out.push({
        code: plan.code,
        title: plan.title(org, n, rnd.pick(SUBJECTS)),
        startsAt,
        endsAt,
        parentIndex: null,
        invitees,
        capacity: plan.capacity?.(org) ?? null,
        venue: venue(plan.hours > 4 ? '（集合地点：机关大院）' : `第${rnd.int(1, 6)}会议室`),
      });
    }
  }
  return out;
}
