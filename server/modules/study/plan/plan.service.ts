// The annual study plan: the office's items (created with the year's plan on the first write),
// the meetings linked to them, and the plan's completion as the office and leaders read it.
// Each write authorises through the rules, runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate, chinaYearBounds, type Clock } from '../../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { meetingsForStudy, type StudyMeeting } from '../../meetings/index.js';
import { completion, isHeld, itemStatus } from './plan.model.js';
import { isStudyOffice, planAccess, planItemRules, readsStudy, type ItemRelation } from './plan.policy.js';
import type { PlanItemRow, PlanRepo } from './plan.repo.js';
import type * as S from './plan.schema.js';

export interface PlanDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  plans: PlanRepo;
}

type Step = (typeof planItemRules.steps)[number];

const planTitle = (year: number) => `${year}年度学习计划`;

const presentMeeting = (m: StudyMeeting) => ({
  id: m.id,
  title: m.title,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  status: m.status as 'published' | 'cancelled',
  kindName: m.kindName,
  studyKind: m.studyKind,
  countsAs: m.countsAs,
});

export function createPlanService(deps: PlanDeps) {
  const { db, clock, audit, plans } = deps;
  const times = () => {
    const n = clock.now();
    return { now: n.toISOString(), today: chinaDate(n) };
  };

  /** The item a step is taken on: missing unless the actor sees its organisation's plan, then the step's rule. */
  async function loadItem(trx: Db, actor: Actor, id: number, step: Step) {
    const item = await plans.item(trx, id);
    if (!item || !(isStudyOffice(actor, item.org_id) || readsStudy(actor, item.org_id))) throw notFound();
    const rel: ItemRelation = { sessions: (await plans.sessionsOf(trx, [item.id])).length };
    planItemRules.authorize(actor, step, item, rel);
    return item;
  }

  /** The audience may name only what the office reaches: its own organisation and those it sees. */
  function checkAudience(actor: Actor, a: S.ItemBody['audience']) {
    if (a?.orgIds?.some((o) => !actor.visibleOrgIds.includes(o)))
      throw invalid('audience.orgIds', '参加对象中的组织不在本单位范围内');
  }

  const row = (input: Partial<S.ItemBody>) => ({
    ...(input.studyKind !== undefined && { study_kind: input.studyKind }),
    ...(input.topic !== undefined && { topic: input.topic }),
    ...(input.plannedOn !== undefined && { planned_on: input.plannedOn }),
    ...(input.attendees !== undefined && { attendees: input.attendees }),
    ...(input.audience !== undefined && { audience: input.audience ? JSON.stringify(input.audience) : null }),
    ...(input.notes !== undefined && { notes: input.notes || null }),
  });

  const log = (
    trx: Db,
    actor: Actor,
    action: Parameters<AuditLog['append']>[2]['action'],
    i: PlanItemRow,
    detail?: Record<string, unknown>,
  ) =>
    audit.append(trx, actor, {
      action,
      objectType: 'study_plan_item',
      objectId: i.id,
      orgId: i.org_id,
      ...(detail && { detail }),
    });

  return {
    async view(actor: Actor, q: { year?: number }): Promise<S.PlanView> {
      planAccess.require(actor, 'readPlan');
      const orgId = actor.currentOrgId;
      if (!readsStudy(actor, orgId)) throw forbidden();
      const { now, today } = times();
      const year = q.year ?? Number(today.slice(0, 4));
      const plan = await plans.planOf(db, orgId, year);
      const items = plan ? await plans.items(db, plan.id) : [];
      const links = await plans.sessionsOf(
        db,
        items.map((i) => i.id),
      );
      const meetings = new Map(
        (await meetingsForStudy(db, { orgId, ids: links.map((l) => l.meeting_id) })).map((m) => [m.id, m]),
      );
      const office = isStudyOffice(actor, orgId);
      const presented = items.map((i) => {
        const sessions = links
          .filter((l) => l.item_id === i.id)
          .map((l) => meetings.get(l.meeting_id))
          .filter((m): m is StudyMeeting => !!m)
          .map((m) => ({ ...presentMeeting(m), held: isHeld(presentMeeting(m), now) }));
        const rel: ItemRelation = { sessions: sessions.length };
        return {
          id: i.id,
          studyKind: i.study_kind,
          topic: i.topic,
          plannedOn: i.planned_on,
          attendees: i.attendees,
          audience: i.audience ? (JSON.parse(i.audience) as S.ItemBody['audience'] & object) : null,
          notes: i.notes,
          status: itemStatus(i.planned_on, sessions, now, today),
          sessions,
          allowedActions: planItemRules.allowed(actor, i, rel),
        };
      });
      return {
        orgId,
        year,
        planId: plan?.id ?? null,
        title: plan?.title ?? planTitle(year),
        today,
        canWrite: office,
        completion: completion(presented),
        items: presented,
      };
    },

    async create(actor: Actor, input: { year: number; title?: string }) {
      planAccess.require(actor, 'writePlan');
      const at = times().now;
      return inTransaction(db, async (trx) => {
        const plan = await plans.insertPlan(trx, {
          org_id: actor.orgId,
          year: input.year,
          title: input.title ?? planTitle(input.year),
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        if (!plan) throw conflict('PLAN_EXISTS', '本年度学习计划已存在');
        await audit.append(trx, actor, {
          action: 'study.plan_create',
          objectType: 'study_plan',
          objectId: plan.id,
          orgId: plan.org_id,
          detail: { year: plan.year },
        });
        return { id: plan.id };
      });
    },

    /** Adds an item to the plan of its planned date's year, creating that plan on the first write. */
    async addItem(actor: Actor, input: S.ItemBody) {
      planAccess.require(actor, 'writePlan');
      checkAudience(actor, input.audience);
      const at = times().now;
      const year = Number(input.plannedOn.slice(0, 4));
      return inTransaction(db, async (trx) => {
        let plan = await plans.planOf(trx, actor.orgId, year);
        const created = !plan;
        plan ??=
          (await plans.insertPlan(trx, {
            org_id: actor.orgId,
            year,
            title: planTitle(year),
            created_by: actor.userId,
            created_at: at,
            updated_at: at,
          })) ?? (await plans.planOf(trx, actor.orgId, year))!;
        const item = await plans.insertItem(trx, {
          plan_id: plan.id,
          org_id: plan.org_id,
          study_kind: input.studyKind,
          topic: input.topic,
          planned_on: input.plannedOn,
          attendees: input.attendees,
          audience: input.audience ? JSON.stringify(input.audience) : null,
          notes: input.notes || null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await plans.touchPlan(trx, plan.id, at);
        await log(trx, actor, 'study.plan_item_add', item, { year, planCreated: created });
        return { id: item.id };
      });
    },

    async editItem(actor: Actor, id: number, input: Partial<S.ItemBody>) {
      checkAudience(actor, input.audience);
      return inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, id, 'editPlanItem');
        // The item stays in its plan's year: moving it to another year is removing and adding.
        if (input.plannedOn && input.plannedOn.slice(0, 4) !== item.planned_on.slice(0, 4))
          throw invalid('plannedOn', '计划时间应在本年度计划的年份之内');
        const set = row(input);
        if (!Object.keys(set).length) return { ok: true as const };
        const at = times().now;
        await plans.updateItem(trx, item.id, { ...set, updated_at: at });
        await plans.touchPlan(trx, item.plan_id, at);
        await log(trx, actor, 'study.plan_item_update', item, { changed: Object.keys(set) });
        return { ok: true as const };
      });
    },

    async removeItem(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, id, 'removePlanItem');
        await plans.deleteItem(trx, item.id);
        await plans.touchPlan(trx, item.plan_id, times().now);
        await log(trx, actor, 'study.plan_item_delete', item, { topic: item.topic, plannedOn: item.planned_on });
        return { ok: true as const };
      });
    },

    async link(actor: Actor, id: number, meetingId: number) {
      return inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, id, 'linkPlanSession');
        const [m] = await meetingsForStudy(trx, { orgId: item.org_id, ids: [meetingId] });
        if (!m) throw invalid('meetingId', '所选会议不存在或不属于本单位');
        if (m.status !== 'published') throw conflict('MEETING_CANCELLED', '会议已取消，不能关联到学习计划');
        const linked = await plans.link(trx, {
          item_id: item.id,
          org_id: item.org_id,
          meeting_id: m.id,
          linked_by: actor.userId,
          linked_at: times().now,
        });
        if (!linked) throw conflict('SESSION_LINKED', '该会议已关联到学习计划的事项');
        await log(trx, actor, 'study.plan_session_link', item, { meetingId: m.id });
        return { ok: true as const };
      });
    },

    async unlink(actor: Actor, id: number, meetingId: number) {
      return inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, id, 'unlinkPlanSession');
        const gone = await plans.unlink(trx, item.id, meetingId);
        if (!Number(gone.numDeletedRows)) throw notFound('NOT_LINKED', '该会议未关联到此计划事项');
        await log(trx, actor, 'study.plan_session_unlink', item, { meetingId });
        return { ok: true as const };
      });
    },

    /** The organisation's meetings of a year an item may be linked to: study kinds first, then the kind asked for. */
    async candidates(actor: Actor, q: { year?: number; studyKind?: string }) {
      planAccess.require(actor, 'writePlan');
      // The office's helper for linking: not while it views another organisation.
      if (!isStudyOffice(actor, actor.currentOrgId)) throw forbidden();
      const year = q.year ?? Number(times().today.slice(0, 4));
      const { from, to } = chinaYearBounds(year);
      const [list, linked] = await Promise.all([
        meetingsForStudy(db, { orgId: actor.orgId, from, to }),
        plans.linkedMeetings(db, actor.orgId),
      ]);
      const itemOf = new Map(linked.map((l) => [l.meeting_id, l.item_id]));
      const rank = (m: StudyMeeting) => (m.studyKind === q.studyKind ? 0 : m.studyKind || m.countsAs ? 1 : 2);
      return list
        .filter((m) => m.status === 'published')
        .sort((a, b) => rank(a) - rank(b) || a.startsAt.localeCompare(b.startsAt))
        .slice(0, 300)
        .map((m) => ({
          ...presentMeeting(m),
          matchesKind: !!q.studyKind && m.studyKind === q.studyKind,
          linkedItemId: itemOf.get(m.id) ?? null,
        }));
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
