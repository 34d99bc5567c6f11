// Each invitee's part of the guide: the office puts members in groups (a whole committee or
// sector at once, or by name), gives each a seat, lodging and transport, reads the roster with
// what is still missing and exports the group list and seating; a member reads his own guide.
// Another member's seat, lodging or transport is never answered to a member.
import type { Updateable } from 'kysely';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { MeetingGuideAssignmentsTable } from '../../../db/tables/meeting-guide.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import { badRequest, conflict, invalid } from '../../../platform/errors.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep } from '../core/meetings.service.js';
import { GUIDE_FILE_OWNER, stayProblems } from './guide.model.js';
import { NOT_COMING, type RosterRow } from './guide.repo.js';
import type * as S from './guide.schema.js';
import { auditGuide, presentItem, type GuideDeps } from './guide.service.js';
import { guideWorkbook } from './guide-sheet.js';

const coming = (reply: string) => !(NOT_COMING as readonly string[]).includes(reply);

export const lodgingOf = (r: Pick<RosterRow, 'hotel' | 'room' | 'check_in_on' | 'check_out_on'>) =>
  r.hotel ? { hotel: r.hotel, room: r.room, checkInOn: r.check_in_on, checkOutOn: r.check_out_on } : null;
export const transportOf = (r: Pick<RosterRow, 'vehicle' | 'pickup_point' | 'pickup_at'>) =>
  r.vehicle ? { vehicle: r.vehicle, pickupPoint: r.pickup_point, pickupAt: r.pickup_at } : null;

const presentEntry = (r: RosterRow) => ({
  memberId: r.member_id,
  name: r.name,
  sector: r.sector,
  committee: r.committee,
  reply: r.reply,
  coming: coming(r.reply),
  groupId: r.group_id,
  groupName: r.group_name,
  seat: r.seat,
  lodging: lodgingOf(r),
  transport: transportOf(r),
});

export function createAssignmentService(deps: GuideDeps) {
  const { db, clock, guides, files } = deps;
  const now = () => clock.now().toISOString();

  async function groupOf(trx: Db, m: MeetingRow, groupId: number, path: string) {
    const g = await guides.group(trx, groupId);
    if (!g || g.meeting_id !== m.id) throw invalid(path, '分组不存在，请先在“分组”中建立');
    return g;
  }

  /** The office's edit: the rule, a guide to edit (enabled first), one transaction. */
  async function edit<T>(actor: Actor, id: number, work: (trx: Db, m: MeetingRow) => Promise<T>) {
    const { m } = await loadForStep(deps, db, actor, id, 'editGuide');
    return inTransaction(db, async (trx) => {
      if (!(await guides.guide(trx, m.id)))
        throw conflict('GUIDE_NOT_ENABLED', '请先建立本次会议的会务指南，再安排分组和食宿');
      return work(trx, m);
    });
  }

  return {
    /** Puts the named members, or the invitees of a committee or sector, in one group (or out of their group). */
    bulkAssign: (actor: Actor, id: number, b: S.BulkAssignBody) =>
      edit(actor, id, async (trx, m) => {
        if (b.groupId !== null) await groupOf(trx, m, b.groupId, 'groupId');
        const found = await guides.invitees(trx, m.id, b);
        if (b.memberIds) {
          const invited = new Set(found.map((f) => f.member_id));
          const strangers = b.memberIds.filter((x) => !invited.has(x));
          if (strangers.length)
            throw badRequest(
              'NOT_INVITED',
              `有 ${strangers.length} 位委员未受邀参加本次会议，不能编组`,
              strangers.map((x) => ({ path: `memberIds.${b.memberIds!.indexOf(x)}`, message: `委员 ${x} 未受邀` })),
            );
        }
        // Those who declined or are on approved leave are left as they are (named ones too).
        const taken = found.filter((f) => coming(f.reply)).map((f) => f.member_id);
        await guides.assignGroup(trx, m.id, taken, b.groupId, { userId: actor.userId, at: now() });
        await auditGuide(deps, trx, actor, m, 'assign', {
          groupId: b.groupId,
          by: b.memberIds ? 'members' : b.committeeId ? `committee:${b.committeeId}` : `sector:${b.sectorId}`,
          assigned: taken.length,
        });
        return { assigned: taken.length, skipped: found.length - taken.length };
      }),

    /** One member's group, seat, lodging and transport: fields left out stay, null clears. */
    setMember: (actor: Actor, id: number, memberId: number, b: S.MemberBody) =>
      edit(actor, id, async (trx, m) => {
        const inv = await guides.rosterOf(trx, m.id, memberId);
        if (!inv)
          throw badRequest('NOT_INVITED', '该委员未受邀参加本次会议', [{ path: 'memberId', message: '未受邀' }]);
        if (b.groupId) await groupOf(trx, m, b.groupId, 'groupId');
        const problems = stayProblems(m, { ...b.lodging, pickupAt: b.transport?.pickupAt });
        if (problems.length) throw invalid(problems);
        if (b.seat) {
          const holder = await guides.seatHolder(trx, m.id, b.seat);
          if (holder && holder.member_id !== memberId)
            throw conflict('SEAT_TAKEN', `座位“${b.seat}”已安排给${holder.name}`, { memberId: holder.member_id });
        }
        const set: Updateable<MeetingGuideAssignmentsTable> = { updated_by: actor.userId, updated_at: now() };
        if (b.groupId !== undefined) set.group_id = b.groupId;
        if (b.seat !== undefined) set.seat = b.seat || null;
        if (b.lodging !== undefined) {
          set.hotel = b.lodging?.hotel ?? null;
          set.room = b.lodging?.room || null;
          set.check_in_on = b.lodging?.checkInOn ?? null;
          set.check_out_on = b.lodging?.checkOutOn ?? null;
        }
        if (b.transport !== undefined) {
          set.vehicle = b.transport?.vehicle ?? null;
          set.pickup_point = b.transport?.pickupPoint || null;
          set.pickup_at = b.transport?.pickupAt ? new Date(b.transport.pickupAt).toISOString() : null;
        }
        await guides.upsert(
          trx,
          { meeting_id: m.id, member_id: memberId, updated_by: actor.userId, updated_at: now(), ...set },
          set,
        );
        await auditGuide(deps, trx, actor, m, 'member_update', {
          memberId,
          fields: Object.keys(b).filter((k) => b[k as keyof S.MemberBody] !== undefined),
        });
        return presentEntry((await guides.rosterOf(trx, m.id, memberId))!);
      }),

    /** Every invitee with his part, the counts of what is missing, filtered as the office asks. */
    async roster(actor: Actor, id: number, q: S.RosterQuery) {
      const { m } = await loadForStep(deps, db, actor, id, 'readGuideRoster');
      const rows = await guides.roster(db, m.id);
      const expected = rows.filter((r) => coming(r.reply));
      const counts = {
        invited: rows.length,
        expected: expected.length,
        noGroup: expected.filter((r) => !r.group_id).length,
        noSeat: expected.filter((r) => !r.seat).length,
        noLodging: expected.filter((r) => !r.hotel).length,
      };
      const missing = { group: 'group_id', seat: 'seat', lodging: 'hotel' } as const;
      const items = rows.filter(
        (r) => (!q.missing || (coming(r.reply) && !r[missing[q.missing]])) && (!q.groupId || r.group_id === q.groupId),
      );
      return { counts, items: items.map(presentEntry) };
    },

    /** The group list and the seating as an Excel workbook (audited: it names every member's seat). */
    async sheet(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'readGuideRoster');
      const [rows, groups] = await Promise.all([guides.roster(db, m.id), guides.groups(db, m.id)]);
      const listed = rows.filter((r) => coming(r.reply));
      const data = await guideWorkbook({ title: m.title, groups, rows: listed });
      await inTransaction(db, (trx) => auditGuide(deps, trx, actor, m, 'export', { rows: listed.length }));
      return { filename: `${m.title}-分组名单及座次表.xlsx`, data };
    },

    /** The member's own guide: the agenda (his group's room for a group discussion), his group, seat, stay and documents. */
    async mine(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'myGuide');
      const memberId = actor.memberId!;
      const [g, items, own, documents] = await Promise.all([
        guides.guide(db, m.id),
        guides.items(db, m.id),
        guides.rosterOf(db, m.id, memberId),
        files.listFor(db, GUIDE_FILE_OWNER, m.id),
      ]);
      const group = g && own?.group_id ? await guides.group(db, own.group_id) : undefined;
      const room = group?.room ?? null;
      return {
        enabled: !!g,
        today: chinaToday(clock),
        meeting: { id: m.id, title: m.title, startsAt: m.starts_at, endsAt: m.ends_at, venue: m.venue },
        notes: g?.notes ?? null,
        agenda: g ? items.map((r) => presentItem(r, r.by_group === 1 && room ? room : r.place)) : [],
        group: group
          ? {
              id: group.id,
              name: group.name,
              room: group.room,
              convener: group.convener,
              members: await guides.groupMemberNames(db, group.id),
            }
          : null,
        seat: g ? (own?.seat ?? null) : null,
        lodging: g && own ? lodgingOf(own) : null,
        transport: g && own ? transportOf(own) : null,
        documents: g ? documents.map(summaryOf) : [],
      };
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
