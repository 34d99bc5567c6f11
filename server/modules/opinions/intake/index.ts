// intake/: opinions as received — members and party members on the phone, the office's paper
// forms in bulk, and the public form of an open campaign — with the office's list, detail and
// Excel export. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createCampaignRepo } from '../campaigns/campaigns.repo.js';
import { opinionPlacerOf } from '../groups/index.js';
import { opinionClassifierOf } from '../processing/index.js';
import { createOpinionExport } from './export.service.js';
import { intakeAccess, PUBLIC_RULE } from './intake.policy.js';
import { createIntakeRepo } from './intake.repo.js';
import { intakeRoutes } from './intake.routes.js';
import { createIntakeService, type IntakeDeps } from './intake.service.js';
import { INTAKE_TEXT_PHRASES } from './intake.texts.js';
import { createPublicIntakeService } from './public.service.js';

export function registerIntake(app: ZodApp, platform: Platform): void {
  const classify = opinionClassifierOf(platform);
  const group = opinionPlacerOf(platform);
  const deps: IntakeDeps = {
    ...platform,
    intake: createIntakeRepo(platform.engine),
    campaigns: createCampaignRepo(),
    // Every opinion is filed as it arrives, in the storing transaction: classified by the
    // office's rules and the organisation's classifier, then placed among its near-duplicates.
    place: async (trx, id) => {
      await classify(trx, id);
      await group(trx, id);
    },
  };
  const intake = createIntakeService(deps);
  intakeRoutes(app, { intake, pub: createPublicIntakeService(deps), exports: createOpinionExport(deps, intake) });
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const intakeRuleNames: readonly string[] = [...intakeAccess.names, PUBLIC_RULE];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const INTAKE_PHRASES: Record<string, string> = INTAKE_TEXT_PHRASES;
