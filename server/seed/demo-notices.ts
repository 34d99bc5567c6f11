// The demo organisation's notices (通知公告), posted through the API on the dates they go out:
// the registration notice of this year's plenary (linked to it, read by nearly everyone before
// the opening), a call for the members' yearly duty reports to the whole body, still partly
// unread with one reminder sent, and a draft for one committee. Its own random source, so the
// rest of the demo is the same with or without it.
import { DAY, HOUR } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import type { SeedRun } from './demo-run.js';
import { officeTime } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';

export async function scheduleNotices(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261209);
  const members = (
    await db
      .selectFrom('users as u')
      .innerJoin('members as m', 'm.id', 'u.member_id')
      .select('u.username')
      .where('m.org_id', '=', cityId)
      .where('u.active', '=', 1)
      .orderBy('m.id')
      .execute()
  ).map((r) => r.username);
  const office = run.d.as(OFFICE);
  const post = async (n: Record<string, unknown>) => {
    const { id } = (await office.post('/api/meeting-notices', n)) as Json;
    await office.post(`/api/meeting-notices/${id}/publish`);
    return id as number;
  };
  /** Some of the members open the notice, one by one over the following days. */
  const readers = (id: () => number, from: number, share: number, days: number) => {
    const who = members.filter(() => rnd.next() < share);
    who.forEach((username, i) =>
      run.d.at(from + HOUR + (i / who.length) * days * DAY, async () => {
        await run.d.as(username).post(`/api/meeting-notices/${id()}/read`);
      }),
    );
  };

  // 1. Registration for the plenary, ten days before its opening (the meeting is announced two days earlier).
  const plenaryStart = Date.parse('2026-01-12T09:00:00+08:00');
  const regAt = officeTime(plenaryStart - 10 * DAY, rnd);
  let registration = 0;
  run.d.at(regAt, async () => {
    const list = (await office.get('/api/meetings?scope=org&pageSize=50')).items as Json[];
    const plenary = list.find((m) => String(m.title).includes('第五次会议开幕大会'));
    registration = await post({
      title: '关于做好市政协十五届五次会议报到工作的通知',
      body: [
        '各位委员：',
        '市政协十五届五次会议定于1月12日上午开幕。请于1月11日14:00至18:00到江临宾馆一号楼大堂报到，领取会议材料和出席证。',
        '因公务确实不能出席的，请于1月8日前通过手机端提交请假申请，写明事由。',
        '会议期间请佩戴出席证，按分组安排参加讨论；驻地用餐和住宿安排见会务指南。',
      ].join('\n'),
      audience: { all: true },
      meetingId: plenary?.id ?? null,
    });
  });
  readers(() => registration, regAt, 0.93, 6);

  // 2. The yearly duty reports: posted nine days ago, about six in ten have read it, one reminder sent three days ago.
  const reportAt = officeTime(run.end - 9 * DAY, rnd);
  let reports = 0;
  run.d.at(reportAt, async () => {
    reports = await post({
      title: '关于报送2026年度委员履职情况的通知',
      body: [
        '各位委员：',
        '根据委员履职管理办法，请对照年度履职清单，梳理本人参加会议、提交提案、反映社情民意和参加视察调研等情况。',
        '请于12月20日前在履职平台核对本人履职记录，如有遗漏请补充说明并附相关材料，由所在专委会汇总后报委员工作室。',
      ].join('\n'),
      audience: { all: true },
    });
  });
  readers(() => reports, reportAt, 0.6, 7);
  run.d.at(officeTime(run.end - 3 * DAY, rnd), async () => {
    await office.post(`/api/meeting-notices/${reports}/remind`);
  });

  // 3. A draft for the proposals committee, still being worded.
  run.d.at(officeTime(run.end - 2 * DAY, rnd) + HOUR, async () => {
    const committees = await db.selectFrom('committees').select(['id', 'name']).where('org_id', '=', cityId).execute();
    await office.post('/api/meeting-notices', {
      title: '关于开展重点提案督办“回头看”的通知（征求意见稿）',
      body: '请提案委员会各位委员结合联系部门情况，提出今年重点提案“回头看”的选题建议和实地督办点位。',
      audience: { committeeIds: [committees.find((c) => c.name === '提案委员会')!.id] },
    });
  });
}
