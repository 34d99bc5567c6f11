// campaigns/: the sector activity week (界别活动周): the year's campaign and theme, the
// organisations and members taking part, its events (the activity-week meetings) and the public
// form's link. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { CAMPAIGN_RULES, campaignAccess } from './campaigns.policy.js';
import { createCampaignRepo } from './campaigns.repo.js';
import { campaignRoutes } from './campaigns.routes.js';
import { createCampaignService } from './campaigns.service.js';
import { CAMPAIGNS_TEXT_PHRASES } from './campaigns.texts.js';

export function registerCampaigns(app: ZodApp, platform: Platform): void {
  campaignRoutes(app, createCampaignService({ ...platform, campaigns: createCampaignRepo() }));
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const campaignsRuleNames: readonly string[] = [...Object.keys(CAMPAIGN_RULES), ...campaignAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const CAMPAIGNS_PHRASES: Record<string, string> = CAMPAIGNS_TEXT_PHRASES;
