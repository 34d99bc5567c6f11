// What the office sets beside the figures: its annual targets and its cohorts (named lists of
// members for backbone or key-work training). Written for the office's home organisation only,
// each write in one transaction with one audit entry.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict, forbidden } from '../../../platform/errors.js';
import type { TargetMeasure } from '../../../db/tables/study-coverage.js';
import { figure, yearBounds } from './coverage.model.js';
import { coverageAccess } from './coverage.policy.js';
import * as repo from './coverage.repo.js';
import * as settingsRepo from './settings.repo.js';
import type * as S from './coverage.schema.js';
import type { CoverageDeps, CoverageService } from './coverage.service.js';
import { COHORT_LABELS } from './coverage.texts.js';
import type { z } from 'zod';

export function createCoverageSettings(deps: CoverageDeps, coverage: CoverageService) {
  const { db, audit, clock, orgTree } = deps;
  const now = () => clock.now().toISOString();

  /** The scope of an organisation (a cohort's members come from it and its counties). */
  async function scopeOf(orgId: number, year: number): Promise<repo.Scope> {
    const orgIds = await orgTree.visibleFrom(orgId);
    return { orgIds, year: yearBounds(year), ...(await repo.currentTerms(db, orgIds)) };
  }

  async function checkedMembers(actor: Actor, year: number, ids: readonly number[]) {
    const unique = [...new Set(ids)];
    const found = await repo.currentMemberIds(db, await scopeOf(actor.orgId, year), unique);
    if (found.length !== unique.length) throw badRequest('MEMBER_NOT_FOUND', '所选委员不存在或不是本组织的现任委员');
    return unique.sort((a, b) => a - b);
  }

  /** A cohort of the office's own organisation (404 if unseen, 403 if another's). */
  async function ownCohort(actor: Actor, id: number) {
    coverageAccess.require(actor, 'manageCohorts');
    const c = await coverage.visibleCohort(actor, id);
    if (c.org_id !== actor.orgId) throw forbidden('ORG_READ_ONLY', '只能管理本组织的培训名单');
    return c;
  }

  async function detail(actor: Actor, id: number): Promise<z.infer<typeof S.cohortDetail>> {
    const c = await coverage.visibleCohort(actor, id);
    const scope = await scopeOf(c.org_id, c.year);
    const [fig] = (await repo.cohortFigures(db, scope, c.org_id, c.year)).filter((x) => x.id === c.id);
    const ids = await settingsRepo.cohortMemberIds(db, c.id);
    const names = ids.length
      ? await db.selectFrom('members').select(['id', 'name']).where('id', 'in', ids).orderBy('pinyin').execute()
      : [];
    return {
      id: c.id,
      orgId: c.org_id,
      name: c.name,
      kind: c.kind,
      kindLabel: COHORT_LABELS[c.kind],
      year: c.year,
      ...figure(Number(fig?.total ?? 0), Number(fig?.trained ?? 0)),
      members: names,
    };
  }

  return {
    async setTargets(actor: Actor, b: z.infer<typeof S.targetsBody>) {
      coverageAccess.require(actor, 'setCoverageTargets');
      if (actor.currentOrgId !== actor.orgId) throw forbidden('ORG_READ_ONLY', '只能设置本组织的培训覆盖目标');
      const given = (['all', 'new'] as TargetMeasure[]).filter((m) => b[m] !== undefined);
      if (!given.length) throw badRequest('NO_TARGET', '请至少设置一项目标');
      await inTransaction(db, async (trx) => {
        for (const measure of given)
          await settingsRepo.setTarget(trx, {
            orgId: actor.orgId,
            year: b.year,
            measure,
            percent: b[measure] ?? null,
            by: actor.userId,
            at: now(),
          });
        await audit.append(trx, actor, {
          action: 'study.coverage_target_set',
          objectType: 'organisation',
          objectId: actor.orgId,
          orgId: actor.orgId,
          detail: { year: b.year, ...Object.fromEntries(given.map((m) => [m, b[m]])) },
        });
      });
      const c = await coverage.coverage(actor, { orgId: actor.orgId, year: b.year });
      return { year: b.year, targets: c.targets };
    },

    detail,

    async createCohort(actor: Actor, b: z.infer<typeof S.cohortBody>) {
      coverageAccess.require(actor, 'manageCohorts');
      if (actor.currentOrgId !== actor.orgId) throw forbidden('ORG_READ_ONLY', '只能管理本组织的培训名单');
      const memberIds = await checkedMembers(actor, b.year, b.memberIds);
      const id = await inTransaction(db, async (trx) => {
        if (await settingsRepo.nameTaken(trx, actor.orgId, b.year, b.name))
          throw conflict('COHORT_NAME_TAKEN', '同一年度已有同名培训名单');
        const { id } = await settingsRepo.insertCohort(trx, {
          orgId: actor.orgId,
          year: b.year,
          name: b.name,
          kind: b.kind,
          by: actor.userId,
          at: now(),
        });
        await settingsRepo.replaceCohortMembers(trx, id, memberIds);
        await audit.append(trx, actor, {
          action: 'study.coverage_cohort_create',
          objectType: 'study_cohort',
          objectId: id,
          orgId: actor.orgId,
          detail: { name: b.name, kind: b.kind, year: b.year, members: memberIds.length },
        });
        return id;
      });
      return detail(actor, id);
    },

    async updateCohort(actor: Actor, id: number, b: z.infer<typeof S.cohortUpdateBody>) {
      const c = await ownCohort(actor, id);
      const memberIds = b.memberIds ? await checkedMembers(actor, c.year, b.memberIds) : undefined;
      await inTransaction(db, async (trx) => {
        if (b.name && (await settingsRepo.nameTaken(trx, c.org_id, c.year, b.name, c.id)))
          throw conflict('COHORT_NAME_TAKEN', '同一年度已有同名培训名单');
        await settingsRepo.updateCohort(trx, c.id, { name: b.name, kind: b.kind, updated_at: now() });
        if (memberIds) await settingsRepo.replaceCohortMembers(trx, c.id, memberIds);
        await audit.append(trx, actor, {
          action: 'study.coverage_cohort_update',
          objectType: 'study_cohort',
          objectId: c.id,
          orgId: c.org_id,
          detail: { name: b.name, kind: b.kind, members: memberIds?.length },
        });
      });
      return detail(actor, c.id);
    },

    async deleteCohort(actor: Actor, id: number) {
      const c = await ownCohort(actor, id);
      await inTransaction(db, async (trx) => {
        await settingsRepo.deleteCohort(trx, c.id);
        await audit.append(trx, actor, {
          action: 'study.coverage_cohort_delete',
          objectType: 'study_cohort',
          objectId: c.id,
          orgId: c.org_id,
          detail: { name: c.name, year: c.year },
        });
      });
      return { ok: true as const };
    },
  };
}

export type CoverageSettings = ReturnType<typeof createCoverageSettings>;
