// Read model for the work plan's themes: an organisation's 社情民意 reports by id or year (their
// titles for a theme's page, their ids for the year's coverage). Every status counts: a report is
// the year's work once submitted.
import type { Db } from '../../../db/tx.js';

export async function opinionReportsOf(db: Db, q: { orgId: number; year?: number; ids?: readonly number[] }) {
  if (q.ids && !q.ids.length) return [];
  let s = db.selectFrom('sqmy_reports').select(['id', 'title', 'year']).where('org_id', '=', q.orgId);
  if (q.year !== undefined) s = s.where('year', '=', q.year);
  if (q.ids) s = s.where('id', 'in', [...q.ids]);
  return s.orderBy('id').execute();
}
