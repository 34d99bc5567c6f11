// Problems found in an evaluation campaign (整改问题): the office records one on an object (from
// the review, or promoting a visit's comment), routed to the object's handling unit unless it
// names another, with an answer deadline (the unit is told); the unit answers (fixed, planned
// with a date, or cannot with the reason); the office settles it, sends the answer back, urges
// or closes it. The follow-up is the recommendations' (../follow-up/); every step is one
// transaction with a history entry and an audit entry. The overdue scan is problems.jobs.ts.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import type { SupervisionProblemEventKind } from '../../../db/tables/supervision.js';
import { loadCampaign, type CampaignRepo } from '../campaigns/index.js';
import { isOverdue } from '../follow-up/follow-up.model.js';
import { problemAccess, problemCampaignRules, problemRules, seesProblem, type ProblemStep } from './problems.policy.js';
import type { ProblemItemRow, ProblemRepo, ProblemRow } from './problems.repo.js';
import type { AnswerProblem, CampaignProblems, ListProblems, RecordProblem, UpdateProblem } from './problems.schema.js';
import { problemTexts } from './problems.texts.js';

export interface ProblemDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  notify: Notifier;
  campaigns: CampaignRepo;
  problems: ProblemRepo;
}

export function present(actor: Actor, p: ProblemItemRow, today: string) {
  return {
    id: p.id,
    campaignId: p.campaign_id,
    campaignTitle: p.campaign_title,
    object: { id: p.object_id, name: p.object_name, address: p.object_address, district: p.object_district },
    visitId: p.visit_id,
    description: p.description,
    unit: { id: p.unit_id, name: p.unit_name },
    dueOn: p.due_on,
    status: p.status,
    overdue: isOverdue(p, today),
    answerKind: p.answer_kind,
    answer: p.answer,
    plannedOn: p.planned_on,
    answeredAt: p.answered_at,
    outcomeNote: p.outcome_note,
    settledAt: p.settled_at,
    createdAt: p.created_at,
    allowedActions: problemRules.allowed(actor, p, null),
  };
}

export function createProblemService(deps: ProblemDeps) {
  const { db, audit, clock, notify, campaigns, problems } = deps;
  const now = () => clock.now().toISOString();
  const today = () => chinaToday(clock);

  async function load(trx: Db, actor: Actor, id: number, step: ProblemStep) {
    const p = await problems.get(trx, id);
    if (!p || !seesProblem(actor, p)) throw notFound('NOT_FOUND', '问题不存在');
    problemRules.authorize(actor, step, p, null);
    return p;
  }

  async function detail(actor: Actor, id: number) {
    const p = (await problems.item(db, id))!;
    const [events, photoIds] = await Promise.all([problems.events(db, id), problems.albumPhotoIds(db, p.object_id)]);
    return {
      ...present(actor, p, today()),
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        note: e.note,
        by: e.display_name,
        createdAt: e.created_at,
      })),
      photoIds,
    };
  }

  async function checkUnit(trx: Db, orgId: number, unitId: number) {
    const u = await problems.unit(trx, unitId);
    if (!u || u.org_id !== orgId) throw invalid('unitId', '承办单位不存在');
    if (u.active !== 1) throw invalid('unitId', '承办单位已停用');
    return u;
  }

  function checkDue(dueOn: string, field = 'dueOn', message = '答复期限不能早于今天') {
    if (dueOn < today()) throw invalid(field, message);
  }

  async function tellUnit(
    trx: Db,
    p: { id: number; org_id: number; unit_id: number },
    kind: string,
    text: { title: string; body: string },
    dedupeKey?: string,
  ) {
    const userIds = await problems.unitUserIds(trx, p.unit_id);
    if (!userIds.length) return;
    await notify.send(trx, {
      orgId: p.org_id,
      userIds,
      kind,
      ...text,
      link: `/supervision/problems/${p.id}`,
      objectType: 'supervision_problem',
      objectId: p.id,
      ...(dedupeKey && { dedupeKey }),
    });
  }

  const tellRouted = (trx: Db, p: ProblemRow, campaignTitle: string, objectName: string) =>
    tellUnit(
      trx,
      p,
      'supervision.problem_routed',
      problemTexts.routed(campaignTitle, objectName, p.due_on),
      `supervision.problem_routed:${p.id}:${p.unit_id}`,
    );

  /** One step: load and authorize, change, history, audit (and any notice), in one transaction. */
  async function step(
    actor: Actor,
    id: number,
    name: ProblemStep,
    event: SupervisionProblemEventKind,
    action: AuditAction,
    note: string | null,
    change: (trx: Db, p: ProblemRow, at: string) => Promise<void>,
  ) {
    await inTransaction(db, async (trx) => {
      const p = await load(trx, actor, id, name);
      const at = now();
      await change(trx, p, at);
      await problems.update(trx, id, { updated_at: at });
      await problems.addEvent(trx, { problem_id: id, kind: event, note, by_user_id: actor.userId, created_at: at });
      await audit.append(trx, actor, {
        action,
        objectType: 'supervision_problem',
        objectId: id,
        orgId: p.org_id,
        detail: { campaignId: p.campaign_id, note },
      });
    });
    return detail(actor, id);
  }

  const objectName = async (trx: Db, objectId: number) => (await problems.object(trx, objectId))?.name ?? '';

  return {
    async record(actor: Actor, campaignId: number, input: RecordProblem) {
      checkDue(input.dueOn);
      const id = await inTransaction(db, async (trx) => {
        const { c, subject } = await loadCampaign(campaigns, trx, actor, campaignId);
        problemCampaignRules.authorize(actor, 'recordProblem', subject, undefined);
        const visit = input.visitId !== undefined ? await problems.visit(trx, input.visitId) : null;
        if (input.visitId !== undefined && (!visit || visit.campaign_id !== c.id))
          throw invalid('visitId', '走访记录不存在');
        if (visit && input.objectId !== undefined && input.objectId !== visit.object_id)
          throw invalid('objectId', '走访记录与评议对象不一致');
        const object = await problems.object(trx, visit?.object_id ?? input.objectId!);
        if (!object || object.campaign_id !== c.id) throw invalid('objectId', '评议对象不存在');
        const description = input.description ?? visit?.comment.trim();
        if (!description) throw invalid('description', '走访没有写评议意见，请填写问题描述');
        const unitId = input.unitId ?? object.unit_id ?? object.responsible_unit_id;
        if (unitId === null) throw invalid('unitId', '评议对象未关联承办单位，请指定承办单位');
        await checkUnit(trx, c.org_id, unitId);
        const at = now();
        const row = {
          campaign_id: c.id,
          object_id: object.id,
          visit_id: visit?.id ?? null,
          description,
          unit_id: unitId,
          due_on: input.dueOn,
          status: 'routed' as const,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        };
        const { id } = await problems.insert(trx, row);
        await problems.addEvent(trx, {
          problem_id: id,
          kind: 'routed',
          note: null,
          by_user_id: actor.userId,
          created_at: at,
        });
        await tellRouted(trx, (await problems.get(trx, id))!, c.title, object.name);
        await audit.append(trx, actor, {
          action: 'supervision.problem_route',
          objectType: 'supervision_problem',
          objectId: id,
          orgId: c.org_id,
          detail: { campaignId, objectId: object.id, visitId: row.visit_id, unitId, dueOn: input.dueOn },
        });
        return id;
      });
      return detail(actor, id);
    },

    async ofCampaign(actor: Actor, campaignId: number, q: CampaignProblems) {
      await loadCampaign(campaigns, db, actor, campaignId);
      return list(
        actor,
        { campaignId, objectId: q.objectId, status: q.status, overdue: q.overdue },
        q.page,
        q.pageSize,
      );
    },

    async list(actor: Actor, q: ListProblems) {
      const base = { campaignId: q.campaignId, objectId: q.objectId, status: q.status, overdue: q.overdue };
      if (q.scope === 'org') {
        problemAccess.require(actor, 'readProblems');
        return list(actor, { ...base, orgIds: actor.visibleOrgIds }, q.page, q.pageSize);
      }
      problemAccess.require(actor, 'myProblems');
      if (actor.unitId === null) throw forbidden();
      return list(actor, { ...base, unitId: actor.unitId }, q.page, q.pageSize);
    },

    async get(actor: Actor, id: number) {
      await load(db, actor, id, 'viewProblem');
      return detail(actor, id);
    },

    /** A unit reads the photos of a visit that gave the album a photo of an object one of its problems is on. */
    async unitSeesVisitPhotos(actor: Actor, visitId: number) {
      if (actor.unitId === null || !problemAccess.has(actor, 'myProblems')) return false;
      return problems.unitSeesVisitAlbum(db, actor.unitId, visitId);
    },

    async update(actor: Actor, id: number, input: UpdateProblem) {
      if (input.dueOn !== undefined) checkDue(input.dueOn);
      return step(actor, id, 'editProblem', 'edited', 'supervision.problem_update', null, async (trx, p) => {
        if (input.unitId !== undefined) await checkUnit(trx, p.org_id, input.unitId);
        const set = {
          ...(input.description !== undefined && { description: input.description }),
          ...(input.dueOn !== undefined && { due_on: input.dueOn }),
          ...(input.unitId !== undefined && { unit_id: input.unitId }),
        };
        await problems.update(trx, id, set);
        // A new unit hears of it as the first one did.
        if (input.unitId !== undefined && input.unitId !== p.unit_id) {
          const c = (await campaigns.get(trx, p.campaign_id))!;
          await tellRouted(trx, { ...p, ...set }, c.title, await objectName(trx, p.object_id));
        }
      });
    },

    answer: (actor: Actor, id: number, input: AnswerProblem) => {
      if (input.plannedOn !== undefined) checkDue(input.plannedOn, 'plannedOn', '整改完成日期不能早于今天');
      return step(
        actor,
        id,
        'answerProblem',
        'answered',
        'supervision.problem_answer',
        input.answer,
        async (trx, p, at) => {
          await problems.update(trx, id, {
            status: 'answered',
            answer_kind: input.kind,
            answer: input.answer,
            planned_on: input.plannedOn ?? null,
            answered_by: actor.userId,
            answered_at: at,
          });
          const unit = await problems.unit(trx, p.unit_id);
          await notify.send(trx, {
            orgId: p.org_id,
            userIds: [p.created_by],
            kind: 'supervision.problem_answered',
            ...problemTexts.answered(await objectName(trx, p.object_id), unit?.name ?? ''),
            link: `/supervision/problems/${id}`,
            objectType: 'supervision_problem',
            objectId: id,
          });
        },
      );
    },

    urge: (actor: Actor, id: number, note: string | undefined) =>
      step(actor, id, 'urgeProblem', 'urged', 'supervision.problem_urge', note || null, async (trx, p) => {
        const name = await objectName(trx, p.object_id);
        await tellUnit(trx, p, 'supervision.problem_urged', problemTexts.urged(name, p.due_on, note));
      }),

    sendBack: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'sendBackProblem', 'sent_back', 'supervision.problem_send_back', reason, async (trx, p) => {
        // Back to waiting for an answer; the earlier answer stays in the history.
        await problems.update(trx, id, {
          status: 'routed',
          answer_kind: null,
          answer: null,
          planned_on: null,
          answered_by: null,
          answered_at: null,
        });
        const name = await objectName(trx, p.object_id);
        await tellUnit(trx, p, 'supervision.problem_sent_back', problemTexts.sentBack(name, reason));
      }),

    complete: (actor: Actor, id: number, note: string) =>
      step(actor, id, 'completeProblem', 'done', 'supervision.problem_done', note, async (trx, _p, at) => {
        await problems.update(trx, id, { status: 'done', outcome_note: note, settled_at: at });
      }),

    close: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'closeProblem', 'closed', 'supervision.problem_close', reason, async (trx, _p, at) => {
        await problems.update(trx, id, { status: 'closed', outcome_note: reason, settled_at: at });
      }),
  };

  async function list(
    actor: Actor,
    f: {
      orgIds?: readonly number[];
      unitId?: number;
      campaignId?: number;
      objectId?: number;
      status?: ListProblems['status'];
      overdue?: '1' | '0';
    },
    page: number,
    pageSize: number,
  ) {
    const day = today();
    const r = await problems.list(
      db,
      { ...f, overdue: f.overdue === undefined ? undefined : f.overdue === '1', today: day },
      page,
      pageSize,
    );
    return { items: r.items.map((x) => present(actor, x, day)), total: r.total, page, pageSize };
  }
}

export type ProblemService = ReturnType<typeof createProblemService>;
