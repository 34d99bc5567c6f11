// The demo's work around the proposals: key proposals (nomination, the chair's meeting,
// the leading leader's instructions, visits and meetings), the year's excellent proposals and
// the members' scores of the units each January, the weekly reminder run, and users reading
// their older notices.
import { KEY_EVENTS, KEY_NOMINATION_NOTES } from './corpus/workflow-texts.js';
import type { DemoOrg } from './demo-context.js';
import { DEMO_ACCOUNTS } from './demo.js';
import { nowMs, say, track, type Live, type SeedRun } from './demo-run.js';
import { DAY, dateOf, dayStart, officeTime, plus } from './demo-time.js';

export function nominateKey(run: SeedRun, l: Live): void {
  const { d, rnd } = run;
  const p = l.plan;
  const office = d.as(p.org.office);
  const url = `/api/proposals/${l.id}/key`;
  d.at(officeTime(plus(nowMs(run), rnd.int(2, 8)), rnd), async () => {
    track(l, await office.post(`${url}/nominate`, { note: say(run, p.org, KEY_NOMINATION_NOTES) }));
    if (p.key === 'nominate') return;
    const meeting = officeTime(plus(nowMs(run), rnd.int(7, 18)), rnd);
    d.at(officeTime(meeting + 6 * 3_600_000, rnd), async () => {
      const year = dateOf(meeting).slice(0, 4);
      const n = (run.chairMeetings.get(`${p.org.id}:${year}`) ?? rnd.int(2, 4)) + 1;
      run.chairMeetings.set(`${p.org.id}:${year}`, n);
      const approved = p.key === 'approve';
      track(
        l,
        await d.as(p.org.chair ?? p.org.office).post(`${url}/decision`, {
          approved,
          meetingDate: dateOf(meeting),
          note: `${year}年第${n}次主席会议${approved ? '' : '认为该提案可按一般提案办理'}`,
        }),
      );
      if (approved) leadKey(run, l);
    });
  });
}

function leadKey(run: SeedRun, l: Live): void {
  const { d, rnd } = run;
  const p = l.plan;
  const leader = rnd.pick(p.org.leaders);
  const url = `/api/proposals/${l.id}/key`;
  const unit = p.units[0]!.name;
  const record = (at: number, by: string, kind: keyof typeof KEY_EVENTS) =>
    d.at(at, async () => {
      await d.as(by).post(`${url}/events`, {
        kind,
        happenedOn: dateOf(nowMs(run)),
        summary: say(run, p.org, KEY_EVENTS[kind], { s: p.subject, u: unit }),
      });
    });
  d.at(officeTime(plus(nowMs(run), rnd.int(1, 3)), rnd), async () => {
    track(l, await d.as(p.org.office).put(`${url}/leader`, { leaderUserId: run.userIds.get(leader) }));
    const at = nowMs(run);
    record(officeTime(plus(at, rnd.int(2, 7)), rnd), leader, 'instruction');
    record(officeTime(plus(at, rnd.int(20, 45)), rnd), p.org.office, 'visit');
    record(officeTime(plus(at, rnd.int(50, 75)), rnd), leader, 'meeting');
  });
}

/** Each January: last year's excellent proposals, and the members' scores of the units. */
export function scheduleYearEnds(run: SeedRun, orgs: DemoOrg[]): void {
  const { d, rnd } = run;
  for (const org of orgs) {
    const years = org.sessions.slice(0, -1).map((s) => Number(s.opens.slice(0, 4)));
    for (const year of years) {
      const count = org.level === 'city' ? 2 : year % 2 ? 1 : 0;
      d.at(officeTime(dayStart(`${year + 1}-01-05`), rnd), async () => {
        const pool = [...run.live.values()].filter(
          (l) =>
            l.plan.org === org &&
            l.state === 'closed' &&
            l.satisfied &&
            (l.resultClass === 'A' || l.resultClass === 'B') &&
            dateOf(Date.parse(l.repliedAt ?? '1970-01-01')).startsWith(String(year)),
        );
        for (let i = 0; i < count && pool.length; i++) {
          const l = pool.splice(rnd.int(0, pool.length - 1), 1)[0]!;
          track(l, await d.as(org.office).post(`/api/proposals/${l.id}/excellent`, { year }));
        }
      });
      d.at(officeTime(dayStart(`${year + 1}-01-16`), rnd), async () => {
        await d.as(org.office).put('/api/proposals/unit-evaluation/scores', {
          year,
          scores: org.units.map((u) => ({ unitId: u.id, score: rnd.int(720, 975) / 10 })),
        });
      });
    }
  }
}

/** The hourly reminder job, run weekly in simulated time (reminders and invitation expiry). */
export function scheduleTicks(run: SeedRun, start: number, end: number): void {
  for (let t = dayStart(dateOf(start)) + 9 * 3_600_000; t < end; t += 7 * DAY)
    run.d.at(t, () => run.d.platform.jobs.tick());
}

/** Three weeks before the demo's today the office, leaders and units have read what they were told until then, and most members. */
export function scheduleReading(run: SeedRun, end: number): void {
  const { d, rnd } = run;
  d.at(end - 21 * DAY, async () => {
    const rows = await d.platform.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.username', 'u.member_id'])
      .distinct()
      .where('n.read_at', 'is', null)
      .orderBy('u.username')
      .execute();
    const demoSignIns = new Set(DEMO_ACCOUNTS.map((a) => a.username));
    for (const r of rows) {
      if (!r.member_id || demoSignIns.has(r.username) || rnd.next() < 0.8)
        await d.as(r.username).post('/api/notifications/read-all', {});
    }
  });
}
