// Classification: each opinion gets a category and a theme — the office's keyword rules first,
// then the classifier fitted on the organisation's own opinions already classified by rule or
// by the office, with its confidence. The office corrects (classified_by 'office'); corrections
// are examples of the next fit, which happens once enough of them arrived. The fitted models
// live in memory, per organisation, and are recomputed from the opinions whenever needed.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import { terms } from '../../../platform/search/tokenizer.js';
import type { CategoryKind, ClassifiedBy } from '../../../db/tables/opinions.js';
import {
  fitNaiveBayes,
  matchRules,
  OFFICE_WEIGHT,
  predict,
  REFIT_AFTER_CORRECTIONS,
  REFIT_AFTER_GROWTH,
  type NaiveBayes,
} from './classifier.model.js';
import { opinionProcessingRules, processingAccess, readsOpinions } from './processing.policy.js';
import type { CategoryRow, OpinionRow, ProcessingRepo } from './processing.repo.js';

interface Fitted {
  office: number;
  labelled: number;
  models: Record<CategoryKind, NaiveBayes | null>;
}

export interface ClassifierDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  repo: ProcessingRepo;
}

/** The classifier of one app: fitted models per organisation, refitted as corrections arrive. */
export function createClassifier(deps: Pick<ClassifierDeps, 'repo'>) {
  const { repo } = deps;
  const fitted = new Map<number, Fitted>();

  async function modelsOf(db: Db, orgId: number): Promise<Fitted['models']> {
    const counts = await repo.trainingCounts(db, orgId);
    const have = fitted.get(orgId);
    if (
      have &&
      counts.office - have.office < REFIT_AFTER_CORRECTIONS &&
      counts.labelled <= Math.ceil(have.labelled * (1 + REFIT_AFTER_GROWTH))
    )
      return have.models;
    const rows = await repo.trainingRows(db, orgId);
    const cut = rows.map((r) => ({ r, t: terms(`${r.title} ${r.body}`) }));
    const weight = (by: ClassifiedBy | null) => (by === 'office' ? OFFICE_WEIGHT : 1);
    const models = {
      category: fitNaiveBayes(
        cut
          .filter((x) => x.r.category_id !== null)
          .map((x) => ({ terms: x.t, label: x.r.category_id!, weight: weight(x.r.classified_by) })),
      ),
      theme: fitNaiveBayes(
        cut
          .filter((x) => x.r.theme_id !== null)
          .map((x) => ({ terms: x.t, label: x.r.theme_id!, weight: weight(x.r.classified_by) })),
      ),
    };
    fitted.set(orgId, { office: counts.office, labelled: counts.labelled, models });
    return models;
  }

  /** Classifies and stores one opinion (not one the office classified: its word stands). */
  async function classify(
    db: Db,
    o: OpinionRow,
    categories: readonly CategoryRow[],
    at: string,
  ): Promise<ClassifiedBy | null> {
    if (o.classified_by === 'office') return o.classified_by;
    const models = await modelsOf(db, o.org_id);
    const text = `${o.title} ${o.body} ${o.place ?? ''}`;
    let words: string[] | null = null;
    let by: ClassifiedBy | null = null;
    let confidence: number | null = null;
    const pick = (kind: CategoryKind): number | null => {
      const active = categories.filter((c) => c.kind === kind && c.active === 1);
      const rule = matchRules(
        text,
        active.map((c) => ({ id: c.id, keywords: JSON.parse(c.keywords) as string[] })),
      );
      if (rule !== null) {
        by ??= 'rule';
        return rule;
      }
      const model = models[kind];
      const p = model ? predict(model, (words ??= terms(text))) : null;
      if (!p || !active.some((c) => c.id === p.label)) return null;
      by = 'model';
      confidence = Math.min(confidence ?? 1, p.confidence);
      return p.label;
    };
    const category_id = pick('category');
    const theme_id = pick('theme');
    await repo.setClassification(
      db,
      o.id,
      { category_id, theme_id, classified_by: by, classified_confidence: by === 'model' ? confidence : null },
      at,
    );
    // Assigned inside pick(): TypeScript narrows the closure's variable to its initial null.
    return by as ClassifiedBy | null;
  }

  return { classify, modelsOf, forget: (orgId: number) => fitted.delete(orgId) };
}
export type Classifier = ReturnType<typeof createClassifier>;

export function createClassificationService(deps: ClassifierDeps & { classifier: Classifier }) {
  const { db, clock, audit, repo, classifier } = deps;
  const now = () => clock.now().toISOString();

  async function loadOwn(trx: Db, actor: Actor, id: number) {
    const o = await repo.opinion(trx, id);
    if (!o || !readsOpinions(actor, o.org_id)) throw notFound();
    return o;
  }

  /** Both labels must be the organisation's own categories of the right kind (or none). */
  async function checkLabels(trx: Db, orgId: number, categoryId: number | null, themeId: number | null) {
    const cats = await repo.categories(trx, orgId);
    const ok = (id: number | null, kind: CategoryKind) =>
      id === null || cats.some((c) => c.id === id && c.kind === kind && c.active === 1);
    if (!ok(categoryId, 'category')) throw invalid('categoryId', '所选类别不存在或已停用');
    if (!ok(themeId, 'theme')) throw invalid('themeId', '所选主题不存在或已停用');
  }

  return {
    /** Classifies one opinion again (rules, then the classifier). */
    async classifyOne(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const o = await loadOwn(trx, actor, id);
        opinionProcessingRules.authorize(actor, 'classifyOpinion', o, { route: null });
        const by = await classifier.classify(trx, o, await repo.categories(trx, o.org_id), now());
        await audit.append(trx, actor, {
          action: 'opinion.classify',
          objectType: 'opinion',
          objectId: o.id,
          orgId: o.org_id,
          detail: { by },
        });
        return (await repo.opinion(trx, id))!;
      });
    },

    /** Classifies the named opinions of the organisation, or all its unclassified ones. */
    async classifyMany(actor: Actor, opinionIds: number[] | undefined) {
      processingAccess.require(actor, 'classifyOpinions');
      const orgId = actor.orgId;
      if (actor.currentOrgId !== orgId) throw forbidden('ORG_READ_ONLY');
      return inTransaction(db, async (trx) => {
        const rows = opinionIds
          ? await repo.opinionsByIds(trx, [...new Set(opinionIds)])
          : await repo.unclassified(trx, orgId, 5000);
        if (rows.some((o) => o.org_id !== orgId)) throw invalid('opinionIds', '所选意见不存在或不属于本单位');
        const cats = await repo.categories(trx, orgId);
        const at = now();
        const tally = { classified: 0, byRule: 0, byModel: 0, unclassified: 0, keptByOffice: 0 };
        for (const o of rows) {
          const by = await classifier.classify(trx, o, cats, at);
          if (o.classified_by === 'office') tally.keptByOffice++;
          else if (by === 'rule') tally.byRule++;
          else if (by === 'model') tally.byModel++;
          else tally.unclassified++;
        }
        tally.classified = tally.byRule + tally.byModel;
        await audit.append(trx, actor, {
          action: 'opinion.classify',
          objectType: 'opinion',
          orgId,
          detail: { ...tally, opinions: rows.length },
        });
        return tally;
      });
    },

    /** The office's correction: it stands, and the next fit learns from it. */
    async correct(actor: Actor, id: number, categoryId: number | null, themeId: number | null) {
      return inTransaction(db, async (trx) => {
        const o = await loadOwn(trx, actor, id);
        opinionProcessingRules.authorize(actor, 'correctClassification', o, { route: null });
        await checkLabels(trx, o.org_id, categoryId, themeId);
        await repo.setClassification(
          trx,
          id,
          { category_id: categoryId, theme_id: themeId, classified_by: 'office', classified_confidence: null },
          now(),
        );
        await audit.append(trx, actor, {
          action: 'opinion.classify_correct',
          objectType: 'opinion',
          objectId: id,
          orgId: o.org_id,
          detail: {
            from: { categoryId: o.category_id, themeId: o.theme_id, by: o.classified_by },
            to: { categoryId, themeId },
          },
        });
        return (await repo.opinion(trx, id))!;
      });
    },
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;
