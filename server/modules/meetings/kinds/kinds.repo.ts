// Every query of meeting kinds.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { MeetingKindsTable } from '../../../db/tables/meetings.js';
import { DEFAULT_KINDS } from './kinds.model.js';

export type KindRow = Selectable<MeetingKindsTable>;

export function createKindRepo() {
  return {
    list: (db: Db, orgId: number) =>
      db
        .selectFrom('meeting_kinds')
        .selectAll()
        .where('org_id', '=', orgId)
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    get: (db: Db, id: number) => db.selectFrom('meeting_kinds').selectAll().where('id', '=', id).executeTakeFirst(),
    hasAny: async (db: Db, orgId: number) =>
      !!(await db.selectFrom('meeting_kinds').select('id').where('org_id', '=', orgId).executeTakeFirst()),
    codeTaken: async (db: Db, orgId: number, code: string) =>
      !!(await db
        .selectFrom('meeting_kinds')
        .select('id')
        .where('org_id', '=', orgId)
        .where('code', '=', code)
        .executeTakeFirst()),
    insert: (db: Db, row: Insertable<MeetingKindsTable>) =>
      db.insertInto('meeting_kinds').values(row).returningAll().executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingKindsTable>) =>
      db.updateTable('meeting_kinds').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    /** The default kinds, each once: a code the organisation already has is left as it is. */
    insertDefaults: (db: Db, orgId: number, now: string) =>
      db
        .insertInto('meeting_kinds')
        .values(
          DEFAULT_KINDS.map((k, i) => ({
            org_id: orgId,
            code: k.code,
            name: k.name,
            category: k.category,
            attendance_mode: k.attendanceMode,
            counts_as: k.countsAs,
            study_kind: k.studyKind,
            checkin_method: k.checkinMethod,
            default_audience: JSON.stringify(k.defaultAudience),
            allows_decline: k.allowsDecline ? 1 : 0,
            questions_enabled: k.questionsEnabled ? 1 : 0,
            late_grace_minutes: k.lateGraceMinutes,
            sort_order: (i + 1) * 10,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['org_id', 'code']).doNothing())
        .execute(),
  };
}

export type KindRepo = ReturnType<typeof createKindRepo>;
