// Answers: the department sees the opinions routed to it and answers them (a group routed
// together is answered once), or asks the office to reroute; the office records the outcome of
// an opinion routed into a proposal or a report. The answer goes back to each submitter: a
// notice to a member, and the receipt lookup for a resident (./receipt.service.ts).
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { activeUserIdsWithRoles } from '../../accounts/index.js';
import type { RouteStatus } from '../../../db/tables/opinion-processing.js';
import {
  isOpinionOffice,
  isRouteUnit,
  opinionProcessingRules,
  processingAccess,
  readsOpinions,
  routeRules,
} from './processing.policy.js';
import type { OpinionRow, ProcessingRepo, RouteRow } from './processing.repo.js';
import { processingTexts as T } from './processing.texts.js';
import type { RoutingService } from './routing.service.js';

export interface AnswersDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notify: Notifier;
  repo: ProcessingRepo;
  routing: Pick<RoutingService, 'tellSubmitters'>;
}

/** A route as its readers see it; `overdue` when an open one is past its due date. */
export function routeView(r: RouteRow, unitName: string | null, today: string) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    groupId: r.group_id,
    unitId: r.unit_id,
    unitName,
    dueOn: r.due_on,
    overdue: r.status !== 'answered' && r.status !== 'withdrawn' && r.due_on !== null && r.due_on < today,
    proposalId: r.proposal_id,
    reportId: r.report_id,
    note: r.note,
    rerouteReason: r.reroute_reason,
    answer: r.answer,
    answeredAt: r.answered_at,
    routedAt: r.routed_at,
  };
}

export function createAnswersService(deps: AnswersDeps) {
  const { db, clock, audit, notify, repo, routing } = deps;
  const today = () => chinaToday(clock);

  async function loadRoute(trx: Db, actor: Actor, id: number) {
    const r = await repo.route(trx, id);
    // A department sees its own routes only; the office and leaders those of organisations they see.
    if (!r || !(isRouteUnit(actor, r) || readsOpinions(actor, r.org_id))) throw notFound();
    return r;
  }

  async function viewOf(trx: Db, r: RouteRow | null) {
    if (!r) return null;
    const names = await repo.unitNames(trx, r.unit_id ? [r.unit_id] : []);
    return routeView(r, r.unit_id ? (names.get(r.unit_id) ?? null) : null, today());
  }

  return {
    /** The department's routed opinions: open (and waiting for a reroute) first, or the answered. */
    async unitRoutes(actor: Actor, state: 'open' | 'answered') {
      processingAccess.require(actor, 'unitRoutes');
      const statuses: RouteStatus[] = state === 'open' ? ['open', 'reroute_requested'] : ['answered'];
      const routes = await repo.routesOfUnit(db, actor.unitId!, statuses, 200);
      const opinions = await repo.opinionsOfRoutes(
        db,
        routes.map((r) => r.id),
      );
      const names = await repo.unitNames(db, [actor.unitId!]);
      const t = today();
      return routes.map((r) => ({
        ...routeView(r, names.get(actor.unitId!) ?? null, t),
        allowedActions: routeRules.allowed(actor, r, {}),
        // Titles, texts and places only: who wrote them is the office's to know.
        opinions: opinions
          .filter((o) => o.route_id === r.id)
          .map((o) => ({ id: o.id, title: o.title, body: o.body, place: o.place, createdAt: o.created_at })),
      }));
    },

    async answer(actor: Actor, routeId: number, answer: string) {
      const at = clock.now().toISOString();
      return inTransaction(db, async (trx) => {
        const r = await loadRoute(trx, actor, routeId);
        routeRules.authorize(actor, 'answerRoute', r, {});
        const updated = await repo.updateRoute(trx, r.id, {
          status: 'answered',
          answer,
          answered_by: actor.userId,
          answered_at: at,
          updated_at: at,
        });
        const opinions = await repo.opinionsOfRoute(trx, r.id);
        await repo.setStatus(
          trx,
          opinions.map((o) => o.id),
          { status: 'answered' },
          at,
        );
        const by =
          r.kind === 'unit' ? ((await repo.unitNames(trx, [r.unit_id!])).get(r.unit_id!) ?? '') : T.officeAnswerer;
        await routing.tellSubmitters(trx, opinions, (o: OpinionRow) => T.answered(o.title, by), 'opinion.answered');
        await audit.append(trx, actor, {
          action: 'opinion.answer',
          objectType: 'opinion_route',
          objectId: r.id,
          orgId: r.org_id,
          detail: { opinionIds: opinions.map((o) => o.id), kind: r.kind, length: answer.length },
        });
        return (await viewOf(trx, updated))!;
      });
    },

    /** The department asks the office to send the opinions elsewhere; the office is told. */
    async requestReroute(actor: Actor, routeId: number, reason: string) {
      const at = clock.now().toISOString();
      return inTransaction(db, async (trx) => {
        const r = await loadRoute(trx, actor, routeId);
        routeRules.authorize(actor, 'requestReroute', r, {});
        const updated = await repo.updateRoute(trx, r.id, {
          status: 'reroute_requested',
          reroute_reason: reason,
          updated_at: at,
        });
        const unit = (await repo.unitNames(trx, [r.unit_id!])).get(r.unit_id!) ?? '';
        await notify.send(trx, {
          orgId: r.org_id,
          userIds: await activeUserIdsWithRoles(trx, r.org_id, ['staff', 'county_admin']),
          kind: 'opinion.reroute_requested',
          ...T.rerouteRequested(unit, reason),
          link: '/opinions/processing',
          objectType: 'opinion_route',
          objectId: r.id,
        });
        await audit.append(trx, actor, {
          action: 'opinion.reroute_request',
          objectType: 'opinion_route',
          objectId: r.id,
          orgId: r.org_id,
          detail: { reason },
        });
        return (await viewOf(trx, updated))!;
      });
    },

    /** The answer to an opinion as its submitter reads it (also the office and leaders). */
    async answerOf(actor: Actor, opinionId: number) {
      processingAccess.require(actor, 'readAnswer');
      const o = await repo.opinion(db, opinionId);
      const own = !!o && actor.memberId !== null && o.member_id === actor.memberId;
      if (!o || !(own || readsOpinions(actor, o.org_id))) throw notFound();
      const route = await viewOf(db, o.route_id ? ((await repo.route(db, o.route_id)) ?? null) : null);
      return {
        opinionId: o.id,
        status: o.status,
        closedReason: o.closed_reason,
        route: route && {
          kind: route.kind,
          unitName: route.unitName,
          dueOn: route.dueOn,
          overdue: route.overdue,
          routedAt: route.routedAt,
          answer: route.status === 'answered' ? route.answer : null,
          answeredAt: route.status === 'answered' ? route.answeredAt : null,
        },
      };
    },

    /** Everything the office sees of an opinion's processing, with the steps it may take. */
    async processingOf(actor: Actor, opinionId: number) {
      processingAccess.require(actor, 'readProcessing');
      const o = await repo.opinion(db, opinionId);
      if (!o || !readsOpinions(actor, o.org_id)) throw notFound();
      const routeRow = o.route_id ? ((await repo.route(db, o.route_id)) ?? null) : null;
      const [route, cats, groupSize] = await Promise.all([
        viewOf(db, routeRow),
        repo.categories(db, o.org_id),
        o.group_id === null ? 0 : repo.groupSize(db, o.group_id),
      ]);
      const named = (id: number | null) => {
        const c = id === null ? undefined : cats.find((x) => x.id === id);
        return c ? { id: c.id, name: c.name } : null;
      };
      const steps: string[] = opinionProcessingRules.allowed(actor, o, { route: routeRow });
      if (routeRow && routeRules.allows(actor, 'answerRoute', routeRow, {})) steps.push('answerRoute');
      return {
        opinionId: o.id,
        orgId: o.org_id,
        status: o.status,
        closedReason: o.closed_reason,
        category: named(o.category_id),
        theme: named(o.theme_id),
        classifiedBy: o.classified_by,
        confidence: o.classified_confidence,
        groupId: o.group_id,
        groupSize,
        route,
        allowedActions: steps,
        office: isOpinionOffice(actor, o.org_id),
      };
    },
  };
}

export type AnswersService = ReturnType<typeof createAnswersService>;
