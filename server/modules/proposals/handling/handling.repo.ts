// Queries of one proposal's handling: assignments, contacts, co-opinions and replies,
// commitments and their progress, extensions, urgings and feedback. Lists across proposals
// (unit inbox, office board, commitments, reminders) are in lists.repo.ts.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { actorsByIds } from '../../accounts/index.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import type {
  ProposalAssignmentsTable,
  ProposalCommitmentsTable,
  ProposalCommitmentUpdatesTable,
  ProposalContactsTable,
  ProposalExtensionsTable,
  ProposalFeedbackTable,
  ProposalRepliesTable,
  ProposalUrgingsTable,
} from '../../../db/tables/proposals.js';

export type AssignmentRow = Selectable<ProposalAssignmentsTable>;
export type ReplyRow = Selectable<ProposalRepliesTable>;
export type CommitmentRow = Selectable<ProposalCommitmentsTable>;
export type ExtensionRow = Selectable<ProposalExtensionsTable>;
type Named<T> = T & { unit_name: string };

/** Assignments that still count: not cancelled by a lead unit's decline, not declined. */
export const LIVE_ASSIGNMENT: AssignmentRow['status'][] = ['pending_sign', 'signed', 'replied'];

export function createHandlingRepo() {
  return {
    assignments: (db: Db, proposalId: number): Promise<Named<AssignmentRow>[]> =>
      db
        .selectFrom('proposal_assignments as a')
        .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
        .selectAll('a')
        .select('u.name as unit_name')
        .where('a.proposal_id', '=', proposalId)
        .orderBy('a.id')
        .execute(),

    assignment: (db: Db, id: number) =>
      db.selectFrom('proposal_assignments').selectAll().where('id', '=', id).executeTakeFirst(),

    /** A new assignment waiting for its unit to sign (at assignment, or for a unit put in another's place). */
    insertPendingAssignment: (
      db: Db,
      row: Pick<
        Insertable<ProposalAssignmentsTable>,
        | 'proposal_id'
        | 'org_id'
        | 'unit_id'
        | 'role'
        | 'part_note'
        | 'round'
        | 'sign_deadline'
        | 'reply_deadline'
        | 'created_at'
      >,
    ) =>
      db
        .insertInto('proposal_assignments')
        .values({
          ...row,
          status: 'pending_sign',
          signed_at: null,
          declined_at: null,
          decline_reason: null,
          replied_at: null,
          last_urged_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),

    updateAssignment: (db: Db, id: number, set: Updateable<ProposalAssignmentsTable>) =>
      db.updateTable('proposal_assignments').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    /** Cancels a proposal's open assignments (all but `keepId`); returns the units that lost one. */
    async cancelOpen(db: Db, proposalId: number, keepId: number): Promise<number[]> {
      const rows = await db
        .updateTable('proposal_assignments')
        .set({ status: 'cancelled' })
        .where('proposal_id', '=', proposalId)
        .where('id', '!=', keepId)
        .where('status', 'in', ['pending_sign', 'signed'])
        .returning('unit_id')
        .execute();
      return rows.map((r) => r.unit_id);
    },

    moveOpenCoDeadlines: (db: Db, proposalId: number, deadline: string) =>
      db
        .updateTable('proposal_assignments')
        .set({ reply_deadline: deadline })
        .where('proposal_id', '=', proposalId)
        .where('role', '=', 'co')
        .where('status', 'in', ['pending_sign', 'signed'])
        .where('reply_deadline', '<', deadline)
        .execute(),

    insertReply: (db: Db, row: Insertable<ProposalRepliesTable>) =>
      db.insertInto('proposal_replies').values(row).returningAll().executeTakeFirstOrThrow(),

    replies: (db: Db, proposalId: number): Promise<Named<ReplyRow>[]> =>
      db
        .selectFrom('proposal_replies as r')
        .innerJoin('handling_units as u', 'u.id', 'r.unit_id')
        .selectAll('r')
        .select('u.name as unit_name')
        .where('r.proposal_id', '=', proposalId)
        .orderBy('r.id')
        .execute(),

    reply: (db: Db, id: number) =>
      db.selectFrom('proposal_replies').selectAll().where('id', '=', id).executeTakeFirst(),

    sendBackReply: (db: Db, id: number, note: string) =>
      db
        .updateTable('proposal_replies')
        .set({ status: 'sent_back', sent_back_note: note })
        .where('id', '=', id)
        .execute(),

    insertCommitment: (db: Db, row: Insertable<ProposalCommitmentsTable>) =>
      db.insertInto('proposal_commitments').values(row).returningAll().executeTakeFirstOrThrow(),

    commitments: (db: Db, proposalId: number): Promise<Named<CommitmentRow>[]> =>
      db
        .selectFrom('proposal_commitments as c')
        .innerJoin('handling_units as u', 'u.id', 'c.unit_id')
        .selectAll('c')
        .select('u.name as unit_name')
        .where('c.proposal_id', '=', proposalId)
        .orderBy('c.due_date')
        .orderBy('c.id')
        .execute(),

    commitment: (db: Db, id: number) =>
      db.selectFrom('proposal_commitments').selectAll().where('id', '=', id).executeTakeFirst(),

    updateCommitment: (db: Db, id: number, set: Updateable<ProposalCommitmentsTable>) =>
      db.updateTable('proposal_commitments').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    /** Open commitments of a reply (dropped together when the reply is sent back). */
    openCommitmentsOfReply: (db: Db, replyId: number) =>
      db
        .selectFrom('proposal_commitments')
        .select('id')
        .where('reply_id', '=', replyId)
        .where('status', '=', 'open')
        .execute(),

    insertCommitmentUpdate: (db: Db, row: Insertable<ProposalCommitmentUpdatesTable>) =>
      db.insertInto('proposal_commitment_updates').values(row).execute(),

    commitmentUpdates: (db: Db, commitmentIds: readonly number[]) =>
      commitmentIds.length
        ? db
            .selectFrom('proposal_commitment_updates as cu')
            .leftJoin('users as us', 'us.id', 'cu.created_by')
            .leftJoin('handling_units as u', 'u.id', 'us.unit_id')
            .selectAll('cu')
            .select(['us.display_name as by_name', 'u.name as by_unit'])
            .where('cu.commitment_id', 'in', [...commitmentIds])
            .orderBy('cu.id')
            .execute()
        : Promise.resolve([]),

    insertContact: (db: Db, row: Insertable<ProposalContactsTable>) =>
      db.insertInto('proposal_contacts').values(row).execute(),

    contacts: (db: Db, proposalId: number) =>
      db
        .selectFrom('proposal_contacts as c')
        .innerJoin('handling_units as u', 'u.id', 'c.unit_id')
        .selectAll('c')
        .select('u.name as unit_name')
        .where('c.proposal_id', '=', proposalId)
        .orderBy('c.contacted_on')
        .orderBy('c.id')
        .execute(),

    insertExtension: (db: Db, row: Insertable<ProposalExtensionsTable>) =>
      db.insertInto('proposal_extensions').values(row).returningAll().executeTakeFirstOrThrow(),

    extension: (db: Db, id: number) =>
      db.selectFrom('proposal_extensions').selectAll().where('id', '=', id).executeTakeFirst(),

    pendingExtension: (db: Db, assignmentId: number) =>
      db
        .selectFrom('proposal_extensions')
        .select('id')
        .where('assignment_id', '=', assignmentId)
        .where('status', '=', 'pending')
        .executeTakeFirst(),

    decideExtension: (
      db: Db,
      id: number,
      set: Pick<Updateable<ProposalExtensionsTable>, 'status' | 'decided_by' | 'decided_at' | 'decision_note'>,
    ) => db.updateTable('proposal_extensions').set(set).where('id', '=', id).where('status', '=', 'pending').execute(),

    /** A unit's requests still pending on a proposal lapse once it has replied; answers with their ids. */
    async lapsePendingExtensions(db: Db, proposalId: number, unitId: number, at: string): Promise<number[]> {
      const rows = await db
        .updateTable('proposal_extensions')
        .set({ status: 'lapsed', decided_at: at })
        .where('proposal_id', '=', proposalId)
        .where('unit_id', '=', unitId)
        .where('status', '=', 'pending')
        .returning('id')
        .execute();
      return rows.map((r) => r.id);
    },

    extensions: (db: Db, proposalId: number): Promise<Named<ExtensionRow>[]> =>
      db
        .selectFrom('proposal_extensions as e')
        .innerJoin('handling_units as u', 'u.id', 'e.unit_id')
        .selectAll('e')
        .select('u.name as unit_name')
        .where('e.proposal_id', '=', proposalId)
        .orderBy('e.id')
        .execute(),

    insertUrging: (db: Db, row: Insertable<ProposalUrgingsTable>) =>
      db.insertInto('proposal_urgings').values(row).execute(),

    urgings: (db: Db, proposalId: number) =>
      db
        .selectFrom('proposal_urgings as g')
        .innerJoin('handling_units as u', 'u.id', 'g.unit_id')
        .leftJoin('users as us', 'us.id', 'g.created_by')
        .selectAll('g')
        .select(['u.name as unit_name', 'us.display_name as by_name'])
        .where('g.proposal_id', '=', proposalId)
        .orderBy('g.id')
        .execute(),

    insertFeedback: (db: Db, row: Insertable<ProposalFeedbackTable>) =>
      db.insertInto('proposal_feedback').values(row).execute(),

    feedback: (db: Db, proposalId: number) =>
      db
        .selectFrom('proposal_feedback as f')
        .innerJoin('members as m', 'm.id', 'f.member_id')
        .selectAll('f')
        .select('m.name as member_name')
        .where('f.proposal_id', '=', proposalId)
        .orderBy('f.round')
        .execute(),

    /** The proposal's history: audit entries about it, oldest first. */
    trail: (db: Db, proposalId: number) =>
      db
        .selectFrom('audit_log')
        .select(['seq', 'at', 'actor_id', 'actor_name', 'action', 'detail'])
        .where('object_type', '=', 'proposal')
        .where('object_id', '=', String(proposalId))
        .orderBy('seq')
        .execute(),

    /** Who acted, with the unit a unit user stands for (the accounts module's read model). */
    actors: actorsByIds,

    /** The reply deadline the proposal shows: the latest of its live lead/split assignments. */
    async latestReplyDeadline(db: Db, proposalId: number): Promise<string | null> {
      const row = await db
        .selectFrom('proposal_assignments')
        .select(sql<string | null>`max(reply_deadline)`.as('d'))
        .where('proposal_id', '=', proposalId)
        .where('role', 'in', ['lead', 'split'])
        .where('status', 'in', LIVE_ASSIGNMENT)
        .executeTakeFirst();
      return row?.d ?? null;
    },
  };
}

export type HandlingRepo = ReturnType<typeof createHandlingRepo>;

/** What the handling services are built with: the proposals services' dependencies and this repo. */
export interface HandlingDeps extends ProposalDeps {
  handling: HandlingRepo;
}
