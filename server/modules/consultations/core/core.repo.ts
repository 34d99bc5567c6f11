// Every query of the consultations' own rows and their invited units.
import type { Insertable, Updateable } from 'kysely';
import type { ConsultationsTable } from '../../../db/tables/consultations.js';
import type { Db } from '../../../db/tx.js';

export function createConsultationRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst(),
    byTokenHash: (db: Db, hash: string) =>
      db.selectFrom('consultations').selectAll().where('public_token_hash', '=', hash).executeTakeFirst(),
    /** The consultations of `orgIds`, newest first (the report's JSON is left out of lists). */
    listFor: (db: Db, orgIds: readonly number[]) =>
      db
        .selectFrom('consultations as c')
        .innerJoin('organisations as o', 'o.id', 'c.org_id')
        .select([
          'c.id',
          'c.org_id',
          'o.short_name as org_name',
          'c.title',
          'c.status',
          'c.opens_on',
          'c.closes_on',
          'c.public_mode',
          'c.source',
        ])
        .where('c.org_id', 'in', [...orgIds])
        .orderBy('c.opens_on', 'desc')
        .orderBy('c.id', 'desc')
        .execute(),
    /** Open consultations a member of `orgId` or a user of `unitId` takes part in. */
    openFor: async (db: Db, orgId: number, memberOfOrg: boolean, unitId: number | null) => {
      if (!memberOfOrg && unitId === null) return [];
      return db
        .selectFrom('consultations as c')
        .select(['c.id', 'c.title', 'c.description', 'c.opens_on', 'c.closes_on'])
        .where('c.status', '=', 'open')
        .where((w) => {
          const asMember = w.and([w('c.org_id', '=', orgId), w('c.members_take_part', '=', 1)]);
          const asUnit = w.exists(
            w
              .selectFrom('consultation_units as u')
              .select('u.id')
              .whereRef('u.consultation_id', '=', 'c.id')
              .where('u.unit_id', '=', unitId ?? 0),
          );
          if (memberOfOrg && unitId !== null) return w.or([asMember, asUnit]);
          return memberOfOrg ? asMember : asUnit;
        })
        .orderBy('c.closes_on')
        .orderBy('c.id')
        .execute();
    },
    insert: async (db: Db, row: Insertable<ConsultationsTable>) =>
      (await db.insertInto('consultations').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, patch: Updateable<ConsultationsTable>) =>
      db.updateTable('consultations').set(patch).where('id', '=', id).execute(),

    unitIds: async (db: Db, consultationId: number) =>
      (
        await db
          .selectFrom('consultation_units')
          .select('unit_id')
          .where('consultation_id', '=', consultationId)
          .orderBy('unit_id')
          .execute()
      ).map((r) => r.unit_id),
    setUnits: async (db: Db, consultationId: number, unitIds: readonly number[]) => {
      await db.deleteFrom('consultation_units').where('consultation_id', '=', consultationId).execute();
      if (unitIds.length)
        await db
          .insertInto('consultation_units')
          .values(unitIds.map((unit_id) => ({ consultation_id: consultationId, unit_id })))
          .execute();
    },
    /** The ids among `unitIds` that are active handling units of the organisation. */
    unitsOfOrg: async (db: Db, orgId: number, unitIds: readonly number[]) =>
      unitIds.length
        ? (
            await db
              .selectFrom('handling_units')
              .select('id')
              .where('org_id', '=', orgId)
              .where('active', '=', 1)
              .where('id', 'in', [...unitIds])
              .execute()
          ).map((r) => r.id)
        : [],
    topicOfOrg: (db: Db, orgId: number, topicId: number) =>
      db
        .selectFrom('workplan_topics')
        .select('id')
        .where('id', '=', topicId)
        .where('org_id', '=', orgId)
        .executeTakeFirst(),
    meetingOfOrg: (db: Db, orgId: number, meetingId: number) =>
      db.selectFrom('meetings').select('id').where('id', '=', meetingId).where('org_id', '=', orgId).executeTakeFirst(),
    /** Statements by status, and votes and participants, for the detail page. */
    counts: async (db: Db, consultationId: number) => {
      const statements = await db
        .selectFrom('consultation_statements')
        .select(['status', db.fn.countAll<number>().as('n')])
        .where('consultation_id', '=', consultationId)
        .groupBy('status')
        .execute();
      const votes = await db
        .selectFrom('consultation_votes')
        .select([db.fn.countAll<number>().as('n'), db.fn.count<number>('participant_id').distinct().as('p')])
        .where('consultation_id', '=', consultationId)
        .executeTakeFirstOrThrow();
      const by = Object.fromEntries(statements.map((r) => [r.status, Number(r.n)]));
      return {
        accepted: by['accepted'] ?? 0,
        pending: by['pending'] ?? 0,
        rejected: by['rejected'] ?? 0,
        votes: Number(votes.n),
        voters: Number(votes.p),
      };
    },
  };
}

export type ConsultationRepo = ReturnType<typeof createConsultationRepo>;
export type ConsultationRow = NonNullable<Awaited<ReturnType<ConsultationRepo['get']>>>;
