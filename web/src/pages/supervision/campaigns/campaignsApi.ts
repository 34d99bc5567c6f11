// Evaluation campaigns (民主评议): shapes read from the OpenAPI document, the pages' texts (loaded
// with these pages) and the colours of the campaign's states.
import type { ResponseOf } from '../../../api/paths';
import { addArea } from '../../../i18n';
import { supervisionCampaigns } from '../../../i18n/messages/supervisionCampaigns';

addArea('supervisionCampaigns', supervisionCampaigns);

export type EvalCampaignListItem = ResponseOf<'/api/supervision/campaigns'>[number];
export type EvalCampaign = ResponseOf<'/api/supervision/campaigns/{id}'>;
export type EvalObject = ResponseOf<'/api/supervision/campaigns/{id}/objects'>[number];
export type EvalParticipant = ResponseOf<'/api/supervision/campaigns/{id}/participants'>[number];
export type ObjectAssignments = ResponseOf<'/api/supervision/campaigns/{id}/assignments'>[number];
export type EvalVisitListed = ResponseOf<'/api/supervision/campaigns/{id}/visits'>[number];

export const OBJECT_KINDS = ['place', 'unit', 'project', 'window'] as const;

export const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  open: 'processing',
  reviewing: 'warning',
  closed: 'success',
};
