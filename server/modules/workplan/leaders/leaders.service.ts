// Leader engagement: the office records the party secretary's, the mayor's and other leaders'
// visits to the CPPCC (who, when, why, what was discussed) against a yearly target per role, and
// leaders' instructions (批示) on the research reports; the figures put visits against targets,
// count instructions and requests for opinions answered and adopted, and list what waits on the
// leaders. Requests for opinions themselves are requests.service.ts. Each write authorises
// through the rules, runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import { LEADER_ROLES } from '../../../db/tables/workplan-engagement.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import { isWorkplanOffice, readsWorkplan } from '../scope.policy.js';
import { engagementAccess, engagementRules } from './leaders.policy.js';
import type { EngagementRepo, VisitRow } from './leaders.repo.js';
import type { InstructionInput, VisitInput } from './leaders.schema.js';
import { isOverdue } from './requests.service.js';

export interface EngagementDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  engagement: EngagementRepo;
}

export function createLeaderService(deps: EngagementDeps) {
  const { db, clock, audit, engagement: repo } = deps;
  const now = () => clock.now().toISOString();

  const presentVisit = (actor: Actor, v: VisitRow) => ({
    id: v.id,
    role: v.role,
    leaderName: v.leader_name,
    visitedOn: v.visited_on,
    purpose: v.purpose,
    discussed: v.discussed,
    allowedActions: engagementRules.allowed(actor, { orgId: v.org_id }, null).filter((s) => s === 'editVisit'),
  });

  /** A visit is recorded once it happened. */
  function checkVisitDate(visitedOn: string) {
    if (visitedOn > chinaToday(clock)) throw invalid('visitedOn', '来访日期不能晚于今天');
  }

  return {
    async visits(actor: Actor, year: number) {
      engagementAccess.require(actor, 'readEngagement');
      return (await repo.visits(db, actor.currentOrgId, year)).map((v) => presentVisit(actor, v));
    },

    async recordVisit(actor: Actor, input: VisitInput) {
      engagementAccess.require(actor, 'recordVisit');
      checkVisitDate(input.visitedOn);
      const id = await inTransaction(db, async (trx) => {
        const at = now();
        const id = await repo.insertVisit(trx, {
          org_id: actor.orgId,
          role: input.role,
          leader_name: input.leaderName,
          visited_on: input.visitedOn,
          purpose: input.purpose,
          discussed: input.discussed ?? null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.visit_record',
          objectType: 'workplan_leader_visit',
          objectId: id,
          orgId: actor.orgId,
        });
        return id;
      });
      return presentVisit(actor, (await repo.visit(db, id))!);
    },

    async editVisit(actor: Actor, id: number, input: Partial<VisitInput>) {
      await inTransaction(db, async (trx) => {
        const v = await repo.visit(trx, id);
        if (!v || !readsWorkplan(actor, v.org_id)) throw notFound('VISIT_NOT_FOUND', '来访记录不存在');
        engagementRules.authorize(actor, 'editVisit', { orgId: v.org_id }, null);
        if (input.visitedOn !== undefined) checkVisitDate(input.visitedOn);
        await repo.updateVisit(trx, id, {
          ...(input.role !== undefined && { role: input.role }),
          ...(input.leaderName !== undefined && { leader_name: input.leaderName }),
          ...(input.visitedOn !== undefined && { visited_on: input.visitedOn }),
          ...(input.purpose !== undefined && { purpose: input.purpose }),
          ...(input.discussed !== undefined && { discussed: input.discussed }),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'workplan.visit_update',
          objectType: 'workplan_leader_visit',
          objectId: id,
          orgId: v.org_id,
        });
      });
      return presentVisit(actor, (await repo.visit(db, id))!);
    },

    /** Replaces the year's targets (a role left out has none). */
    async setTargets(actor: Actor, year: number, targets: { role: (typeof LEADER_ROLES)[number]; target: number }[]) {
      engagementAccess.require(actor, 'setVisitTargets');
      if (new Set(targets.map((t) => t.role)).size !== targets.length)
        throw invalid('targets', '每个角色只能设置一次目标');
      await inTransaction(db, async (trx) => {
        await repo.setTargets(trx, actor.orgId, year, targets);
        await audit.append(trx, actor, {
          action: 'workplan.visit_targets',
          objectType: 'workplan_visit_targets',
          objectId: year,
          orgId: actor.orgId,
          detail: { targets },
        });
      });
      return (await repo.targets(db, actor.orgId, year)).map((t) => ({ role: t.role, target: t.target }));
    },

    async instructions(actor: Actor, year: number) {
      engagementAccess.require(actor, 'readEngagement');
      return (await repo.instructions(db, actor.currentOrgId, year)).map((i) => ({
        id: i.id,
        reportId: i.report_id,
        reportTitle: i.report_title,
        leaderName: i.leader_name,
        role: i.role,
        givenOn: i.given_on,
        text: i.text,
      }));
    },

    async recordInstruction(actor: Actor, input: InstructionInput) {
      engagementAccess.require(actor, 'recordInstruction');
      const id = await inTransaction(db, async (trx) => {
        const r = await repo.report(trx, input.reportId);
        if (!r || !readsWorkplan(actor, r.org_id)) throw notFound('REPORT_NOT_FOUND', '调研报告不存在');
        if (!isWorkplanOffice(actor, r.org_id))
          throw forbidden('NOT_WORKPLAN_OFFICE', '只有本单位政协办可以办理此事项');
        const id = await repo.insertInstruction(trx, {
          org_id: actor.orgId,
          report_id: r.id,
          leader_name: input.leaderName,
          role: input.role,
          given_on: input.givenOn,
          text: input.text,
          created_by: actor.userId,
          created_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'workplan.instruction_record',
          objectType: 'workplan_report',
          objectId: r.id,
          orgId: actor.orgId,
          detail: { instructionId: id },
        });
        return id;
      });
      const year = Number(input.givenOn.slice(0, 4));
      return (await this.instructions(actor, year)).find((i) => i.id === id)!;
    },

    /** The year's engagement: visits against targets, instructions, requests answered and adopted, what waits. */
    async figures(actor: Actor, year: number) {
      engagementAccess.require(actor, 'readEngagement');
      const orgId = actor.currentOrgId;
      const [visits, targets, instructions, requests, reports] = await Promise.all([
        repo.visits(db, orgId, year),
        repo.targets(db, orgId, year),
        repo.instructions(db, orgId, year),
        repo.requests(db, orgId, year),
        repo.reportsWithoutInstruction(db, orgId, year),
      ]);
      const today = chinaToday(clock);
      const count = (f: (r: (typeof requests)[number]) => boolean) => requests.filter(f).length;
      const open = requests.filter((r) => r.answer === null).sort((a, b) => a.deadline.localeCompare(b.deadline));
      return {
        year,
        visits: LEADER_ROLES.map((role) => ({
          role,
          done: visits.filter((v) => v.role === role).length,
          target: targets.find((t) => t.role === role)?.target ?? null,
        })),
        instructions: instructions.length,
        reportsInstructed: new Set(instructions.map((i) => i.report_id)).size,
        requests: {
          total: requests.length,
          answered: count((r) => r.answer !== null),
          adopted: count((r) => r.adoption === 'adopted'),
          partly: count((r) => r.adoption === 'partly'),
          declined: count((r) => r.adoption === 'declined'),
          overdue: count((r) => isOverdue(r, today)),
        },
        awaiting: {
          reports: reports.map((r) => ({ id: r.id, title: r.title })),
          requests: open.map((r) => ({ id: r.id, title: r.title, deadline: r.deadline })),
        },
      };
    },
  };
}

export type LeaderService = ReturnType<typeof createLeaderService>;
