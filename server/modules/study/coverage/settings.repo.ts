// The office's settings of training coverage: its annual targets and its cohorts (named member
// lists) with their members. The figures themselves are coverage.repo.ts's.
import type { Db } from '../../../db/tx.js';
import type { CohortKind, TargetMeasure } from '../../../db/tables/study-coverage.js';

export const targetsOf = (db: Db, orgId: number, year: number) =>
  db
    .selectFrom('study_coverage_targets')
    .select(['measure', 'percent', 'updated_at'])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .execute();

export async function setTarget(
  db: Db,
  t: { orgId: number; year: number; measure: TargetMeasure; percent: number | null; by: number; at: string },
) {
  await db
    .deleteFrom('study_coverage_targets')
    .where('org_id', '=', t.orgId)
    .where('year', '=', t.year)
    .where('measure', '=', t.measure)
    .execute();
  if (t.percent === null) return;
  await db
    .insertInto('study_coverage_targets')
    .values({
      org_id: t.orgId,
      year: t.year,
      measure: t.measure,
      percent: t.percent,
      updated_by: t.by,
      created_at: t.at,
      updated_at: t.at,
    })
    .execute();
}

export const cohortById = (db: Db, id: number) =>
  db.selectFrom('study_coverage_cohorts').selectAll().where('id', '=', id).executeTakeFirst();

export const cohortMemberIds = async (db: Db, id: number) =>
  (
    await db
      .selectFrom('study_coverage_cohort_members')
      .select('member_id')
      .where('cohort_id', '=', id)
      .orderBy('member_id')
      .execute()
  ).map((r) => r.member_id);

export async function insertCohort(
  db: Db,
  c: { orgId: number; year: number; name: string; kind: CohortKind; by: number; at: string },
) {
  return db
    .insertInto('study_coverage_cohorts')
    .values({ org_id: c.orgId, year: c.year, name: c.name, kind: c.kind, created_by: c.by, created_at: c.at, updated_at: c.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export const updateCohort = (db: Db, id: number, set: { name?: string; kind?: CohortKind; updated_at: string }) =>
  db.updateTable('study_coverage_cohorts').set(set).where('id', '=', id).execute();

export async function replaceCohortMembers(db: Db, id: number, memberIds: readonly number[]) {
  await db.deleteFrom('study_coverage_cohort_members').where('cohort_id', '=', id).execute();
  if (memberIds.length)
    await db
      .insertInto('study_coverage_cohort_members')
      .values(memberIds.map((member_id) => ({ cohort_id: id, member_id })))
      .execute();
}

export async function deleteCohort(db: Db, id: number) {
  await db.deleteFrom('study_coverage_cohort_members').where('cohort_id', '=', id).execute();
  await db.deleteFrom('study_coverage_cohorts').where('id', '=', id).execute();
}

export const nameTaken = async (db: Db, orgId: number, year: number, name: string, exceptId?: number) => {
  let q = db
    .selectFrom('study_coverage_cohorts')
    .select('id')
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
};
