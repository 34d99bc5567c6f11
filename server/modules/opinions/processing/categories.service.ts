// The organisation's categories (e.g. 城乡建设) and themes (e.g. 营商环境) and the keywords its
// rules match: the office adds, renames, reorders, edits keywords and retires them (a retired
// one keeps its opinions and takes no new ones).
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { conflict, forbidden, notFound } from '../../../platform/errors.js';
import type { CategoryKind } from '../../../db/tables/opinions.js';
import { isOpinionOffice, processingAccess, readsOpinions } from './processing.policy.js';
import type { CategoryRow, ProcessingRepo } from './processing.repo.js';

export interface CategoryInput {
  kind: CategoryKind;
  name: string;
  keywords: string[];
  sortOrder?: number;
}
export type CategoryPatch = Partial<Omit<CategoryInput, 'kind'>> & { active?: boolean };

/** Keywords trimmed, without empties or repeats, in the office's order. */
const cleanKeywords = (words: readonly string[]) => [...new Set(words.map((w) => w.trim()).filter(Boolean))];

export const categoryView = (c: CategoryRow, count = 0) => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  keywords: JSON.parse(c.keywords) as string[],
  sortOrder: c.sort_order,
  active: c.active === 1,
  opinions: count,
});

export function createCategoriesService(deps: {
  db: Db;
  audit: AuditLog;
  repo: ProcessingRepo;
  forget: (orgId: number) => void;
}) {
  const { db, audit, repo, forget } = deps;
  const taken = () => conflict('CATEGORY_EXISTS', '同名的类别或主题已存在');

  return {
    async list(actor: Actor) {
      processingAccess.require(actor, 'readProcessing');
      const orgId = actor.currentOrgId;
      if (!readsOpinions(actor, orgId)) throw forbidden();
      const [rows, counts] = await Promise.all([repo.categories(db, orgId), repo.categoryCounts(db, orgId)]);
      return rows.map((c) => categoryView(c, counts.get(c.id) ?? 0));
    },

    async create(actor: Actor, input: CategoryInput) {
      processingAccess.require(actor, 'manageCategories');
      if (actor.currentOrgId !== actor.orgId) throw forbidden('ORG_READ_ONLY');
      return inTransaction(db, async (trx) => {
        if (await repo.categoryNamed(trx, actor.orgId, input.kind, input.name)) throw taken();
        const c = await repo.insertCategory(trx, {
          org_id: actor.orgId,
          kind: input.kind,
          name: input.name,
          keywords: JSON.stringify(cleanKeywords(input.keywords)),
          sort_order: input.sortOrder ?? 0,
        });
        await audit.append(trx, actor, {
          action: 'opinion.category_create',
          objectType: 'opinion_category',
          objectId: c.id,
          orgId: actor.orgId,
          detail: { kind: c.kind, name: c.name },
        });
        return categoryView(c);
      });
    },

    async update(actor: Actor, id: number, patch: CategoryPatch) {
      return inTransaction(db, async (trx) => {
        const c = await repo.category(trx, id);
        if (!c || !readsOpinions(actor, c.org_id)) throw notFound();
        if (!isOpinionOffice(actor, c.org_id)) throw forbidden();
        if (patch.name !== undefined && (await repo.categoryNamed(trx, c.org_id, c.kind, patch.name, id)))
          throw taken();
        const updated = await repo.updateCategory(trx, id, {
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.keywords !== undefined && { keywords: JSON.stringify(cleanKeywords(patch.keywords)) }),
          ...(patch.sortOrder !== undefined && { sort_order: patch.sortOrder }),
          ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        });
        // A retired label may no longer be predicted: fit again on next use.
        if (patch.active === false) forget(c.org_id);
        await audit.append(trx, actor, {
          action: 'opinion.category_update',
          objectType: 'opinion_category',
          objectId: id,
          orgId: c.org_id,
          detail: { ...patch },
        });
        return categoryView(updated);
      });
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
