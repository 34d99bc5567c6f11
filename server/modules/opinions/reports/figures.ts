// The figures of 社情民意 reports: per member (the published read model the duty record reads
// through ../index.ts) and per organisation and year (the office's and leaders' page). A report
// counts in the year it was submitted; adopted counts what was adopted, published or not.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { forbidden } from '../../../platform/errors.js';
import { readsReports, reportsAccess } from './reports.policy.js';

export interface MemberReportCounts {
  memberId: number;
  /** Reports he wrote or co-wrote, submitted in the year. */
  submitted: number;
  /** Of those, adopted (published or not). */
  adopted: number;
  published: number;
  /** Of those, reports with at least one leader's instruction. */
  instructed: number;
  /** The instructions on them. */
  instructions: number;
}

async function reportRows(db: Db, orgId: number, year: number, memberIds?: readonly number[]) {
  let q = db
    .selectFrom('sqmy_report_authors as a')
    .innerJoin('sqmy_reports as r', 'r.id', 'a.report_id')
    .select(['a.member_id', 'r.id', 'r.status'])
    .where('r.org_id', '=', orgId)
    .where('r.year', '=', year);
  if (memberIds) {
    if (!memberIds.length) return [];
    q = q.where('a.member_id', 'in', [...memberIds]);
  }
  return q.execute();
}

async function instructionCounts(db: Db, orgId: number, year: number) {
  const rows = await db
    .selectFrom('sqmy_instructions as x')
    .innerJoin('sqmy_reports as r', 'r.id', 'x.report_id')
    .select('x.report_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.org_id', '=', orgId)
    .where('r.year', '=', year)
    .groupBy('x.report_id')
    .execute();
  return new Map(rows.map((r) => [r.report_id, Number(r.n)]));
}

const isAdopted = (s: string) => s === 'adopted' || s === 'published';

/** Per member of the organisation: his reports of the year, adopted, published and instructed (members with none are left out). */
export async function reportCountsOf(
  db: Db,
  q: { orgId: number; year: number; memberIds?: readonly number[] },
): Promise<MemberReportCounts[]> {
  const [rows, instructions] = await Promise.all([
    reportRows(db, q.orgId, q.year, q.memberIds),
    instructionCounts(db, q.orgId, q.year),
  ]);
  const by = new Map<number, MemberReportCounts>();
  for (const r of rows) {
    const c = by.get(r.member_id) ?? {
      memberId: r.member_id,
      submitted: 0,
      adopted: 0,
      published: 0,
      instructed: 0,
      instructions: 0,
    };
    const n = instructions.get(r.id) ?? 0;
    c.submitted++;
    if (isAdopted(r.status)) c.adopted++;
    if (r.status === 'published') c.published++;
    if (n) c.instructed++;
    c.instructions += n;
    by.set(r.member_id, c);
  }
  return [...by.values()].sort((a, b) => a.memberId - b.memberId);
}

/** The organisation's year: its reports by outcome, the forwarding, the instructions, the issues, and per member. */
export async function orgFigures(db: Db, actor: Actor, year: number) {
  reportsAccess.require(actor, 'readReportFigures');
  const orgId = actor.currentOrgId;
  if (!readsReports(actor, orgId)) throw forbidden();
  const [reports, instructions, forwarded, issues, perMember] = await Promise.all([
    db
      .selectFrom('sqmy_reports')
      .select(['id', 'status'])
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .execute(),
    instructionCounts(db, orgId, year),
    db
      .selectFrom('sqmy_forwards as f')
      .innerJoin('sqmy_reports as r', 'r.id', 'f.report_id')
      .select('f.report_id')
      .distinct()
      .where('r.org_id', '=', orgId)
      .where('r.year', '=', year)
      .execute(),
    db
      .selectFrom('sqmy_bulletins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .where('status', '=', 'published')
      .executeTakeFirst(),
    reportCountsOf(db, { orgId, year }),
  ]);
  const names = perMember.length
    ? await db
        .selectFrom('members')
        .select(['id', 'name'])
        .where(
          'id',
          'in',
          perMember.map((m) => m.memberId),
        )
        .execute()
    : [];
  const count = (f: (s: string) => boolean) => reports.filter((r) => f(r.status)).length;
  return {
    year,
    submitted: reports.length,
    pending: count((s) => s === 'submitted' || s === 'editing'),
    adopted: count(isAdopted),
    rejected: count((s) => s === 'rejected'),
    published: count((s) => s === 'published'),
    forwarded: forwarded.length,
    instructed: instructions.size,
    instructions: [...instructions.values()].reduce((a, b) => a + b, 0),
    issues: Number(issues?.n ?? 0),
    members: perMember
      .map((m) => ({ ...m, name: names.find((n) => n.id === m.memberId)?.name ?? '' }))
      .sort((a, b) => b.adopted - a.adopted || b.submitted - a.submitted || a.memberId - b.memberId),
  };
}
