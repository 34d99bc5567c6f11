// Routing: the office sends an opinion, or a whole near-duplicate group (all opinions with that
// group_id still open), to a department for an answer by a due date, into a proposal draft
// with the submitters as proposers, or into a 社情民意 report; or keeps it on record with a
// reason. Routing again moves the opinions to the new route (a route left without opinions is
// withdrawn). Each step authorises through the rules, runs in one transaction, tells whom it
// concerns and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { addDays } from '../../../platform/workdays.js';
import type { RouteKind } from '../../../db/tables/opinion-processing.js';
import { activeUserIdsOfMembers, activeUserIdsOfUnits } from '../../accounts/index.js';
import { currentTerm } from '../../orgs/index.js';
import type { CreateDraftFrom } from '../../proposals/index.js';
import type { CreateReportFrom } from '../reports/index.js';
import { opinionProcessingRules, readsOpinions } from './processing.policy.js';
import type { OpinionRow, ProcessingRepo } from './processing.repo.js';
import { processingTexts as T } from './processing.texts.js';

/** The days a department has to answer when the office names no date. */
export const DEFAULT_ANSWER_DAYS = 15;

export type Target = { opinionId: number } | { groupId: number };

export interface RouteInput {
  kind: RouteKind;
  unitId?: number;
  dueOn?: string;
  note?: string;
  /** For a proposal or a report: the title and text (prefilled from the opinions, editable). */
  title?: string;
  body?: string;
}

export interface RoutingDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notify: Notifier;
  repo: ProcessingRepo;
  createDraft: CreateDraftFrom;
  createReport: CreateReportFrom;
}

/** The prefilled title and text of a proposal or report made of opinions: the first's, and the others' points. */
export function prefill(opinions: readonly OpinionRow[]): { title: string; body: string } {
  const [first, ...rest] = opinions;
  const body = [first!.body, ...rest.map((o, i) => `（${i + 2}）${o.title}：${o.body}`)].join('\n\n');
  return { title: first!.title, body };
}

export function createRoutingService(deps: RoutingDeps) {
  const { db, clock, audit, notify, repo } = deps;
  const now = () => clock.now().toISOString();

  /** The opinions a step acts on, the actor allowed to read them (404 otherwise). */
  async function load(trx: Db, actor: Actor, target: Target): Promise<OpinionRow[]> {
    if ('opinionId' in target) {
      const o = await repo.opinion(trx, target.opinionId);
      if (!o || !readsOpinions(actor, o.org_id)) throw notFound();
      return [o];
    }
    const rows = await repo.opinionsOfGroup(trx, actor.currentOrgId, target.groupId);
    if (!rows.length || !readsOpinions(actor, actor.currentOrgId)) throw notFound();
    return rows;
  }

  /** The ones the step may take: one opinion must pass; of a group, the finished ones are left alone. */
  async function authorized(trx: Db, actor: Actor, target: Target, step: 'routeOpinion' | 'closeOpinion') {
    const rows = await load(trx, actor, target);
    const open = rows.filter((o) => o.status === 'submitted' || o.status === 'routed');
    if ('opinionId' in target || !open.length) {
      const o = rows[0]!;
      const route = o.route_id ? ((await repo.route(trx, o.route_id)) ?? null) : null;
      opinionProcessingRules.authorize(actor, step, o, { route });
      if (!open.length) throw conflict('GROUP_FINISHED', '该组没有可交办的意见（均已答复或存档）');
    } else for (const o of open) opinionProcessingRules.authorize(actor, step, o, { route: null });
    return open;
  }

  /** Routes left empty once their opinions moved are withdrawn. */
  async function withdrawEmptied(trx: Db, before: readonly OpinionRow[], at: string) {
    const previous = [...new Set(before.map((o) => o.route_id).filter((id): id is number => id !== null))];
    for (const id of await repo.emptyRoutes(trx, previous))
      await repo.updateRoute(trx, id, { status: 'withdrawn', updated_at: at });
  }

  const memberIdsOf = (rows: readonly OpinionRow[]) => [
    ...new Set(rows.map((o) => o.member_id).filter((id): id is number => id !== null)),
  ];

  async function tellSubmitters(
    trx: Db,
    rows: readonly OpinionRow[],
    message: (o: OpinionRow) => { title: string; body: string },
    kind: string,
  ) {
    for (const o of rows) {
      if (o.member_id === null) continue;
      const userIds = await activeUserIdsOfMembers(trx, [o.member_id]);
      if (!userIds.length) continue;
      await notify.send(trx, {
        orgId: o.org_id,
        userIds,
        kind,
        ...message(o),
        link: T.link(o.id),
        objectType: 'opinion',
        objectId: o.id,
      });
    }
  }

  return {
    tellSubmitters,

    async route(actor: Actor, target: Target, input: RouteInput) {
      const at = now();
      const today = chinaToday(clock);
      return inTransaction(db, async (trx) => {
        const rows = await authorized(trx, actor, target, 'routeOpinion');
        const orgId = rows[0]!.org_id;
        const text = prefill(rows);
        const title = input.title ?? text.title;
        const body = input.body ?? text.body;
        let unitName = '';
        const values = {
          org_id: orgId,
          kind: input.kind,
          group_id: 'groupId' in target ? target.groupId : null,
          unit_id: null as number | null,
          due_on: null as string | null,
          proposal_id: null as number | null,
          report_id: null as number | null,
          note: input.note ?? null,
          routed_by: actor.userId,
          routed_at: at,
          updated_at: at,
        };
        if (input.kind === 'unit') {
          if (!input.unitId) throw invalid('unitId', '交办给承办单位时须选择承办单位');
          const unit = await repo.unit(trx, input.unitId);
          if (!unit || unit.org_id !== orgId || unit.active !== 1)
            throw invalid('unitId', '所选承办单位不存在或不属于本单位');
          const due = input.dueOn ?? addDays(today, DEFAULT_ANSWER_DAYS);
          if (due < today) throw invalid('dueOn', '答复期限不能早于今天');
          Object.assign(values, { unit_id: unit.id, due_on: due });
          unitName = unit.name;
        } else if (input.kind === 'proposal') {
          const memberIds = memberIdsOf(rows);
          if (!memberIds.length) throw conflict('NO_MEMBER_SUBMITTER', '只有委员提出的意见可以转为提案');
          if (!(await currentTerm(trx, orgId)))
            throw conflict('NO_CURRENT_TERM', '本组织尚未设置当前届次，不能转为提案');
          values.proposal_id = await deps.createDraft(trx, {
            orgId,
            title,
            reasons: body,
            memberIds,
            byUserId: actor.userId,
            source: T.reportSource,
          });
        } else {
          values.report_id = await deps.createReport(trx, {
            orgId,
            title,
            body,
            authorMemberIds: memberIdsOf(rows),
            source: { kind: 'opinion', opinionIds: rows.map((o) => o.id) },
            byUserId: actor.userId,
          });
        }
        const route = await repo.insertRoute(trx, values);
        const ids = rows.map((o) => o.id);
        await repo.setStatus(trx, ids, { status: 'routed', route_id: route.id }, at);
        await withdrawEmptied(trx, rows, at);
        if (route.kind === 'unit')
          await notify.send(trx, {
            orgId,
            userIds: await activeUserIdsOfUnits(trx, [route.unit_id!]),
            kind: 'opinion.routed',
            ...T.routedToUnit(ids.length, route.due_on!),
            link: '/opinions/unit',
            objectType: 'opinion_route',
            objectId: route.id,
          });
        const where =
          route.kind === 'unit'
            ? T.where.unit(unitName)
            : route.kind === 'proposal'
              ? T.where.proposal
              : T.where.report;
        await tellSubmitters(trx, rows, (o) => T.routedForSubmitter(o.title, where), 'opinion.routed_own');
        await audit.append(trx, actor, {
          action: 'opinion.route',
          objectType: 'opinion',
          objectId: ids[0]!,
          orgId,
          detail: {
            routeId: route.id,
            kind: route.kind,
            opinionIds: ids,
            groupId: route.group_id,
            unitId: route.unit_id,
            dueOn: route.due_on,
            proposalId: route.proposal_id,
            reportId: route.report_id,
          },
        });
        return {
          routeId: route.id,
          kind: route.kind,
          opinions: ids.length,
          proposalId: route.proposal_id,
          reportId: route.report_id,
        };
      });
    },

    /** Keeps on record without routing (存档留作参考), with the reason the submitters are told. */
    async close(actor: Actor, target: Target, reason: string) {
      const at = now();
      return inTransaction(db, async (trx) => {
        const rows = await authorized(trx, actor, target, 'closeOpinion');
        const ids = rows.map((o) => o.id);
        await repo.setStatus(trx, ids, { status: 'closed', closed_reason: reason, route_id: null }, at);
        await withdrawEmptied(trx, rows, at);
        await tellSubmitters(trx, rows, (o) => T.closed(o.title, reason), 'opinion.closed');
        await audit.append(trx, actor, {
          action: 'opinion.close',
          objectType: 'opinion',
          objectId: ids[0]!,
          orgId: rows[0]!.org_id,
          detail: { opinionIds: ids, reason },
        });
        return { closed: ids.length };
      });
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
