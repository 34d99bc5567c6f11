// Who visits what. The office runs the rules (assignment.model.ts) over the campaign's objects and
// participants — a team counts as one visitor with every member's work units — keeping what was
// assigned by hand and what has already been visited, and then adjusts by hand: add a member or a
// team to an object, or take an assignment away.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { loadCampaign, type CampaignRepo } from '../campaigns/index.js';
import { assignObjects, type Assignee } from './assignment.model.js';
import type { AssignmentRepo } from './assignment.repo.js';

export interface AssignmentDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  campaigns: CampaignRepo;
  assignments: AssignmentRepo;
}

const keyOf = (r: { member_id: number | null; team_id: number | null }) =>
  r.team_id !== null ? `t:${r.team_id}` : `m:${r.member_id}`;

/** The most frequent of the members' districts (ties: the first by name). */
function commonDistrict(districts: (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const d of districts) if (d) n.set(d, (n.get(d) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

export function createAssignmentService(deps: AssignmentDeps) {
  const { db, clock, audit, campaigns, assignments } = deps;
  const load = (trx: Db, actor: Actor, id: number, step?: 'assignEvalObjects' | 'editEvalAssignments') =>
    loadCampaign(campaigns, trx, actor, id, step);
  const log = (
    trx: Db,
    actor: Actor,
    c: { id: number; org_id: number },
    action: 'supervision.assign' | 'supervision.assignment_add' | 'supervision.assignment_remove',
    detail: Record<string, unknown>,
  ) =>
    audit.append(trx, actor, { action, objectType: 'supervision_campaign', objectId: c.id, orgId: c.org_id, detail });

  return {
    async teams(actor: Actor, id: number) {
      await load(db, actor, id);
      const rows = await campaigns.teams(db, id);
      return rows.map((t) => ({ id: t.id, name: t.name, members: Number(t.members) }));
    },

    async list(actor: Actor, id: number) {
      await load(db, actor, id);
      const [objects, rows, visitors] = await Promise.all([
        campaigns.objects(db, id),
        assignments.list(db, id),
        assignments.visitors(db, id),
      ]);
      return objects.map((o) => ({
        objectId: o.id,
        name: o.name,
        district: o.district,
        assignees: rows
          .filter((r) => r.object_id === o.id)
          .map((r) => ({
            assignmentId: r.id,
            memberId: r.member_id,
            teamId: r.team_id,
            name: r.team_name ?? r.member_name ?? '',
            source: r.source,
            visited: visitors.some(
              (v) =>
                v.object_id === o.id && (r.team_id !== null ? v.team_id === r.team_id : v.member_id === r.member_id),
            ),
          })),
      }));
    },

    async assign(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'assignEvalObjects');
        const [objects, people, existing, visitors] = await Promise.all([
          campaigns.objects(trx, id),
          assignments.participants(trx, id),
          assignments.list(trx, id),
          assignments.visitors(trx, id),
        ]);
        if (!objects.length || !people.length) throw conflict('NOTHING_TO_ASSIGN', '须先有评议对象和参加委员才能分配');
        const teams = new Map<number, typeof people>();
        for (const p of people) if (p.team_id !== null) teams.set(p.team_id, [...(teams.get(p.team_id) ?? []), p]);
        const assignees: Assignee[] = [
          ...people
            .filter((p) => p.team_id === null)
            .map((p) => ({
              key: `m:${p.member_id}`,
              district: p.district,
              workUnits: p.work_unit ? [p.work_unit] : [],
            })),
          ...[...teams].map(([teamId, ms]) => ({
            key: `t:${teamId}`,
            district: commonDistrict(ms.map((m) => m.district)),
            workUnits: ms.flatMap((m) => (m.work_unit ? [m.work_unit] : [])),
          })),
        ];
        // Hand-made assignments stay; so do automatic ones somebody has already visited.
        const kept = existing.filter(
          (r) =>
            r.source === 'manual' ||
            visitors.some(
              (v) =>
                v.object_id === r.object_id &&
                (r.team_id !== null ? v.team_id === r.team_id : v.member_id === r.member_id),
            ),
        );
        const result = assignObjects({
          objects: objects.map((o) => ({
            id: o.id,
            name: o.name,
            district: o.district,
            responsibleUnit: o.responsible_unit,
          })),
          assignees,
          visitsPerObject: c.visits_per_object,
          fixed: kept.map((r) => ({ objectId: r.object_id, key: keyOf(r) })),
        });
        const fresh = result.assignments
          .filter((a) => a.reason !== 'fixed')
          .map((a) => ({
            objectId: a.objectId,
            memberId: a.key.startsWith('m:') ? Number(a.key.slice(2)) : null,
            teamId: a.key.startsWith('t:') ? Number(a.key.slice(2)) : null,
          }));
        await assignments.replaceAuto(
          trx,
          id,
          kept.map((r) => r.id),
          fresh,
          clock.now().toISOString(),
        );
        const loads = Object.values(result.loads);
        const summary = {
          assignments: result.assignments.length,
          sameDistrict: result.assignments.filter((a) => a.reason === 'same_district').length,
          minLoad: loads.length ? Math.min(...loads) : 0,
          maxLoad: loads.length ? Math.max(...loads) : 0,
          shortfalls: result.shortfalls,
        };
        await log(trx, actor, c, 'supervision.assign', { ...summary, shortfalls: result.shortfalls.length });
        return summary;
      });
    },

    async add(actor: Actor, id: number, input: { objectId: number; memberId?: number; teamId?: number }) {
      if ((input.memberId === undefined) === (input.teamId === undefined))
        throw invalid('memberId', '请选择一位委员或一个小组');
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'editEvalAssignments');
        const o = await campaigns.object(trx, input.objectId);
        if (!o || o.campaign_id !== id) throw invalid('objectId', '评议对象不属于本次评议活动');
        if (input.memberId !== undefined && !(await campaigns.isParticipant(trx, id, input.memberId)))
          throw invalid('memberId', '该委员未参加本次评议活动');
        if (input.teamId !== undefined && !(await assignments.teams(trx, id)).some((t) => t.id === input.teamId))
          throw invalid('teamId', '小组不属于本次评议活动');
        const rows = await assignments.list(trx, id);
        if (
          rows.some(
            (r) =>
              r.object_id === o.id &&
              (input.teamId !== undefined ? r.team_id === input.teamId : r.member_id === input.memberId),
          )
        )
          throw conflict('ALREADY_ASSIGNED', '已分配过该对象');
        const assignmentId = await assignments.insert(trx, {
          campaignId: id,
          objectId: o.id,
          memberId: input.memberId ?? null,
          teamId: input.teamId ?? null,
          at: clock.now().toISOString(),
        });
        await log(trx, actor, c, 'supervision.assignment_add', { ...input });
        return { assignmentId };
      });
    },

    async remove(actor: Actor, id: number, assignmentId: number) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'editEvalAssignments');
        const a = await assignments.get(trx, assignmentId);
        if (!a || a.campaign_id !== id) throw notFound('ASSIGNMENT_NOT_FOUND', '分配记录不存在');
        await assignments.remove(trx, assignmentId);
        await log(trx, actor, c, 'supervision.assignment_remove', {
          objectId: a.object_id,
          memberId: a.member_id,
          teamId: a.team_id,
        });
        return { ok: true as const };
      });
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
