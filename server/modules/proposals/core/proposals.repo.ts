// Core queries of the proposals module: the proposal row, its proposers, numbering, and
// the look-ups the workflow needs of other modules' data (terms and sessions, members, units,
// who to notify), which those modules publish as read models.
// Handling, feedback, lists and statistics keep their queries in their own repo files.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { engineOf } from '../../../db/dialect.js';
import type { Db } from '../../../db/tx.js';
import { conflict } from '../../../platform/errors.js';
import { activeUserIdsOfMembers, activeUserIdsOfUnits, activeUserIdsWithRoles } from '../../accounts/index.js';
import { memberById, membersByIds } from '../../members/index.js';
import { currentTerm, namedRefById, sessionById, termById, termSessions, unitsByIds } from '../../orgs/index.js';
import type { ProposalAssignmentsTable, ProposalProposersTable, ProposalsTable } from '../../../db/tables/proposals.js';
import { loadSettings } from '../settings/settings.repo.js';

export type ProposalRow = Selectable<ProposalsTable>;
export type ProposerRow = Selectable<ProposalProposersTable> & { member_name: string; sector_id: number };
export type UnitAssignment = Pick<Selectable<ProposalAssignmentsTable>, 'id' | 'role' | 'status' | 'round'>;

/** What a signed lead or split unit's formal reply still waits for under its organisation's rules. */
export interface ReplyWaits {
  /** A contact with the proposer must be recorded first, and the unit has recorded none. */
  contact: boolean;
  /** The co units whose opinion the lead's reply must wait for (pending sign or signed without an opinion). */
  coUnits: string[];
}

export function createProposalRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Reads the row for a state change; on PostgreSQL the row stays locked until commit. */
    async getForUpdate(db: Db, id: number) {
      const q = db.selectFrom('proposals').selectAll().where('id', '=', id);
      return engineOf(db) === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
    },

    insert: (db: Db, row: Insertable<ProposalsTable>) =>
      db.insertInto('proposals').values(row).returningAll().executeTakeFirstOrThrow(),

    /** Updates and bumps the version; with `expectedVersion` a concurrent edit is a 409. */
    async update(db: Db, id: number, set: Updateable<ProposalsTable>, expectedVersion?: number): Promise<ProposalRow> {
      let q = db
        .updateTable('proposals')
        .set({ ...set, version: sql`version + 1` })
        .where('id', '=', id);
      if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
      const row = await q.returningAll().executeTakeFirst();
      if (!row) throw conflict('STALE_VERSION');
      return row;
    },

    proposers: (db: Db, proposalId: number): Promise<ProposerRow[]> =>
      db
        .selectFrom('proposal_proposers as pp')
        .innerJoin('members as m', 'm.id', 'pp.member_id')
        .selectAll('pp')
        .select(['m.name as member_name', 'm.sector_id'])
        .where('pp.proposal_id', '=', proposalId)
        .orderBy('pp.sort_order')
        .orderBy('pp.member_id')
        .execute(),

    proposerRelation: (db: Db, proposalId: number, memberId: number) =>
      db
        .selectFrom('proposal_proposers')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .where('member_id', '=', memberId)
        .executeTakeFirst(),

    addProposer: (db: Db, row: Insertable<ProposalProposersTable>) =>
      db
        .insertInto('proposal_proposers')
        .values(row)
        .onConflict((oc) => oc.columns(['proposal_id', 'member_id']).doNothing())
        .execute(),

    removeProposer: (db: Db, proposalId: number, memberId: number) =>
      db
        .deleteFrom('proposal_proposers')
        .where('proposal_id', '=', proposalId)
        .where('member_id', '=', memberId)
        .execute(),

    setProposerStatus: (db: Db, proposalId: number, memberId: number, status: ProposerRow['status'], at: string) =>
      db
        .updateTable('proposal_proposers')
        .set({ status, responded_at: at })
        .where('proposal_id', '=', proposalId)
        .where('member_id', '=', memberId)
        .execute(),

    /** Invitations still open past their deadline, across all proposals (for the expiry task). */
    expiredInvitations: (db: Db, today: string) =>
      db
        .selectFrom('proposal_proposers as pp')
        .innerJoin('proposals as p', 'p.id', 'pp.proposal_id')
        .select(['pp.proposal_id', 'pp.member_id', 'p.org_id'])
        .where('pp.status', '=', 'invited')
        .where('pp.invite_deadline', '<', today)
        .limit(1000)
        .execute(),

    /** A member's co-proposer invitations: the open ones, and the others made since `since`. */
    invitationsOf: (db: Db, memberId: number, since: string) =>
      db
        .selectFrom('proposal_proposers as pp')
        .innerJoin('proposals as p', 'p.id', 'pp.proposal_id')
        .leftJoin('members as m', 'm.id', 'p.lead_member_id')
        .select([
          'pp.proposal_id',
          'p.title',
          'pp.status',
          'pp.invited_at',
          'pp.invite_deadline',
          'pp.responded_at',
          'm.name as lead_name',
        ])
        .where('pp.member_id', '=', memberId)
        .where('pp.role', '=', 'co')
        .where((eb) => eb.or([eb('pp.status', '=', 'invited'), eb('pp.invited_at', '>=', since)]))
        .orderBy('pp.invited_at', 'desc')
        .limit(50)
        .execute(),

    expireInvitations: (db: Db, proposalId: number, at: string) =>
      db
        .updateTable('proposal_proposers')
        .set({ status: 'expired', responded_at: at })
        .where('proposal_id', '=', proposalId)
        .where('status', '=', 'invited')
        .execute(),

    /** The next number in a series, allocated inside the caller's transaction. */
    async nextNumber(db: Db, orgId: number, seriesKey: string): Promise<number> {
      await db
        .insertInto('proposal_counters')
        .values({ org_id: orgId, series_key: seriesKey, last_number: 0 })
        .onConflict((oc) => oc.columns(['org_id', 'series_key']).doNothing())
        .execute();
      const row = await db
        .updateTable('proposal_counters')
        .set({ last_number: sql`last_number + 1` })
        .where('org_id', '=', orgId)
        .where('series_key', '=', seriesKey)
        .returning('last_number')
        .executeTakeFirstOrThrow();
      return row.last_number;
    },

    // Other modules' data, through their published read models.
    currentTerm,
    term: termById,
    termSessions,
    session: sessionById,
    member: memberById,
    members: membersByIds,
    /** Active accounts linked to these members (to notify proposers). */
    userIdsOfMembers: activeUserIdsOfMembers,
    /** Active accounts of a handling unit. */
    userIdsOfUnits: activeUserIdsOfUnits,
    /** Active accounts of an organisation holding one of the roles (the proposals office). */
    userIdsWithRoles: activeUserIdsWithRoles,
    units: unitsByIds,
    named: namedRefById,

    /** A unit's not-cancelled assignment of a proposal; a live one wins over one it declined earlier. */
    unitAssignment: (db: Db, proposalId: number, unitId: number): Promise<UnitAssignment | undefined> =>
      db
        .selectFrom('proposal_assignments')
        .select(['id', 'role', 'status', 'round'])
        .where('proposal_id', '=', proposalId)
        .where('unit_id', '=', unitId)
        .where('status', '!=', 'cancelled')
        .orderBy(sql`case when status = 'declined' then 1 else 0 end`)
        .orderBy('id', 'desc')
        .executeTakeFirst(),

    /** What the unit's formal reply waits for: only a lead or split unit that has signed has a reply to send. */
    async replyWaits(
      db: Db,
      p: Pick<ProposalRow, 'id' | 'org_id'>,
      unitId: number,
      a: UnitAssignment,
    ): Promise<ReplyWaits | null> {
      if (a.status !== 'signed' || a.role === 'co') return null;
      const rules = await loadSettings(db, p.org_id);
      const [contact, coUnits] = await Promise.all([
        rules.contactBeforeReply
          ? db
              .selectFrom('proposal_contacts')
              .select('id')
              .where('proposal_id', '=', p.id)
              .where('unit_id', '=', unitId)
              .executeTakeFirst()
          : Promise.resolve({ id: 0 }),
        rules.coOpinionsBeforeReply && a.role === 'lead'
          ? db
              .selectFrom('proposal_assignments as a')
              .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
              .select('u.name')
              .where('a.proposal_id', '=', p.id)
              .where('a.role', '=', 'co')
              .where('a.status', 'in', ['pending_sign', 'signed'])
              .orderBy('a.id')
              .execute()
          : Promise.resolve([]),
      ]);
      return { contact: !contact, coUnits: coUnits.map((u) => u.name) };
    },

    /** The proposals merged into this one (并案), oldest first. */
    mergedInto: (db: Db, id: number) =>
      db.selectFrom('proposals').select(['id', 'title']).where('merged_into_id', '=', id).orderBy('id').execute(),

    /** Removes a draft (its proposers go with it: the foreign key cascades). */
    deleteDraft: (db: Db, id: number) =>
      db.deleteFrom('proposals').where('id', '=', id).where('state', '=', 'draft').execute(),

    /** The files of a proposal that are units' reply letters (filed under the proposal, part of the handling record). */
    async replyFileIds(db: Db, proposalId: number): Promise<Set<string>> {
      const rows = await db
        .selectFrom('proposal_replies')
        .select('file_id')
        .where('proposal_id', '=', proposalId)
        .where('file_id', 'is not', null)
        .execute();
      return new Set(rows.map((r) => r.file_id!));
    },
  };
}

export type ProposalRepo = ReturnType<typeof createProposalRepo>;
