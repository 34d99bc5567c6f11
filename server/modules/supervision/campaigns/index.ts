// campaigns/: evaluation campaigns (民主评议): the campaign and its steps, its criteria with
// weights and scoring guides, the objects evaluated and the members taking part. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { EVAL_CAMPAIGN_RULES, evalCampaignAccess } from './campaigns.policy.js';
import { createCampaignRepo } from './campaigns.repo.js';
import { evalCampaignRoutes } from './campaigns.routes.js';
import { createEvalCampaignService } from './campaigns.service.js';
import { CAMPAIGNS_TEXT_PHRASES } from './campaigns.texts.js';
import { createObjectService } from './objects.service.js';
import { createParticipantService } from './participants.service.js';

export function registerEvalCampaigns(app: ZodApp, platform: Platform): void {
  const deps = { ...platform, campaigns: createCampaignRepo() };
  evalCampaignRoutes(app, {
    campaigns: createEvalCampaignService(deps),
    objects: createObjectService(deps),
    participants: createParticipantService(deps),
  });
}

export { createCampaignRepo, type CampaignRepo, type CampaignRow, type ObjectRow } from './campaigns.repo.js';
export { loadCampaign } from './campaigns.service.js';
export {
  inStatus,
  isSupervisionOffice,
  office,
  readsSupervision,
  type EvalCampaignSubject,
} from './campaigns.policy.js';

/** The rule names this sub-domain's routes give as config.rule (composed in ../supervision.policy.ts). */
export const campaignsRuleNames: readonly string[] = [...Object.keys(EVAL_CAMPAIGN_RULES), ...evalCampaignAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../supervision.texts.ts). */
export const CAMPAIGNS_PHRASES: Record<string, string> = CAMPAIGNS_TEXT_PHRASES;
