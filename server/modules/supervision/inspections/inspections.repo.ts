// Every query of inspections: the inspection with its leader's name, the office's and a
// member's lists, participants, sites, the people and units to choose from, and the read model
// of a member's inspections (the duty record). Recommendations are in recommendations.repo.ts.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  InspectionStatus,
  SupervisionInspectionSitesTable,
  SupervisionInspectionsTable,
} from '../../../db/tables/supervision-inspections.js';
import { COUNTED } from './inspections.model.js';

export type InspectionRow = Selectable<SupervisionInspectionsTable>;
export type SiteRow = Selectable<SupervisionInspectionSitesTable>;

export interface InspectionFilter {
  orgId?: number;
  /** Those this member takes part in (a participant or the leader). */
  memberId?: number;
  /** Hidden from participants (drafts). */
  statuses?: readonly InspectionStatus[];
  year?: number;
}

const withLeader = (db: Db) =>
  db
    .selectFrom('supervision_inspections as i')
    .leftJoin('members as lm', 'lm.id', 'i.leader_member_id')
    .leftJoin('users as lu', 'lu.id', 'i.leader_user_id')
    .selectAll('i')
    .select(['lm.name as leader_member_name', 'lu.display_name as leader_user_name']);

export function createInspectionRepo() {
  /** The member is a participant or the leader. */
  async function takesPart(db: Db, i: Pick<InspectionRow, 'id' | 'leader_member_id'>, memberId: number | null) {
    if (memberId === null) return false;
    if (i.leader_member_id === memberId) return true;
    const r = await db
      .selectFrom('supervision_inspection_participants')
      .select('id')
      .where('inspection_id', '=', i.id)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    return r !== undefined;
  }

  return {
    get: (db: Db, id: number) =>
      db.selectFrom('supervision_inspections').selectAll().where('id', '=', id).executeTakeFirst(),
    item: (db: Db, id: number) => withLeader(db).where('i.id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<SupervisionInspectionsTable>) =>
      db.insertInto('supervision_inspections').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<SupervisionInspectionsTable>) =>
      db.updateTable('supervision_inspections').set(set).where('id', '=', id).execute(),

    async list(db: Db, f: InspectionFilter, page: number, pageSize: number) {
      let q = withLeader(db);
      if (f.orgId !== undefined) q = q.where('i.org_id', '=', f.orgId);
      if (f.statuses) q = q.where('i.status', 'in', f.statuses);
      if (f.year !== undefined) {
        q = q.where('i.starts_on', '>=', `${f.year}-01-01`).where('i.starts_on', '<', `${f.year + 1}-01-01`);
      }
      if (f.memberId !== undefined) {
        const memberId = f.memberId;
        q = q.where((eb) =>
          eb.or([
            eb('i.leader_member_id', '=', memberId),
            eb.exists(
              eb
                .selectFrom('supervision_inspection_participants as p')
                .select('p.id')
                .whereRef('p.inspection_id', '=', 'i.id')
                .where('p.member_id', '=', memberId),
            ),
          ]),
        );
      }
      const [items, total] = await Promise.all([
        q
          .orderBy('i.starts_on', 'desc')
          .orderBy('i.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q
          .clearSelect()
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    /** How many participants, sites and recommendations (open ones too) each inspection has. */
    async counts(db: Db, ids: number[]) {
      const out = new Map<number, { participants: number; sites: number; recommendations: number; open: number }>();
      if (!ids.length) return out;
      for (const id of ids) out.set(id, { participants: 0, sites: 0, recommendations: 0, open: 0 });
      const [p, s, r] = await Promise.all([
        db
          .selectFrom('supervision_inspection_participants')
          .select(['inspection_id', sql<number>`count(*)`.as('n')])
          .where('inspection_id', 'in', ids)
          .groupBy('inspection_id')
          .execute(),
        db
          .selectFrom('supervision_inspection_sites')
          .select(['inspection_id', sql<number>`count(*)`.as('n')])
          .where('inspection_id', 'in', ids)
          .groupBy('inspection_id')
          .execute(),
        db
          .selectFrom('supervision_recommendations')
          .select([
            'inspection_id',
            sql<number>`count(*)`.as('n'),
            sql<number>`sum(case when status in ('routed', 'answered') then 1 else 0 end)`.as('open'),
          ])
          .where('inspection_id', 'in', ids)
          .groupBy('inspection_id')
          .execute(),
      ]);
      for (const x of p) out.get(Number(x.inspection_id))!.participants = Number(x.n);
      for (const x of s) out.get(Number(x.inspection_id))!.sites = Number(x.n);
      for (const x of r)
        Object.assign(out.get(Number(x.inspection_id))!, { recommendations: Number(x.n), open: Number(x.open) });
      return out;
    },

    participants: (db: Db, inspectionId: number) =>
      db
        .selectFrom('supervision_inspection_participants as p')
        .innerJoin('members as m', 'm.id', 'p.member_id')
        .leftJoin('sectors as s', 's.id', 'm.sector_id')
        .select(['m.id', 'm.name', 'm.pinyin', 's.name as sector_name', 'm.work_unit'])
        .where('p.inspection_id', '=', inspectionId)
        .orderBy('m.pinyin')
        .execute(),
    async setParticipants(db: Db, inspectionId: number, memberIds: readonly number[], at: string) {
      await db.deleteFrom('supervision_inspection_participants').where('inspection_id', '=', inspectionId).execute();
      if (memberIds.length)
        await db
          .insertInto('supervision_inspection_participants')
          .values(memberIds.map((member_id) => ({ inspection_id: inspectionId, member_id, added_at: at })))
          .execute();
    },
    takesPart,
    /** The viewer's relation to the inspection (inspections.policy.ts). */
    async relationOf(db: Db, i: Pick<InspectionRow, 'id' | 'leader_member_id'>, memberId: number | null) {
      const [part, rec] = await Promise.all([
        takesPart(db, i, memberId),
        db.selectFrom('supervision_recommendations').select('id').where('inspection_id', '=', i.id).executeTakeFirst(),
      ]);
      return { takesPart: part, hasRecommendations: rec !== undefined };
    },
    /** The active accounts of the participants and of the leader (a member or an account). */
    async peopleToTell(db: Db, i: Pick<InspectionRow, 'id' | 'leader_member_id' | 'leader_user_id'>) {
      const rows = await db
        .selectFrom('users')
        .select('id')
        .where('active', '=', 1)
        .where((eb) =>
          eb.or([
            eb(
              'member_id',
              'in',
              eb
                .selectFrom('supervision_inspection_participants')
                .select('member_id')
                .where('inspection_id', '=', i.id),
            ),
            eb('member_id', '=', i.leader_member_id ?? -1),
            eb('id', '=', i.leader_user_id ?? -1),
          ]),
        )
        .execute();
      return rows.map((r) => r.id);
    },

    sites: (db: Db, inspectionId: number) =>
      db
        .selectFrom('supervision_inspection_sites as s')
        .leftJoin('handling_units as hu', 'hu.id', 's.unit_id')
        .selectAll('s')
        .select('hu.name as unit_name')
        .where('s.inspection_id', '=', inspectionId)
        .orderBy('s.sort_order')
        .orderBy('s.id')
        .execute(),
    site: (db: Db, id: number) =>
      db.selectFrom('supervision_inspection_sites').selectAll().where('id', '=', id).executeTakeFirst(),
    insertSite: (db: Db, row: Insertable<SupervisionInspectionSitesTable>) =>
      db.insertInto('supervision_inspection_sites').values(row).returning('id').executeTakeFirstOrThrow(),
    updateSite: (db: Db, id: number, set: Updateable<SupervisionInspectionSitesTable>) =>
      db.updateTable('supervision_inspection_sites').set(set).where('id', '=', id).execute(),
    deleteSite: (db: Db, id: number) => db.deleteFrom('supervision_inspection_sites').where('id', '=', id).execute(),
    siteInUse: async (db: Db, id: number) =>
      (await db.selectFrom('supervision_recommendations').select('id').where('site_id', '=', id).executeTakeFirst()) !==
      undefined,
    nextSiteOrder: async (db: Db, inspectionId: number) => {
      const r = await db
        .selectFrom('supervision_inspection_sites')
        .select(sql<number>`coalesce(max(sort_order), -1)`.as('n'))
        .where('inspection_id', '=', inspectionId)
        .executeTakeFirstOrThrow();
      return Number(r.n) + 1;
    },

    /** The members among `ids` who are active on the organisation's roster. */
    activeMembersOf: async (db: Db, orgId: number, ids: readonly number[]) =>
      ids.length
        ? (
            await db
              .selectFrom('members')
              .select('id')
              .where('org_id', '=', orgId)
              .where('active', '=', 1)
              .where('id', 'in', ids)
              .execute()
          ).map((r) => r.id)
        : [],
    unitOf: (db: Db, id: number) =>
      db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', '=', id)
        .executeTakeFirst(),
    userOf: (db: Db, id: number) =>
      db
        .selectFrom('users')
        .select(['id', 'org_id', 'display_name', 'active', 'member_id', 'unit_id'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** Who the office may pick: the roster's active members, the leaders' and staff's accounts, the units. */
    choices: (db: Db, orgId: number) =>
      Promise.all([
        db
          .selectFrom('members as m')
          .leftJoin('sectors as s', 's.id', 'm.sector_id')
          .select(['m.id', 'm.name', 'm.pinyin', 's.name as sector_name', 'm.work_unit'])
          .where('m.org_id', '=', orgId)
          .where('m.active', '=', 1)
          .orderBy('m.pinyin')
          .execute(),
        db
          .selectFrom('users')
          .select(['id', 'display_name', 'leader_title'])
          .where('org_id', '=', orgId)
          .where('active', '=', 1)
          .where('member_id', 'is', null)
          .where('unit_id', 'is', null)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('handling_units')
          .select(['id', 'name'])
          .where('org_id', '=', orgId)
          .where('active', '=', 1)
          .orderBy('sort_order')
          .orderBy('id')
          .execute(),
      ]),

    /** A member's inspections of a year (by planned start), taken part in or led, not drafts or cancelled. */
    inspectionsOf: (db: Db, memberId: number, year: number) => {
      return (
        db
          .selectFrom('supervision_inspections as i')
          .select([
            'i.id',
            'i.org_id',
            'i.title',
            'i.kind',
            'i.starts_on',
            'i.ends_on',
            'i.status',
            'i.leader_member_id',
          ])
          .where('i.status', 'in', COUNTED)
          // Planned dates are calendar dates: the year is a plain range of them.
          .where('i.starts_on', '>=', `${year}-01-01`)
          .where('i.starts_on', '<', `${year + 1}-01-01`)
          .where((eb) =>
            eb.or([
              eb('i.leader_member_id', '=', memberId),
              eb.exists(
                eb
                  .selectFrom('supervision_inspection_participants as p')
                  .select('p.id')
                  .whereRef('p.inspection_id', '=', 'i.id')
                  .where('p.member_id', '=', memberId),
              ),
            ]),
          )
          .orderBy('i.starts_on')
          .orderBy('i.id')
          .execute()
      );
    },
  };
}

export type InspectionRepo = ReturnType<typeof createInspectionRepo>;
export type InspectionItemRow = NonNullable<Awaited<ReturnType<InspectionRepo['item']>>>;
