// Every query of the reports' own tables: reports, authors, versions, forwarding and
// instructions. Members' names are joined for display only (the roster is the members module's).
import type { Insertable, Updateable } from 'kysely';
import type {
  ReportStatus,
  SqmyForwardsTable,
  SqmyInstructionsTable,
  SqmyReportsTable,
  SqmyReportVersionsTable,
} from '../../../db/tables/sqmy-reports.js';
import type { Db } from '../../../db/tx.js';

export interface ReportFilter {
  orgIds: readonly number[];
  year?: number;
  status?: ReportStatus;
}

export function createReportsRepo() {
  const repo = {
    insertReport: async (db: Db, row: Insertable<SqmyReportsTable>) =>
      (await db.insertInto('sqmy_reports').values(row).returning('id').executeTakeFirstOrThrow()).id,
    insertAuthors: (db: Db, reportId: number, memberIds: readonly number[]) =>
      db
        .insertInto('sqmy_report_authors')
        .values(memberIds.map((member_id, i) => ({ report_id: reportId, member_id, sort_order: i })))
        .execute(),
    insertVersion: (db: Db, row: Insertable<SqmyReportVersionsTable>) =>
      db.insertInto('sqmy_report_versions').values(row).execute(),
    update: (db: Db, id: number, set: Updateable<SqmyReportsTable>) =>
      db.updateTable('sqmy_reports').set(set).where('id', '=', id).execute(),
    byId: (db: Db, id: number) => db.selectFrom('sqmy_reports').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The authors of reports, lead first, with their names. */
    authorsOf: (db: Db, reportIds: readonly number[]) =>
      reportIds.length
        ? db
            .selectFrom('sqmy_report_authors as a')
            .innerJoin('members as m', 'm.id', 'a.member_id')
            .select(['a.report_id', 'a.member_id', 'a.sort_order', 'm.name'])
            .where('a.report_id', 'in', [...reportIds])
            .orderBy('a.report_id')
            .orderBy('a.sort_order')
            .execute()
        : Promise.resolve([]),
    isAuthor: async (db: Db, reportId: number, memberId: number | null) =>
      memberId !== null &&
      !!(await db
        .selectFrom('sqmy_report_authors')
        .select('member_id')
        .where('report_id', '=', reportId)
        .where('member_id', '=', memberId)
        .executeTakeFirst()),
    versionsOf: (db: Db, reportId: number) =>
      db.selectFrom('sqmy_report_versions').selectAll().where('report_id', '=', reportId).orderBy('number').execute(),
    lastVersion: async (db: Db, reportId: number) =>
      (
        await db
          .selectFrom('sqmy_report_versions')
          .select((eb) => eb.fn.max('number').as('n'))
          .where('report_id', '=', reportId)
          .executeTakeFirst()
      )?.n ?? 0,

    /** The office's inbox and the readers' list, newest first. */
    list: (db: Db, f: ReportFilter) => {
      let q = db
        .selectFrom('sqmy_reports')
        .select(['id', 'org_id', 'year', 'title', 'status', 'source', 'created_at', 'updated_at', 'decided_at'])
        .where('org_id', 'in', [...f.orgIds]);
      if (f.year !== undefined) q = q.where('year', '=', f.year);
      if (f.status) q = q.where('status', '=', f.status);
      return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute();
    },
    /** A member's own reports (as any author), newest first. */
    ofMember: (db: Db, memberId: number) =>
      db
        .selectFrom('sqmy_reports as r')
        .innerJoin('sqmy_report_authors as a', 'a.report_id', 'r.id')
        .select(['r.id', 'r.org_id', 'r.year', 'r.title', 'r.status', 'r.source', 'r.created_at', 'r.updated_at'])
        .select('r.decided_at')
        .where('a.member_id', '=', memberId)
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .execute(),

    forwardsOf: (db: Db, reportId: number) =>
      db.selectFrom('sqmy_forwards').selectAll().where('report_id', '=', reportId).orderBy('forwarded_on').execute(),
    insertForward: async (db: Db, row: Insertable<SqmyForwardsTable>) =>
      (await db.insertInto('sqmy_forwards').values(row).returning('id').executeTakeFirstOrThrow()).id,
    instructionsOf: (db: Db, reportId: number) =>
      db
        .selectFrom('sqmy_instructions')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('instructed_on')
        .orderBy('id')
        .execute(),
    instructionById: (db: Db, id: number) =>
      db.selectFrom('sqmy_instructions').selectAll().where('id', '=', id).executeTakeFirst(),
    insertInstruction: async (db: Db, row: Insertable<SqmyInstructionsTable>) =>
      (await db.insertInto('sqmy_instructions').values(row).returning('id').executeTakeFirstOrThrow()).id,
    updateInstruction: (db: Db, id: number, set: Updateable<SqmyInstructionsTable>) =>
      db.updateTable('sqmy_instructions').set(set).where('id', '=', id).execute(),

    /** The issue a report is printed in, if any. */
    issueOf: (db: Db, reportId: number) =>
      db
        .selectFrom('sqmy_bulletin_items as i')
        .innerJoin('sqmy_bulletins as b', 'b.id', 'i.bulletin_id')
        .select(['b.id', 'b.name', 'b.year', 'b.number', 'b.status', 'b.issued_on'])
        .where('i.report_id', '=', reportId)
        .executeTakeFirst(),
  };
  return repo;
}

export type ReportsRepo = ReturnType<typeof createReportsRepo>;
