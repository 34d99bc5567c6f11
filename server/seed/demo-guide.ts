// The demo's plenary guide (会务指南): next month's session of the committee (four days), announced
// to the whole body, and the guide the office has been preparing for it this week — the agenda
// by day with group discussions, one discussion group per special committee with its room and
// convener, seats for nearly everyone, hotel rooms and buses for the members who come from the
// counties, and a few still to arrange (the overview shows them). Written for the demo.
import { DAY, HOUR } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, dayStart, officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';
export const GUIDE_MEETING = '政协江临市第十五届委员会第六次会议';

const ROOMS = ['江临宾馆一号楼201会议室', '江临宾馆一号楼203会议室', '江临宾馆一号楼305会议室', '江临宾馆二号楼贵宾厅'];
const HOTELS = ['江临宾馆', '临江饭店'];
const PICKUPS = [
  { vehicle: '1号车', point: '东城县政府北广场' },
  { vehicle: '2号车', point: '西河县政务服务中心' },
  { vehicle: '3号车', point: '南湖区人民医院东门' },
];

/** (day index from the first day, start, end, title, session, place or by group) */
const AGENDA: [number, string, string, string, string, string | null][] = [
  [0, '09:00', '11:30', '开幕大会：听取常委会工作报告和提案工作情况报告', '第一次全体会议', '江临市人民会堂大礼堂'],
  [0, '15:00', '17:30', '分组讨论常委会工作报告、提案工作情况报告', '分组讨论', null],
  [1, '09:00', '11:30', '列席市人民代表大会开幕会，听取政府工作报告', '列席会议', '江临市人民会堂大礼堂'],
  [1, '14:30', '17:30', '分组讨论政府工作报告和计划、预算报告', '分组讨论', null],
  [2, '08:30', '11:30', '大会发言', '第二次全体会议', '江临市人民会堂大礼堂'],
  [2, '15:00', '17:00', '分组讨论政治决议草案和提案审查情况报告', '分组讨论', null],
  [3, '09:00', '10:30', '闭幕大会：表决政治决议，通过提案审查情况报告', '第三次全体会议', '江临市人民会堂大礼堂'],
];

export async function scheduleGuide(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261210);
  const office = run.d.as(OFFICE);
  const members = await db
    .selectFrom('members as m')
    .innerJoin('users as u', 'u.member_id', 'm.id')
    .select(['m.id', 'm.name', 'm.committee_id'])
    .where('m.org_id', '=', cityId)
    .where('u.active', '=', 1)
    .orderBy('m.pinyin')
    .execute();
  const committees = await db
    .selectFrom('committees')
    .select(['id', 'name'])
    .where('org_id', '=', cityId)
    .orderBy('id')
    .execute();
  const start = dayStart(dateOf(run.end + 40 * DAY)) + 9 * HOUR;
  const day = (i: number) => dateOf(start + i * DAY);
  let id = 0;

  run.d.at(officeTime(run.end - 9 * DAY, rnd), async () => {
    const kinds: Json[] = await office.get('/api/meeting-kinds');
    const m = await office.post('/api/meetings', {
      kindId: kinds.find((k) => k.code === 'plenary').id,
      title: GUIDE_MEETING,
      description: '协商讨论政府工作报告和其他报告，审议常委会工作报告和提案工作情况报告，通过政治决议。',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * DAY + 2 * HOUR).toISOString(),
      venue: '江临市人民会堂',
    });
    id = m.id;
    await office.post(`/api/meetings/${id}/invitations`, { audience: { all: true } });
    await office.post(`/api/meetings/${id}/publish`);
  });

  // The agenda and the groups: one per special committee, its convener a member of it.
  run.d.at(officeTime(run.end - 6 * DAY, rnd), async () => {
    const G = (rest = '') => `/api/meetings/${id}/guide${rest}`;
    await office.put(G(), {
      notes:
        `请于${Number(day(-1).slice(5, 7))}月${Number(day(-1).slice(8))}日14时至20时到江临宾馆一号楼大堂报到，领取会议证件和材料。\n` +
        '全体会议请提前二十分钟入场，凭证件对号入座；分组讨论在各组会议室进行。\n会务组值班电话：0571-8700 6620。',
    });
    for (const [d, from, to, title, session, place] of AGENDA)
      await office.post(G('/agenda'), {
        day: day(d),
        startTime: from,
        endTime: to,
        title,
        session,
        place,
        byGroup: place === null,
      });
    const ordinals = '一二三四五六七八九十';
    for (const [i, c] of committees.entries()) {
      const inCommittee = members.filter((x) => x.committee_id === c.id);
      if (!inCommittee.length) continue;
      const g: Json = await office.post(G('/groups'), {
        name: `第${ordinals[i] ?? i + 1}组（${c.name.replace(/委员会$/, '')}）`,
        room: ROOMS[i % ROOMS.length]!.replace(/\d{3}/, (r) => String(Number(r) + Math.floor(i / ROOMS.length) * 2)),
        convener: rnd.pick(inCommittee).name,
      });
      await office.post(G('/assign'), { groupId: g.groups.at(-1).id, committeeId: c.id });
    }
  });

  // Seats in the hall, row by row; a room and a bus for about a third (the counties' members).
  run.d.at(officeTime(run.end - 3 * DAY, rnd), async () => {
    const seated = members.slice(0, members.length - 5);
    for (const [i, x] of seated.entries()) {
      const stays = rnd.next() < 0.34;
      const bus = rnd.pick(PICKUPS);
      const hotel = rnd.pick(HOTELS);
      await office.put(`/api/meetings/${id}/guide/members/${x.id}`, {
        seat: `${Math.floor(i / 24) + 3}排${(i % 24) + 1}座`,
        ...(stays && {
          lodging: {
            hotel,
            room: `${rnd.int(3, 9)}${String(rnd.int(1, 28)).padStart(2, '0')}`,
            checkInOn: day(-1),
            checkOutOn: day(3),
          },
          transport: {
            vehicle: bus.vehicle,
            pickupPoint: bus.point,
            pickupAt: new Date(dayStart(day(-1)) + 13 * HOUR + 30 * 60_000).toISOString(),
          },
        }),
      });
    }
  });
}
