// The opinions' intake and campaigns: shapes read from the OpenAPI document, the texts (loaded
// with these pages), and the labels and colours of channels, statuses and campaign states.
import type { ResponseOf } from '../../api/paths';
import { addArea } from '../../i18n';
import { opinionsIntake } from '../../i18n/messages/opinionsIntake';

addArea('opinionsIntake', opinionsIntake);

export type CampaignDetail = ResponseOf<'/api/opinions/campaigns/{id}'>;
export type CampaignListItem = ResponseOf<'/api/opinions/campaigns'>[number];
export type OpinionListed = ResponseOf<'/api/opinions/mine'>[number];
export type OpinionDetail = ResponseOf<'/api/opinions/{id}'>;

export const CHANNELS = ['member', 'party_member', 'paper', 'public'] as const;
export const STATUSES = ['submitted', 'routed', 'answered', 'closed'] as const;

export const STATUS_COLOR: Record<string, string> = {
  submitted: 'processing',
  routed: 'warning',
  answered: 'success',
  closed: 'default',
};
export const CAMPAIGN_COLOR: Record<string, string> = { draft: 'default', open: 'processing', closed: 'success' };

/** The public form's address for a token, on this server. */
export const publicFormUrl = (token: string) => `${window.location.origin}/public/opinions/${token}`;
