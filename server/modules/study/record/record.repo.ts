// The learning record's own query: a member's materials finished or reflected on in a period
// (the reading rows by member, through study_material_reads_record / _member).
import type { Db } from '../../../db/tx.js';

export async function readingsOf(db: Db, memberId: number, from: string, to: string) {
  return db
    .selectFrom('study_material_reads as r')
    .innerJoin('study_materials as s', 's.id', 'r.material_id')
    .select(['s.id', 's.kind', 's.title', 's.minutes', 'r.finished_at', 'r.seconds', 'r.reflection', 'r.reflected_at'])
    .where('r.member_id', '=', memberId)
    .where('s.status', '=', 'published')
    .where((eb) =>
      eb.or([
        eb.and([eb('r.finished_at', '>=', from), eb('r.finished_at', '<', to)]),
        eb.and([eb('r.reflected_at', '>=', from), eb('r.reflected_at', '<', to)]),
      ]),
    )
    .orderBy('r.finished_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
}
