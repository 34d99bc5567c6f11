// Reading the handling: one proposal's handling record as the viewer may see it, the
// unit's inbox and the office's overdue-and-urging board.
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { daysBetween } from '../../../platform/workdays.js';
import { OPEN_HANDLING_STATES, type ProposalState } from '../core/lifecycle.model.js';
import { viewerOf, type Viewer } from '../core/proposals.policy.js';
import { PROPOSAL_FILE_OWNER } from '../core/detail.repo.js';
import { loadVisible, today } from '../core/proposals.service.js';
import { proposalRules } from '../proposals.policy.js';
import { loadSettings } from '../settings/settings.repo.js';
import { commitmentRules, handlingAccess } from './handling.policy.js';
import { LIVE_ASSIGNMENT, type AssignmentRow, type HandlingDeps } from './handling.repo.js';
import type { BoardQuery, HandlingView, InboxQuery } from './handling.schema.js';
import type { ListsRepo } from './worklists.repo.js';
import { replyWaitsView } from './handling.present.js';
import { maskedProposerContacts } from './proposer-phones.service.js';

type AssignmentFacts = Pick<
  AssignmentRow,
  | 'id'
  | 'proposal_id'
  | 'unit_id'
  | 'role'
  | 'part_note'
  | 'status'
  | 'round'
  | 'sign_deadline'
  | 'reply_deadline'
  | 'signed_at'
  | 'replied_at'
  | 'urge_count'
  | 'last_urged_at'
>;

/** An assignment as a row of a list: its deadlines and how late it is today. */
export function assignmentItem(a: AssignmentFacts, proposalState: ProposalState, day: string, showUrging = true) {
  const open = (a.status === 'pending_sign' || a.status === 'signed') && OPEN_HANDLING_STATES.includes(proposalState);
  const signOverdue = open && a.status === 'pending_sign' && a.sign_deadline < day;
  return {
    id: a.id,
    proposalId: a.proposal_id,
    unitId: a.unit_id,
    role: a.role,
    partNote: a.part_note,
    status: a.status,
    round: a.round,
    signDeadline: a.sign_deadline,
    replyDeadline: a.reply_deadline,
    signedAt: a.signed_at,
    repliedAt: a.replied_at,
    daysLeft: open ? daysBetween(day, a.reply_deadline) : null,
    overdue: open && (a.reply_deadline < day || signOverdue),
    signOverdue,
    urgeCount: showUrging ? a.urge_count : null,
    lastUrgedAt: showUrging ? a.last_urged_at : null,
  };
}

export function createHandlingViewService(deps: HandlingDeps & { lists: ListsRepo }) {
  const { db, handling, files, clock, lists } = deps;

  return {
    async handling(actor: Actor, id: number): Promise<HandlingView> {
      const { p, rel } = await loadVisible(deps, actor, id);
      const viewer: Viewer = viewerOf(actor, p, rel);
      const [assignments, replies, commitments, contacts, extensions, urgings, feedback, settings, attached] =
        await Promise.all([
          handling.assignments(db, p.id),
          handling.replies(db, p.id),
          handling.commitments(db, p.id),
          handling.contacts(db, p.id),
          handling.extensions(db, p.id),
          handling.urgings(db, p.id),
          handling.feedback(db, p.id),
          loadSettings(db, p.org_id),
          files.listFor(db, PROPOSAL_FILE_OWNER, p.id),
        ]);
      const day = today(clock);
      // What may be done on a part of the record: the proposal's rule for the step, then the part's own state.
      const may = (step: 'urge' | 'sendBackReply' | 'decideExtension' | 'replaceCoUnit') =>
        proposalRules.allows(actor, step, p, rel);
      const openStatus = (s: string) => s === 'pending_sign' || s === 'signed';
      const proposer = viewer.kind === 'proposer';
      const leadUnits = assignments.filter((a) => a.role === 'lead').map((a) => a.unit_id);
      const own = (unitId: number) => viewer.kind === 'unit' && unitId === viewer.unitId;
      /** Whose work the viewer sees: a co unit its own and the lead's; a split unit its own part. */
      const sees = (unitId: number) =>
        viewer.kind !== 'unit' ||
        own(unitId) ||
        viewer.role === 'lead' ||
        (viewer.role === 'co' && leadUnits.includes(unitId));
      const internal = (unitId: number) => viewer.kind === 'office' || own(unitId);
      // A proposer reads a round's replies once the round is answered in full.
      const currentRound = p.rehandle_count + 1;
      const released = (r: { round: number; status: string }) =>
        r.status === 'submitted' && (p.state === 'replied' || p.state === 'closed' || r.round < currentRound);
      const visibleReplies = replies.filter((r) => r.kind === 'reply' && (proposer ? released(r) : sees(r.unit_id)));
      const updates = await handling.commitmentUpdates(
        db,
        commitments.map((c) => c.id),
      );

      return {
        proposalId: p.id,
        state: p.state,
        viewer: viewer.kind,
        resultLabels: settings.resultLabels,
        replyWaits: replyWaitsView(
          viewer,
          assignments,
          contacts.map((c) => c.unit_id),
          settings,
          day,
        ),
        proposerContacts: viewer.kind === 'unit' ? await maskedProposerContacts(deps, db, p.id) : [],
        assignments: assignments
          .filter((a) => !proposer || LIVE_ASSIGNMENT.includes(a.status))
          .map((a) => ({
            ...assignmentItem(a, p.state, day, internal(a.unit_id)),
            unitName: a.unit_name,
            signedLate: !!a.signed_at && chinaDate(new Date(a.signed_at)) > a.sign_deadline,
            declinedAt: a.declined_at,
            declineReason: internal(a.unit_id) ? a.decline_reason : null,
            allowedActions: [
              ...(may('urge') && openStatus(a.status) ? ['urge'] : []),
              ...(may('replaceCoUnit') && a.role === 'co' && openStatus(a.status) ? ['replace'] : []),
            ],
          })),
        contacts: contacts
          .filter((c) => sees(c.unit_id))
          .map((c) => ({
            id: c.id,
            unitId: c.unit_id,
            unitName: c.unit_name,
            contactedOn: c.contacted_on,
            way: c.way,
            notes: c.notes,
            createdAt: c.created_at,
          })),
        coOpinions: proposer
          ? []
          : replies
              .filter((r) => r.kind === 'co_opinion' && sees(r.unit_id))
              .map((r) => ({
                id: r.id,
                unitId: r.unit_id,
                unitName: r.unit_name,
                round: r.round,
                body: r.body,
                createdAt: r.created_at,
              })),
        replies: visibleReplies.map((r) => {
          const file = r.file_id ? attached.find((f) => f.id === r.file_id) : undefined;
          const a = assignments.find((x) => x.id === r.assignment_id);
          const canSendBack =
            may('sendBackReply') && r.status === 'submitted' && a?.status === 'replied' && a.round === r.round;
          return {
            id: r.id,
            assignmentId: r.assignment_id,
            unitId: r.unit_id,
            unitName: r.unit_name,
            round: r.round,
            resultClass: r.result_class,
            resultLabel: r.result_class ? settings.resultLabels[r.result_class] : null,
            body: r.body,
            file: file
              ? {
                  id: file.id,
                  name: file.name,
                  mime: file.mime,
                  size: file.size,
                  width: file.width,
                  height: file.height,
                  takenAt: file.takenAt,
                  createdAt: file.createdAt,
                }
              : null,
            signer: r.signer,
            sentBack: r.status === 'sent_back',
            sentBackNote: r.sent_back_note,
            createdAt: r.created_at,
            allowedActions: canSendBack ? ['sendBack'] : [],
          };
        }),
        commitments: commitments
          .filter((c) => (proposer ? visibleReplies.some((r) => r.id === c.reply_id) : sees(c.unit_id)))
          .map((c) => ({
            id: c.id,
            proposalId: c.proposal_id,
            replyId: c.reply_id,
            unitId: c.unit_id,
            unitName: c.unit_name,
            content: c.content,
            dueDate: c.due_date,
            status: c.status,
            doneAt: c.done_at,
            overdue: c.status === 'open' && c.due_date < day,
            updates: updates
              .filter((u) => u.commitment_id === c.id)
              .map((u) => ({
                id: u.id,
                note: u.note,
                marksDone: u.marks_done === 1,
                by: u.by_unit ?? u.by_name,
                createdAt: u.created_at,
              })),
            // Progress is offered to the unit viewing its own work; dropping one to the office.
            allowedActions: [
              ...(own(c.unit_id) && commitmentRules.allows(actor, 'progress', { p, c }, rel) ? ['progress'] : []),
              ...(commitmentRules.allows(actor, 'drop', { p, c }, rel) ? ['drop'] : []),
            ],
          })),
        extensions: extensions
          .filter((e) => internal(e.unit_id))
          .map((e) => ({
            id: e.id,
            assignmentId: e.assignment_id,
            unitId: e.unit_id,
            unitName: e.unit_name,
            requestedDeadline: e.requested_deadline,
            reason: e.reason,
            status: e.status,
            decidedAt: e.decided_at,
            decisionNote: e.decision_note,
            createdAt: e.created_at,
            allowedActions: may('decideExtension') && e.status === 'pending' ? ['decide'] : [],
          })),
        urgings: urgings
          .filter((g) => internal(g.unit_id))
          .map((g) => ({
            id: g.id,
            assignmentId: g.assignment_id,
            unitId: g.unit_id,
            unitName: g.unit_name,
            note: g.note,
            by: g.by_name,
            createdAt: g.created_at,
          })),
        feedback: feedback.map((f) => ({
          id: f.id,
          round: f.round,
          memberName: f.member_name,
          contacted: f.contacted,
          attitude: f.attitude,
          result: f.result,
          comments: f.comments,
          createdAt: f.created_at,
        })),
      };
    },

    async inbox(actor: Actor, query: InboxQuery) {
      handlingAccess.require(actor, 'inbox');
      const day = today(clock);
      const { rows, total } = await lists.inbox(db, actor.unitId!, query, day);
      return {
        items: rows.map((r) => ({
          ...assignmentItem(r, r.proposal_state, day),
          numberLabel: r.number_label,
          title: r.title,
          proposalState: r.proposal_state,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async board(actor: Actor, query: BoardQuery) {
      handlingAccess.require(actor, 'handlingBoard');
      const day = today(clock);
      const { rows, total, summary } = await lists.board(db, actor.currentOrgId, query, day);
      return {
        items: rows.map((r) => ({
          ...assignmentItem(r, r.proposal_state, day),
          numberLabel: r.number_label,
          title: r.title,
          proposalState: r.proposal_state,
          unitName: r.unit_name,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
        summary,
      };
    },
  };
}

export type HandlingViewService = ReturnType<typeof createHandlingViewService>;
