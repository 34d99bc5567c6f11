// The plenary guide's shared parts: the office enables it (notes, documents), writes the agenda
// by day and the discussion groups; whoever sees the meeting reads them. Each write authorises
// through the one rule table (editGuide), runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import type { FileService } from '../../../platform/files/file-service.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep, type MeetingDeps } from '../core/meetings.service.js';
import { agendaProblems, GUIDE_FILE_OWNER } from './guide.model.js';
import type { GuideGroupRow, GuideItemRow, GuideRepo } from './guide.repo.js';
import type * as S from './guide.schema.js';

export interface GuideDeps extends MeetingDeps {
  guides: GuideRepo;
  files: FileService;
}

export const presentItem = (r: GuideItemRow, place = r.place) => ({
  id: r.id,
  day: r.day,
  startTime: r.start_time,
  endTime: r.end_time,
  title: r.title,
  place,
  session: r.session,
  byGroup: r.by_group === 1,
});

export const presentGroup = (g: GuideGroupRow) => ({
  id: g.id,
  name: g.name,
  room: g.room,
  convener: g.convener,
  memberCount: Number(g.member_count),
});

/** One audit entry of a guide step, on the meeting. */
type GuideStep<T> = T extends `meeting.guide_${infer A}` ? A : never;
type GuideAction = GuideStep<AuditAction>;

export function auditGuide(
  deps: GuideDeps,
  trx: Db,
  actor: Actor,
  m: MeetingRow,
  action: GuideAction,
  detail: Record<string, unknown>,
) {
  return deps.audit.append(trx, actor, {
    action: `meeting.guide_${action}` as const,
    objectType: 'meeting',
    objectId: m.id,
    orgId: m.org_id,
    detail,
  });
}

export function createGuideService(deps: GuideDeps) {
  const { db, clock, guides, files } = deps;
  const now = () => clock.now().toISOString();

  /** The guide row, made on the office's first write. */
  async function ensure(trx: Db, actor: Actor, m: MeetingRow) {
    if (await guides.guide(trx, m.id)) return;
    const at = now();
    await guides.insertGuide(trx, {
      meeting_id: m.id,
      org_id: m.org_id,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
  }

  async function read(trx: Db, m: MeetingRow) {
    const [g, items, groups, documents] = await Promise.all([
      guides.guide(trx, m.id),
      guides.items(trx, m.id),
      guides.groups(trx, m.id),
      files.listFor(trx, GUIDE_FILE_OWNER, m.id),
    ]);
    return {
      enabled: !!g,
      notes: g?.notes ?? null,
      agenda: items.map((r) => presentItem(r)),
      groups: groups.map(presentGroup),
      documents: documents.map(summaryOf),
    };
  }

  async function itemOf(trx: Db, m: MeetingRow, itemId: number) {
    const it = await guides.item(trx, itemId);
    if (!it || it.meeting_id !== m.id) throw notFound();
    return it;
  }
  async function groupOf(trx: Db, m: MeetingRow, groupId: number) {
    const g = await guides.group(trx, groupId);
    if (!g || g.meeting_id !== m.id) throw notFound();
    return g;
  }
  async function nameFree(trx: Db, m: MeetingRow, name: string, self?: number) {
    const other = await guides.groupNamed(trx, m.id, name);
    if (other && other.id !== self) throw conflict('GROUP_NAME_TAKEN', `本次会议已有名为“${name}”的分组`);
  }
  const agendaRow = (m: MeetingRow, b: S.AgendaBody) => {
    const problems = agendaProblems(m, b);
    if (problems.length) throw invalid(problems);
    return {
      day: b.day,
      start_time: b.startTime,
      end_time: b.endTime ?? null,
      title: b.title,
      place: b.place || null,
      session: b.session || null,
      by_group: b.byGroup ? 1 : 0,
    };
  };

  /** Runs one guide edit on meeting `id`: the rule, the transaction, the guide row, then the shared parts answered. */
  async function edit(actor: Actor, id: number, work: (trx: Db, m: MeetingRow) => Promise<void>) {
    const { m } = await loadForStep(deps, db, actor, id, 'editGuide');
    return inTransaction(db, async (trx) => {
      await ensure(trx, actor, m);
      await work(trx, m);
      return read(trx, m);
    });
  }

  return {
    async get(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, null);
      return read(db, m);
    },

    save: (actor: Actor, id: number, b: S.GuideBody) =>
      edit(actor, id, async (trx, m) => {
        if (b.notes !== undefined) await guides.updateGuide(trx, m.id, { notes: b.notes || null, updated_at: now() });
        let added = 0;
        let removed = 0;
        if (b.fileIds) {
          const current = (await files.listFor(trx, GUIDE_FILE_OWNER, m.id)).map((f) => f.id);
          const gone = current.filter((f) => !b.fileIds!.includes(f));
          const fresh = b.fileIds.filter((f) => !current.includes(f));
          if (gone.length) await files.detach(trx, gone, GUIDE_FILE_OWNER, m.id);
          if (fresh.length) await files.attach(trx, actor, fresh, GUIDE_FILE_OWNER, m.id);
          [added, removed] = [fresh.length, gone.length];
        }
        await auditGuide(deps, trx, actor, m, 'update', { notes: b.notes !== undefined, added, removed });
      }),

    addItem: (actor: Actor, id: number, b: S.AgendaBody) =>
      edit(actor, id, async (trx, m) => {
        const at = now();
        const { id: itemId } = await guides.insertItem(trx, {
          meeting_id: m.id,
          ...agendaRow(m, b),
          created_at: at,
          updated_at: at,
        });
        await auditGuide(deps, trx, actor, m, 'agenda_add', { itemId, day: b.day, title: b.title });
      }),

    updateItem: (actor: Actor, id: number, itemId: number, b: S.AgendaBody) =>
      edit(actor, id, async (trx, m) => {
        await itemOf(trx, m, itemId);
        await guides.updateItem(trx, itemId, { ...agendaRow(m, b), updated_at: now() });
        await auditGuide(deps, trx, actor, m, 'agenda_update', { itemId, day: b.day, title: b.title });
      }),

    deleteItem: (actor: Actor, id: number, itemId: number) =>
      edit(actor, id, async (trx, m) => {
        const it = await itemOf(trx, m, itemId);
        await guides.deleteItem(trx, itemId);
        await auditGuide(deps, trx, actor, m, 'agenda_delete', { itemId, day: it.day, title: it.title });
      }),

    addGroup: (actor: Actor, id: number, b: S.GroupBody) =>
      edit(actor, id, async (trx, m) => {
        await nameFree(trx, m, b.name);
        const at = now();
        const { id: groupId } = await guides.insertGroup(trx, {
          meeting_id: m.id,
          name: b.name,
          room: b.room || null,
          convener: b.convener || null,
          sort_order: await guides.nextGroupOrder(trx, m.id),
          created_at: at,
          updated_at: at,
        });
        await auditGuide(deps, trx, actor, m, 'group_add', { groupId, name: b.name });
      }),

    updateGroup: (actor: Actor, id: number, groupId: number, b: S.GroupBody) =>
      edit(actor, id, async (trx, m) => {
        await groupOf(trx, m, groupId);
        await nameFree(trx, m, b.name, groupId);
        await guides.updateGroup(trx, groupId, {
          name: b.name,
          room: b.room || null,
          convener: b.convener || null,
          updated_at: now(),
        });
        await auditGuide(deps, trx, actor, m, 'group_update', { groupId, name: b.name });
      }),

    /** A group that still holds members is not removed: they would be left without one unseen. */
    deleteGroup: (actor: Actor, id: number, groupId: number) =>
      edit(actor, id, async (trx, m) => {
        const g = await groupOf(trx, m, groupId);
        const held = (await guides.groups(trx, m.id)).find((x) => x.id === groupId);
        const count = Number(held?.member_count ?? 0);
        if (count > 0)
          throw conflict('GROUP_NOT_EMPTY', `“${g.name}”还有 ${count} 位委员，请先将他们调整到其他分组`, { count });
        await guides.deleteGroup(trx, groupId);
        await auditGuide(deps, trx, actor, m, 'group_delete', { groupId, name: g.name });
      }),

    /** Whether `actor` may read the guide's documents: whoever sees the meeting, once it has a guide. */
    async mayReadFiles(actor: Actor, meetingId: number) {
      if (!Number.isInteger(meetingId)) return false;
      try {
        const { m } = await loadForStep(deps, db, actor, meetingId, null);
        return !!(await guides.guide(db, m.id));
      } catch {
        return false;
      }
    },
  };
}

export type GuideService = ReturnType<typeof createGuideService>;
