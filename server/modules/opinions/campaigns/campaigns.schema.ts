// Requests and responses of the campaigns.
import { z } from 'zod';
import { dateString, text } from '../../../platform/http/schemas.js';
import { CAMPAIGN_STATUSES } from '../../../db/tables/opinions.js';
import { DESCRIPTION_MAX, THEME_MAX, TITLE_MAX } from './campaigns.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const campaignBody = z.object({
  year: z.number().int().min(2000).max(2100),
  title: text(TITLE_MAX, 2),
  theme: text(THEME_MAX, 2),
  description: text(DESCRIPTION_MAX).nullish(),
  startsOn: dateString,
  endsOn: dateString,
});
export const campaignPatch = campaignBody.partial();
export const orgsBody = z.object({ orgIds: z.array(id).max(200) });
export const participantsBody = z.object({ memberIds: z.array(id).max(500) });
export const publicBody = z.object({ enabled: z.boolean() });

const status = z.enum(CAMPAIGN_STATUSES);

export const campaign = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  title: z.string(),
  theme: z.string(),
  description: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  status,
  publicOpen: z.boolean(),
  hasPublicLink: z.boolean(),
});
/** The link's token, answered only when it is made (turned on the first time, or rotated). */
export const publicLink = campaign.extend({ token: z.string().nullable() });

export const campaignList = z.array(
  z.object({
    id: z.number(),
    orgId: z.number(),
    orgName: z.string(),
    year: z.number(),
    title: z.string(),
    theme: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    status,
    publicOpen: z.boolean(),
  }),
);
export const openCampaigns = z.array(
  z.object({ id: z.number(), year: z.number(), title: z.string(), theme: z.string(), orgName: z.string() }),
);

export const campaignDetail = campaign.extend({
  orgs: z.array(z.object({ id: z.number(), name: z.string(), level: z.string() })),
  choosableOrgs: z.array(z.object({ id: z.number(), name: z.string() })),
  participants: z.array(
    z.object({
      orgId: z.number(),
      memberId: z.number(),
      name: z.string(),
      party: z.string().nullable(),
      sector: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.number(),
      orgId: z.number(),
      title: z.string(),
      startsAt: z.string(),
      venue: z.string().nullable(),
    }),
  ),
  counts: z.array(
    z.object({
      orgId: z.number(),
      member: z.number(),
      partyMember: z.number(),
      paper: z.number(),
      public: z.number(),
      total: z.number(),
    }),
  ),
  allowedActions: z.array(z.string()),
});
export const orgsResult = z.object({ orgIds: z.array(z.number()) });
export const participantsResult = z.object({ added: z.number(), removed: z.number() });
