// Research reports and their SMART recommendations: the office writes a report (of a topic or
// not) and its recommendations, sends each to its owner department once it carries a metric, a
// target, actions, the department, an accountable person and a deadline (else a 400 naming each
// missing field); the department answers (adopted, partly, not) and reports progress; the office
// marks it done or drops it with a reason. Every step is one transaction with a history entry
// and an audit entry. The overdue scan is recommendations.jobs.ts.
// The proposals' commitments and supervision's recommendations follow the same "routed,
// answered, followed to done, overdue reminded" path; a shared machine may come later.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import type { WpRecommendationEventKind } from '../../../db/tables/workplan.js';
import { activeUserIdsOfUnits } from '../../accounts/index.js';
import { orgName, unitsByIds } from '../../orgs/index.js';
import { readsWorkplan } from '../scope.policy.js';
import { smartGaps, yearFigures } from './recommendations.model.js';
import { presentRecommendation, smartOf, subjectOf } from './recommendations.present.js';
import {
  recommendationAccess,
  recommendationRules,
  reportRules,
  seesRecommendation,
  type RecommendationStep,
} from './recommendations.policy.js';
import type { RecommendationRepo, RecommendationRow } from './recommendations.repo.js';
import type { RecommendationInput, TrackerQuery, TrackerSheetQuery } from './recommendations.schema.js';
import { trackerWorkbook } from './tracker-sheet.js';
import { recommendationTexts } from './recommendations.texts.js';

export interface RecommendationDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notify: Notifier;
  recommendations: RecommendationRepo;
}

/** The report, or a 404 when the actor does not read its organisation's work plan. */
export async function loadReport(recommendations: RecommendationRepo, trx: Db, actor: Actor, id: number) {
  const p = await recommendations.report(trx, id);
  if (!p || !readsWorkplan(actor, p.org_id)) throw notFound('REPORT_NOT_FOUND', '调研报告不存在');
  return p;
}

/** The most rows one Excel download carries (a province's five years fit well under it). */
const SHEET_MAX = 20_000;

/** The tracker's scope: the office and leaders see the organisation's (by department if asked), a department what was sent to it. */
function filterOf(actor: Actor, q: TrackerSheetQuery, today: string) {
  const scope = recommendationAccess.has(actor, 'readReports')
    ? { orgId: actor.currentOrgId, departmentId: q.unitId }
    : { unitId: actor.unitId ?? -1 };
  return { ...scope, year: q.year, reportId: q.reportId, status: q.status, overdue: q.overdue, today };
}

export function createRecommendationService(deps: RecommendationDeps) {
  const { db, clock, audit, notify, recommendations } = deps;
  const now = () => clock.now().toISOString();

  async function load(trx: Db, actor: Actor, id: number, step?: RecommendationStep) {
    const r = await recommendations.get(trx, id);
    if (!r || !seesRecommendation(actor, subjectOf(r))) throw notFound('RECOMMENDATION_NOT_FOUND', '调研建议不存在');
    if (step) recommendationRules.authorize(actor, step, subjectOf(r), null);
    return r;
  }

  async function detail(actor: Actor, id: number) {
    recommendationAccess.require(actor, 'readRecommendations');
    await load(db, actor, id);
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

  async function checkFields(trx: Db, orgId: number, input: Partial<RecommendationInput>) {
    if (input.unitId) {
      const [u] = await unitsByIds(trx, [input.unitId]);
      if (!u || u.org_id !== orgId || u.active !== 1) throw invalid('unitId', '责任单位不存在');
    }
    if (input.dueOn && input.dueOn < chinaToday(clock)) throw invalid('dueOn', '完成时限不能早于今天');
  }

  /** One step: load and authorize, change, history, audit (and any notice), in one transaction. */
  async function step(
    actor: Actor,
    id: number,
    name: RecommendationStep,
    event: WpRecommendationEventKind,
    action: AuditAction,
    note: string | null,
    change: (trx: Db, r: RecommendationRow, at: string) => Promise<unknown>,
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
        objectType: 'workplan_recommendation',
        objectId: id,
        orgId: r.org_id,
        detail: { reportId: r.report_id, note },
      });
    });
    return detail(actor, id);
  }

  return {
    detail,

    /** A draft: it may lack SMART fields until it is sent. */
    async add(actor: Actor, reportId: number, input: RecommendationInput) {
      const id = await inTransaction(db, async (trx) => {
        const p = await loadReport(recommendations, trx, actor, reportId);
        reportRules.authorize(actor, 'addRecommendation', { orgId: p.org_id }, null);
        await checkFields(trx, p.org_id, input);
        const at = now();
        const id = await recommendations.insert(trx, {
          report_id: p.id,
          org_id: p.org_id,
          title: input.title,
          metric: input.metric ?? null,
          target: input.target ?? null,
          actions: input.actions ?? null,
          unit_id: input.unitId ?? null,
          accountable_person: input.accountablePerson ?? null,
          due_on: input.dueOn ?? null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.recommendation_add',
          objectType: 'workplan_recommendation',
          objectId: id,
          orgId: p.org_id,
        });
        return id;
      });
      return detail(actor, id);
    },

    /** Before it is settled; once sent it must stay SMART-complete (a moved deadline is reminded anew). */
    async update(actor: Actor, id: number, input: Partial<RecommendationInput>) {
      await inTransaction(db, async (trx) => {
        const r = await load(trx, actor, id, 'editRecommendation');
        await checkFields(trx, r.org_id, input);
        const set = {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.metric !== undefined && { metric: input.metric }),
          ...(input.target !== undefined && { target: input.target }),
          ...(input.actions !== undefined && { actions: input.actions }),
          ...(input.unitId !== undefined && { unit_id: input.unitId }),
          ...(input.accountablePerson !== undefined && { accountable_person: input.accountablePerson }),
          ...(input.dueOn !== undefined && { due_on: input.dueOn }),
        };
        if (r.status !== 'draft') {
          if (input.unitId !== undefined && input.unitId !== r.unit_id) throw invalid('unitId', '建议已交办');
          const gaps = smartGaps(smartOf({ ...r, ...set }));
          if (gaps.length) throw invalid(gaps);
        }
        await recommendations.update(trx, id, { ...set, updated_at: now() });
        await audit.append(trx, actor, {
          action: 'workplan.recommendation_update',
          objectType: 'workplan_recommendation',
          objectId: id,
          orgId: r.org_id,
        });
      });
      return detail(actor, id);
    },

    send: (actor: Actor, id: number) =>
      step(actor, id, 'sendRecommendation', 'sent', 'workplan.recommendation_send', null, async (trx, r, at) => {
        const gaps = smartGaps(smartOf(r));
        if (gaps.length) throw invalid(gaps);
        await recommendations.update(trx, id, { status: 'sent', sent_at: at });
        const userIds = await activeUserIdsOfUnits(trx, [r.unit_id!]);
        if (userIds.length)
          await notify.send(trx, {
            orgId: r.org_id,
            userIds,
            kind: 'workplan.recommendation_sent',
            ...recommendationTexts.sent(r.title, r.due_on!),
            link: `/workplan/recommendations/${id}`,
            objectType: 'workplan_recommendation',
            objectId: id,
          });
      }),

    answer: (actor: Actor, id: number, input: { kind: 'adopted' | 'partly' | 'declined'; answer: string }) =>
      step(
        actor,
        id,
        'answerRecommendation',
        'answered',
        'workplan.recommendation_answer',
        input.answer,
        (trx, _r, at) =>
          recommendations.update(trx, id, {
            status: 'answered',
            answer_kind: input.kind,
            answer: input.answer,
            answered_at: at,
          }),
      ),

    progress: (actor: Actor, id: number, note: string) =>
      step(
        actor,
        id,
        'reportRecommendationProgress',
        'progress',
        'workplan.recommendation_progress',
        note,
        async () => {},
      ),

    complete: (actor: Actor, id: number, note: string) =>
      step(actor, id, 'completeRecommendation', 'done', 'workplan.recommendation_done', note, (trx, _r, at) =>
        recommendations.update(trx, id, { status: 'done', settle_note: note, settled_at: at }),
      ),

    drop: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'dropRecommendation', 'dropped', 'workplan.recommendation_drop', reason, (trx, _r, at) =>
        recommendations.update(trx, id, { status: 'dropped', settle_note: reason, settled_at: at }),
      ),

    urge: (actor: Actor, id: number, note: string | null) =>
      step(actor, id, 'urgeRecommendation', 'reminded', 'workplan.recommendation_urge', note, async (trx, r) => {
        const userIds = r.unit_id ? await activeUserIdsOfUnits(trx, [r.unit_id]) : [];
        if (userIds.length)
          await notify.send(trx, {
            orgId: r.org_id,
            userIds,
            kind: 'workplan.recommendation_urged',
            ...recommendationTexts.urged(r.title, note),
            link: `/workplan/recommendations/${id}`,
            objectType: 'workplan_recommendation',
            objectId: id,
          });
      }),

    /** The tracker, overdue first: the office and leaders see the organisation's, a department what was sent to it. */
    async tracker(actor: Actor, q: TrackerQuery) {
      recommendationAccess.require(actor, 'readRecommendations');
      const today = chinaToday(clock);
      const { items, total } = await recommendations.tracker(db, filterOf(actor, q, today), q.page, q.pageSize);
      return {
        items: items.map((r) => presentRecommendation(actor, r, today)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The tracker's rows (same scope, filters and order) as Excel, audited. */
    async trackerSheet(actor: Actor, q: TrackerSheetQuery) {
      recommendationAccess.require(actor, 'exportRecommendations');
      const today = chinaToday(clock);
      const { items } = await recommendations.tracker(db, filterOf(actor, q, today), 1, SHEET_MAX);
      const org = await orgName(db, actor.currentOrgId);
      const data = await trackerWorkbook(
        `${org}${q.year ? `${q.year}年度` : ''}调研建议跟踪表`,
        items.map((r) => presentRecommendation(actor, r, today)),
      );
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'workplan.recommendations_export',
          objectType: 'workplan_recommendation',
          orgId: actor.currentOrgId,
          detail: { rows: items.length, year: q.year ?? null, status: q.status ?? null, unitId: q.unitId ?? null },
        }),
      );
      return { filename: `调研建议跟踪表${q.year ?? ''}.xlsx`, data };
    },

    async figures(actor: Actor, year?: number) {
      recommendationAccess.require(actor, 'recommendationFigures');
      const y = year ?? Number(chinaToday(clock).slice(0, 4));
      return { year: y, ...yearFigures(await recommendations.ofYear(db, actor.currentOrgId, y)) };
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
