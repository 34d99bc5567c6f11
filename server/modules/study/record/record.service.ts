// A member's learning record (学习档案) for a year: the study and training sessions he attended
// (the meetings module's published attendanceOf, never its tables), the materials he finished
// with the time spent, his reflections, and the totals. Three queries: the member, his
// attendance, his readings. The member reads his own; the office and leaders any member of the
// organisations they see.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate, chinaYearBounds, type Clock } from '../../../platform/clock.js';
import { notFound } from '../../../platform/errors.js';
import { attendanceOf } from '../../meetings/index.js';
import { membersByIds } from '../../members/index.js';
import { ATTENDED, STUDY_COUNTS_AS, sessionHours, sumHours } from './record.model.js';
import { recordAccess } from './record.policy.js';
import { readingsOf } from './record.repo.js';

export function createRecordService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function recordOf(memberId: number, orgId: number, name: string, year: number) {
    const { from, to } = chinaYearBounds(year);
    const now = clock.now().toISOString();
    const [attendance, readings] = await Promise.all([
      attendanceOf(db, { orgIds: [orgId], memberIds: [memberId], from, to }, now),
      readingsOf(db, memberId, from, to),
    ]);
    const sessions = attendance
      .filter(
        (a) => a.countsAs && STUDY_COUNTS_AS.includes(a.countsAs) && a.attendance && ATTENDED.includes(a.attendance),
      )
      .map((a) => ({
        meetingId: a.meetingId,
        title: a.title,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        countsAs: a.countsAs!,
        studyKind: a.studyKind,
        attendance: a.attendance!,
        hours: sessionHours(a.startsAt, a.endsAt),
      }));
    const inYear = (t: string | null) => !!t && t >= from && t < to;
    const finished = readings.filter((r) => inYear(r.finished_at));
    return {
      member: { id: memberId, name },
      year,
      totals: {
        sessions: sessions.length,
        hours: sumHours(sessions.map((s) => s.hours)),
        materials: finished.length,
        readingMinutes: Math.round(finished.reduce((a, r) => a + r.seconds, 0) / 60),
        reflections: readings.filter((r) => inYear(r.reflected_at)).length,
      },
      sessions,
      materials: readings.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        minutes: r.minutes,
        finishedAt: inYear(r.finished_at) ? r.finished_at : null,
        seconds: r.seconds,
        reflection: r.reflection,
        reflectedAt: r.reflected_at,
      })),
    };
  }
  const thisYear = () => Number(chinaDate(clock.now()).slice(0, 4));

  return {
    /** His own record, through his account's member link (an account without one has none). */
    async mine(actor: Actor, year: number | undefined) {
      recordAccess.require(actor, 'studyRecordMine');
      const [m] = actor.memberId ? await membersByIds(db, [actor.memberId]) : [];
      if (!m) throw notFound('NOT_A_MEMBER', '您的账号未关联委员档案');
      return recordOf(m.id, m.org_id, m.name, year ?? thisYear());
    },
    /** Any member of the organisations the office or leader sees; another's is missing. */
    async ofMember(actor: Actor, memberId: number, year: number | undefined) {
      recordAccess.require(actor, 'studyRecordOfMember');
      const [m] = await membersByIds(db, [memberId]);
      if (!m || !actor.visibleOrgIds.includes(m.org_id)) throw notFound();
      return recordOf(m.id, m.org_id, m.name, year ?? thisYear());
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
