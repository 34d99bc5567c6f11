// Recommendations of an inspection (视察建议): the office makes each one once the inspection
// is under way, routed to a handling unit of its organisation with a deadline (the unit is
// told); the unit answers it (accepted with measures, partly, or not with its reasons); the
// office follows it to an outcome: done, or closed with a reason, and may urge an unanswered
// one or send an answer back. Every step is one transaction with a history entry and an audit
// entry. The hourly overdue scan is recommendations.jobs.ts.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { chinaToday } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { RecommendationEventKind } from '../../../db/tables/supervision-inspections.js';
import type { InspectionDeps } from './inspections.service.js';
import {
  inspectionAccess,
  inspectionRules,
  readsOrg,
  recommendationRules,
  seesRecommendation,
  type RecommendationStep,
} from './inspections.policy.js';
import type { RecommendationRow } from './recommendations.repo.js';
import { presentRecommendation } from './recommendations.present.js';
import type { AddRecommendation, Answer, ListRecommendations, UpdateRecommendation } from './inspections.schema.js';
import { inspectionTexts } from './inspections.texts.js';

export function createRecommendationService(deps: InspectionDeps) {
  const { db, audit, clock, notify, inspections, recommendations } = deps;
  const now = () => clock.now().toISOString();

  async function load(trx: Db, actor: Actor, id: number, step: RecommendationStep) {
    const r = await recommendations.get(trx, id);
    if (!r || !seesRecommendation(actor, r)) throw notFound('NOT_FOUND', '视察建议不存在');
    recommendationRules.authorize(actor, step, r, null);
    return r;
  }

  async function detail(actor: Actor, id: number) {
    const [r, events] = await Promise.all([recommendations.item(db, id), recommendations.events(db, id)]);
    return {
      ...presentRecommendation(actor, r!, chinaToday(clock)),
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        note: e.note,
        by: e.display_name,
        createdAt: e.created_at,
      })),
    };
  }

  async function checkUnit(trx: Db, orgId: number, unitId: number) {
    const u = await inspections.unitOf(trx, unitId);
    if (!u || u.org_id !== orgId) throw invalid('unitId', '承办单位不存在');
    if (u.active !== 1) throw invalid('unitId', '承办单位已停用');
    return u;
  }

  function checkDue(dueOn: string) {
    if (dueOn < chinaToday(clock)) throw invalid('dueOn', '答复期限不能早于今天');
  }

  async function tellUnit(
    trx: Db,
    r: Pick<RecommendationRow, 'id' | 'org_id' | 'unit_id'>,
    kind: string,
    text: { title: string; body: string },
    dedupeKey?: string,
  ) {
    const userIds = await recommendations.unitUserIds(trx, r.unit_id);
    if (!userIds.length) return;
    await notify.send(trx, {
      orgId: r.org_id,
      userIds,
      kind,
      ...text,
      link: `/supervision/recommendations/${r.id}`,
      objectType: 'supervision_recommendation',
      objectId: r.id,
      ...(dedupeKey && { dedupeKey }),
    });
  }

  /** One step: load and authorize, change, history, audit (and any notice), in one transaction. */
  async function step(
    actor: Actor,
    id: number,
    name: RecommendationStep,
    event: RecommendationEventKind,
    action: AuditAction,
    note: string | null,
    change: (trx: Db, r: RecommendationRow, at: string) => Promise<void>,
  ) {
    await inTransaction(db, async (trx) => {
      const r = await load(trx, actor, id, name);
      const at = now();
      await change(trx, r, at);
      await recommendations.update(trx, id, { updated_at: at });
      await recommendations.addEvent(trx, {
        recommendation_id: id,
        kind: event,
        note,
        by_user_id: actor.userId,
        created_at: at,
      });
      await audit.append(trx, actor, {
        action,
        objectType: 'supervision_recommendation',
        objectId: id,
        orgId: r.org_id,
        detail: { inspectionId: r.inspection_id, note },
      });
    });
    return detail(actor, id);
  }

  return {
    async add(actor: Actor, inspectionId: number, input: AddRecommendation) {
      checkDue(input.dueOn);
      const id = await inTransaction(db, async (trx) => {
        const i = await inspections.get(trx, inspectionId);
        const rel = i ? await inspections.relationOf(trx, i, actor.memberId) : null;
        if (!i || !rel || !inspectionRules.allows(actor, 'viewInspection', i, rel))
          throw notFound('NOT_FOUND', '视察不存在');
        inspectionRules.authorize(actor, 'addRecommendation', i, rel);
        await checkUnit(trx, i.org_id, input.unitId);
        if (input.siteId) {
          const s = await inspections.site(trx, input.siteId);
          if (!s || s.inspection_id !== inspectionId) throw invalid('siteId', '视察点不存在');
        }
        const at = now();
        const { id } = await recommendations.insert(trx, {
          inspection_id: inspectionId,
          org_id: i.org_id,
          site_id: input.siteId ?? null,
          title: input.title,
          body: input.body,
          unit_id: input.unitId,
          due_on: input.dueOn,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await recommendations.addEvent(trx, {
          recommendation_id: id,
          kind: 'routed',
          note: null,
          by_user_id: actor.userId,
          created_at: at,
        });
        await tellUnit(
          trx,
          { id, org_id: i.org_id, unit_id: input.unitId },
          'supervision.recommendation_routed',
          inspectionTexts.routed(i.title, input.title, input.dueOn),
          `supervision.recommendation_routed:${id}:${input.unitId}`,
        );
        await audit.append(trx, actor, {
          action: 'supervision.recommendation_add',
          objectType: 'supervision_recommendation',
          objectId: id,
          orgId: i.org_id,
          detail: { inspectionId, title: input.title, unitId: input.unitId, dueOn: input.dueOn },
        });
        return id;
      });
      return detail(actor, id);
    },

    async list(actor: Actor, q: ListRecommendations) {
      const today = chinaToday(clock);
      const base = {
        status: q.status,
        inspectionId: q.inspectionId,
        overdue: q.overdue === undefined ? undefined : q.overdue === '1',
        today,
      };
      let filter;
      if (q.scope === 'org') {
        inspectionAccess.require(actor, 'readRecommendations');
        if (!readsOrg(actor, actor.currentOrgId)) throw forbidden();
        filter = { ...base, orgId: actor.currentOrgId };
      } else {
        inspectionAccess.require(actor, 'myRecommendations');
        if (actor.unitId === null) throw forbidden();
        filter = { ...base, unitId: actor.unitId };
      }
      const r = await recommendations.list(db, filter, q.page, q.pageSize);
      return {
        items: r.items.map((x) => presentRecommendation(actor, x, today)),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async get(actor: Actor, id: number) {
      await load(db, actor, id, 'viewRecommendation');
      return detail(actor, id);
    },

    async update(actor: Actor, id: number, input: UpdateRecommendation) {
      if (input.dueOn !== undefined) checkDue(input.dueOn);
      return step(
        actor,
        id,
        'editRecommendation',
        'edited',
        'supervision.recommendation_update',
        null,
        async (trx, r) => {
          if (input.unitId !== undefined) await checkUnit(trx, r.org_id, input.unitId);
          const set = {
            ...(input.title !== undefined && { title: input.title }),
            ...(input.body !== undefined && { body: input.body }),
            ...(input.dueOn !== undefined && { due_on: input.dueOn }),
            ...(input.unitId !== undefined && { unit_id: input.unitId }),
          };
          await recommendations.update(trx, id, set);
          // A new unit hears of it as the first one did.
          if (input.unitId !== undefined && input.unitId !== r.unit_id) {
            const i = (await inspections.get(trx, r.inspection_id))!;
            const after = { ...r, ...set };
            await tellUnit(
              trx,
              after,
              'supervision.recommendation_routed',
              inspectionTexts.routed(i.title, after.title, after.due_on),
              `supervision.recommendation_routed:${id}:${after.unit_id}`,
            );
          }
        },
      );
    },

    answer: (actor: Actor, id: number, input: Answer) =>
      step(
        actor,
        id,
        'answerRecommendation',
        'answered',
        'supervision.recommendation_answer',
        input.answer,
        async (trx, r, at) => {
          await recommendations.update(trx, id, {
            status: 'answered',
            answer_kind: input.kind,
            answer: input.answer,
            answered_at: at,
          });
          const unit = await inspections.unitOf(trx, r.unit_id);
          await notify.send(trx, {
            orgId: r.org_id,
            userIds: [r.created_by],
            kind: 'supervision.recommendation_answered',
            ...inspectionTexts.answered(r.title, unit?.name ?? ''),
            link: `/supervision/recommendations/${id}`,
            objectType: 'supervision_recommendation',
            objectId: id,
          });
        },
      ),

    urge: (actor: Actor, id: number, note: string | undefined) =>
      step(
        actor,
        id,
        'urgeRecommendation',
        'urged',
        'supervision.recommendation_urge',
        note || null,
        async (trx, r) => {
          await tellUnit(trx, r, 'supervision.recommendation_urged', inspectionTexts.urged(r.title, r.due_on, note));
        },
      ),

    sendBack: (actor: Actor, id: number, reason: string) =>
      step(
        actor,
        id,
        'sendBackRecommendation',
        'sent_back',
        'supervision.recommendation_send_back',
        reason,
        async (trx, r) => {
          // Back to waiting for an answer; the earlier answer stays in the history.
          await recommendations.update(trx, id, {
            status: 'routed',
            answer_kind: null,
            answer: null,
            answered_at: null,
          });
          await tellUnit(trx, r, 'supervision.recommendation_sent_back', inspectionTexts.sentBack(r.title, reason));
        },
      ),

    complete: (actor: Actor, id: number, note: string) =>
      step(
        actor,
        id,
        'completeRecommendation',
        'done',
        'supervision.recommendation_done',
        note,
        async (trx, _r, at) => {
          await recommendations.update(trx, id, { status: 'done', outcome_note: note, settled_at: at });
        },
      ),

    close: (actor: Actor, id: number, reason: string) =>
      step(
        actor,
        id,
        'closeRecommendation',
        'closed',
        'supervision.recommendation_close',
        reason,
        async (trx, _r, at) => {
          await recommendations.update(trx, id, { status: 'closed', outcome_note: reason, settled_at: at });
        },
      ),
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
