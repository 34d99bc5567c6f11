// Follow-ups of meetings (督办事项): each decision or action the minutes give has one owner (a
// handling unit or a person of the organisation), a deadline and a state (open → in progress →
// done, or cancelled with a reason), and is reported on until done. A consultation's result
// sent to several departments becomes one follow-up per department. The owner is told when it
// is given, the office when the owner reports it done; every change is audited.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import { loadForStep } from '../core/meetings.service.js';
import { isOffice, readsOrg } from '../core/meetings.policy.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { followupRules, meetingRules, type FollowupStepName } from '../meetings.policy.js';
import { followupAccess, seesFollowup, type FollowupRelation } from './minutes.policy.js';
import { isOverdue } from './minutes.model.js';
import type { FollowupItemRow, FollowupRow } from './minutes.repo.js';
import type { AddFollowups, ListFollowups, UpdateFollowup } from './minutes.schema.js';
import type { MinutesDeps } from './minutes.service.js';
import { minutesTexts } from './minutes.texts.js';

type Owner = { owner_unit_id: number | null; owner_user_id: number | null };

export function createFollowupService(deps: MinutesDeps) {
  const { db, audit, clock, notify, minutes } = deps;
  const now = () => clock.now().toISOString();
  const relation = (): FollowupRelation => ({ now: now() });

  function present(actor: Actor, r: FollowupItemRow, today: string) {
    return {
      id: r.id,
      meetingId: r.meeting_id,
      meetingTitle: r.meeting_title,
      meetingStartsAt: r.meeting_starts_at,
      kind: r.kind,
      title: r.title,
      detail: r.detail,
      owner:
        r.owner_unit_id !== null
          ? { kind: 'unit' as const, id: r.owner_unit_id, name: r.unit_name ?? '' }
          : { kind: 'user' as const, id: r.owner_user_id!, name: r.user_name ?? '' },
      dueOn: r.due_on,
      status: r.status,
      overdue: isOverdue(r, today),
      cancelReason: r.cancel_reason,
      doneAt: r.done_at,
      lastProgressAt: r.last_progress_at,
      createdAt: r.created_at,
      allowedActions: followupRules.allowed(actor, r, relation()),
    };
  }

  /** The owner named by a request, checked: an active unit or account of the meeting's organisation. */
  async function ownerOf(trx: Db, orgId: number, owner: { unitId: number } | { userId: number }): Promise<Owner> {
    if ('unitId' in owner) {
      const u = await minutes.unitOf(trx, owner.unitId);
      if (!u || u.org_id !== orgId) throw invalid('owner.unitId', '承办单位不存在');
      if (u.active !== 1) throw invalid('owner.unitId', `承办单位“${u.name}”已停用`);
      return { owner_unit_id: u.id, owner_user_id: null };
    }
    const u = await minutes.userOf(trx, owner.userId);
    if (!u || u.org_id !== orgId) throw invalid('owner.userId', '责任人不存在');
    if (u.active !== 1) throw invalid('owner.userId', `账号“${u.display_name}”已停用`);
    return { owner_unit_id: null, owner_user_id: u.id };
  }

  async function tellOwner(trx: Db, f: FollowupRow & Owner, meetingTitle: string) {
    const userIds = await minutes.ownerUserIds(trx, f);
    if (!userIds.length) return;
    await notify.send(trx, {
      orgId: f.org_id,
      userIds,
      kind: 'meeting.followup_assigned',
      ...minutesTexts.assigned(meetingTitle, f.title, f.due_on),
      link: `/meetings/followups/${f.id}`,
      objectType: 'meeting_followup',
      objectId: f.id,
      dedupeKey: `meeting.followup_assigned:${f.id}:${f.owner_unit_id ?? `u${f.owner_user_id}`}`,
    });
  }

  /** The follow-up a step is taken on: missing unless the actor sees it, then the step's rule. */
  async function loadFollowup(trx: Db, actor: Actor, id: number, step: FollowupStepName | null) {
    const f = await minutes.get(trx, id);
    if (!f || !seesFollowup(actor, f)) throw notFound();
    if (step) followupRules.authorize(actor, step, f, relation());
    return f;
  }

  async function detail(actor: Actor, id: number) {
    const [r, progress] = await Promise.all([minutes.item(db, id), minutes.progressOf(db, id)]);
    return {
      ...present(actor, r!, chinaToday(clock)),
      progress: progress.map((p) => ({
        id: p.id,
        note: p.note,
        statusAfter: p.status_after,
        by: p.display_name,
        byOffice: p.by_office === 1,
        createdAt: p.created_at,
      })),
    };
  }

  /** One state change with its progress note, audit entry and (optionally) a notice, in one transaction. */
  async function step(
    actor: Actor,
    id: number,
    name: FollowupStepName,
    change: (
      f: FollowupRow,
      at: string,
    ) => { set: Parameters<typeof minutes.update>[2]; note: string; action: AuditAction },
  ) {
    await inTransaction(db, async (trx) => {
      const f = await loadFollowup(trx, actor, id, name);
      const at = now();
      const { set, note, action } = change(f, at);
      await minutes.update(trx, id, { ...set, updated_at: at });
      const after = { ...f, ...set };
      await minutes.addProgress(trx, {
        followup_id: id,
        note,
        status_after: after.status,
        by_user_id: actor.userId,
        by_office: isOffice(actor, f) ? 1 : 0,
        created_at: at,
      });
      await audit.append(trx, actor, {
        action,
        objectType: 'meeting_followup',
        objectId: id,
        orgId: f.org_id,
        detail: { meetingId: f.meeting_id, status: after.status, note },
      });
      // The office hears when the owner reports the item done.
      if (after.status === 'done' && !isOffice(actor, f))
        await notify.send(trx, {
          orgId: f.org_id,
          userIds: [f.created_by],
          kind: 'meeting.followup_done',
          title: `督办事项已办结：${f.title}`,
          body: note,
          link: `/meetings/followups/${f.id}`,
          objectType: 'meeting_followup',
          objectId: f.id,
        });
    });
    return detail(actor, id);
  }

  return {
    /** A meeting's follow-ups (the office and leaders), and whether more may be added. */
    async forMeeting(actor: Actor, meetingId: number) {
      const { m, rel } = await loadForStep(deps, db, actor, meetingId, 'followups');
      const today = chinaToday(clock);
      const r = await minutes.list(db, { meetingId, today }, 1, 200);
      return {
        items: r.items.map((i) => present(actor, i, today)),
        allowedActions: meetingRules.allows(actor, 'addFollowup', m, rel) ? ['addFollowup'] : [],
      };
    },

    async add(actor: Actor, meetingId: number, input: AddFollowups) {
      const { m } = await loadForStep(deps, db, actor, meetingId, 'addFollowup');
      if (!input.owner === !input.unitIds) throw invalid('owner', '请指定一个责任人，或选择一个或多个承办单位');
      if (input.dueOn < chinaToday(clock)) throw invalid('dueOn', '办理期限不能早于今天');
      const unitIds = input.unitIds ?? [];
      if (new Set(unitIds).size !== unitIds.length) throw invalid('unitIds', '承办单位重复');
      const at = now();
      const ids = await inTransaction(db, async (trx) => {
        const owners = input.owner
          ? [await ownerOf(trx, m.org_id, input.owner)]
          : await Promise.all(unitIds.map((unitId) => ownerOf(trx, m.org_id, { unitId })));
        const made: number[] = [];
        for (const owner of owners) {
          const { id } = await minutes.insert(trx, {
            meeting_id: m.id,
            org_id: m.org_id,
            kind: input.kind,
            title: input.title,
            detail: input.detail || null,
            ...owner,
            due_on: input.dueOn,
            created_by: actor.userId,
            created_at: at,
            updated_at: at,
          });
          made.push(id);
          await tellOwner(trx, (await minutes.get(trx, id))!, m.title);
          await audit.append(trx, actor, {
            action: 'meeting.followup_add',
            objectType: 'meeting_followup',
            objectId: id,
            orgId: m.org_id,
            detail: { meetingId: m.id, title: input.title, dueOn: input.dueOn, ...owner },
          });
        }
        return made;
      });
      const today = chinaToday(clock);
      return Promise.all(ids.map(async (id) => present(actor, (await minutes.item(db, id))!, today)));
    },

    /** The office's list of its organisation's follow-ups, or the viewer's (and his unit's) own. */
    async list(actor: Actor, q: ListFollowups) {
      const today = chinaToday(clock);
      const filter = {
        status: q.status,
        meetingId: q.meetingId,
        overdue: q.overdue === undefined ? undefined : q.overdue === '1',
        today,
      };
      let scoped;
      if (q.scope === 'org') {
        followupAccess.require(actor, 'followupsOffice');
        if (!readsOrg(actor, { org_id: actor.currentOrgId })) throw forbidden();
        scoped = { ...filter, orgId: actor.currentOrgId };
      } else {
        followupAccess.require(actor, 'followupsMine');
        scoped = { ...filter, unitId: actor.unitId, userId: actor.userId };
      }
      const r = await minutes.list(db, scoped, q.page, q.pageSize);
      return {
        items: r.items.map((i) => present(actor, i, today)),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async get(actor: Actor, id: number) {
      await loadFollowup(db, actor, id, null);
      return detail(actor, id);
    },

    async update(actor: Actor, id: number, input: UpdateFollowup) {
      if (input.dueOn !== undefined && input.dueOn < chinaToday(clock)) throw invalid('dueOn', '办理期限不能早于今天');
      await inTransaction(db, async (trx) => {
        const f = await loadFollowup(trx, actor, id, 'editFollowup');
        const owner = input.owner ? await ownerOf(trx, f.org_id, input.owner) : null;
        const set = {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.detail !== undefined && { detail: input.detail || null }),
          ...(input.dueOn !== undefined && { due_on: input.dueOn }),
          ...owner,
          updated_at: now(),
        };
        await minutes.update(trx, id, set);
        const changedOwner =
          owner && (owner.owner_unit_id !== f.owner_unit_id || owner.owner_user_id !== f.owner_user_id);
        if (changedOwner) {
          const meeting = (await deps.meetings.get(trx, f.meeting_id))!;
          await tellOwner(trx, { ...f, ...set }, meeting.title);
        }
        await audit.append(trx, actor, {
          action: 'meeting.followup_update',
          objectType: 'meeting_followup',
          objectId: id,
          orgId: f.org_id,
          detail: { meetingId: f.meeting_id, fields: Object.keys(input), ...(changedOwner && owner) },
        });
      });
      return detail(actor, id);
    },

    progress: (actor: Actor, id: number, input: { note: string; status: 'in_progress' | 'done' }) =>
      step(actor, id, 'reportProgress', (_f, at) => ({
        set: { status: input.status, last_progress_at: at, ...(input.status === 'done' && { done_at: at }) },
        note: input.note,
        action: input.status === 'done' ? 'meeting.followup_done' : 'meeting.followup_progress',
      })),

    cancel: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'cancelFollowup', () => ({
        set: { status: 'cancelled', cancel_reason: reason },
        note: reason,
        action: 'meeting.followup_cancel',
      })),

    reopen: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'reopenFollowup', (f) => ({
        set: { status: f.last_progress_at ? 'in_progress' : 'open', cancel_reason: null, done_at: null },
        note: reason,
        action: 'meeting.followup_reopen',
      })),

    ownerChoices: async (actor: Actor) => {
      followupAccess.require(actor, 'followupsOffice');
      const r = await minutes.ownerChoices(db, actor.currentOrgId);
      return {
        units: r.units,
        users: r.users.map((u) => ({ id: u.id, name: u.display_name, roles: JSON.parse(u.roles) as string[] })),
      };
    },
  };
}

export type FollowupService = ReturnType<typeof createFollowupService>;
