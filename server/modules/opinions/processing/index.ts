// processing/: classification (the office's keyword rules, then a classifier fitted on the
// organisation's own classified opinions, corrected by the office), routing (a department for
// an answer, a proposal draft, a 社情民意 report; or kept on record), the answers returned to
// each submitter, the public receipt lookup and the dashboard. See ../index.ts.
import type { Db } from '../../../db/tx.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { draftsFromElsewhereOf } from '../../proposals/index.js';
import { reportIntakeOf } from '../reports/index.js';
import { createAnswersService } from './answers.service.js';
import { createCategoriesService } from './categories.service.js';
import { createClassificationService, createClassifier, type Classifier } from './classification.service.js';
import { createDashboardService } from './dashboard.service.js';
import { OPINION_PROCESSING_RULES, processingAccess, RECEIPT_RULE, ROUTE_RULES } from './processing.policy.js';
import { createProcessingRepo } from './processing.repo.js';
import { processingRoutes } from './processing.routes.js';
import { PROCESSING_PHRASES as PHRASES } from './processing.texts.js';
import { createReceiptService } from './receipt.service.js';
import { createRoutingService } from './routing.service.js';

export { receiptHashOf } from './receipt.service.js';

// One classifier per app (its fitted models), shared by the routes and by intake's call.
const classifiers = new WeakMap<Platform, Classifier>();
const classifierOf = (platform: Platform) => {
  let c = classifiers.get(platform);
  if (!c) classifiers.set(platform, (c = createClassifier({ repo: createProcessingRepo() })));
  return c;
};

export function registerProcessing(app: ZodApp, platform: Platform): void {
  const repo = createProcessingRepo();
  const classifier = classifierOf(platform);
  const routing = createRoutingService({
    ...platform,
    repo,
    createDraft: draftsFromElsewhereOf(platform),
    createReport: reportIntakeOf(platform),
  });
  processingRoutes(app, {
    categories: createCategoriesService({ ...platform, repo, forget: classifier.forget }),
    classification: createClassificationService({ ...platform, repo, classifier }),
    routing,
    answers: createAnswersService({ ...platform, repo, routing }),
    dashboard: createDashboardService(platform),
    receipt: createReceiptService({ ...platform, repo }),
  });
}

/**
 * Classifies a new opinion (already inserted, in the caller's transaction) by the office's
 * rules and the organisation's classifier: intake may call it for every opinion it stores.
 */
export function opinionClassifierOf(platform: Platform): (trx: Db, opinionId: number) => Promise<void> {
  const classifier = classifierOf(platform);
  const repo = createProcessingRepo();
  return async (trx, opinionId) => {
    const o = await repo.opinion(trx, opinionId);
    if (!o) return;
    await classifier.classify(trx, o, await repo.categories(trx, o.org_id), platform.clock.now().toISOString());
  };
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const processingRuleNames: readonly string[] = [
  ...Object.keys(OPINION_PROCESSING_RULES),
  ...Object.keys(ROUTE_RULES),
  ...processingAccess.names,
];
/** The public receipt lookup's rule (its route is under /api/public, not /api/opinions). */
export const processingPublicRuleNames: readonly string[] = [RECEIPT_RULE];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const PROCESSING_PHRASES: Record<string, string> = PHRASES;
