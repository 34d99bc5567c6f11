// Requests and responses of evaluation campaigns: the campaign, its criteria, its objects
// (and their Excel import), its participants and teams.
import { z } from 'zod';
import { dateString, text } from '../../../platform/http/schemas.js';
import { SUPERVISION_CAMPAIGN_STATUSES, SUPERVISION_OBJECT_KINDS } from '../../../db/tables/supervision.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const status = z.enum(SUPERVISION_CAMPAIGN_STATUSES);
const objectKind = z.enum(SUPERVISION_OBJECT_KINDS);

export const campaignBody = z.object({
  title: text(80, 2),
  objectKind,
  description: text(4000).nullish(),
  startsOn: dateString,
  endsOn: dateString,
  visitsPerObject: z.number().int().min(1).max(20).default(3),
});
// Not campaignBody.partial(): a default would fill an absent field and turn {} into a change.
export const campaignPatch = campaignBody.extend({ visitsPerObject: z.number().int().min(1).max(20) }).partial();

export const campaign = z.object({
  id: z.number(),
  orgId: z.number(),
  title: z.string(),
  objectKind,
  description: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  visitsPerObject: z.number(),
  status,
  version: z.number(),
});

export const campaignList = z.array(
  campaign.extend({ orgName: z.string(), objects: z.number(), participants: z.number(), visits: z.number() }),
);

export const criterionInput = z.object({
  name: text(40, 1),
  weight: z.number().int().min(1).max(100),
  maxScore: z.number().int().min(1).max(100).default(10),
  guide: text(1000).nullish(),
});
export const criteriaBody = z.object({ criteria: z.array(criterionInput).min(1).max(20) });
export const criterion = z.object({
  id: z.number(),
  name: z.string(),
  weight: z.number(),
  maxScore: z.number(),
  guide: z.string().nullable(),
});

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);
export const objectInput = z.object({
  name: text(80, 1),
  address: text(200).nullish(),
  district: text(40).nullish(),
  category: text(40).nullish(),
  lat: lat.nullish(),
  lon: lon.nullish(),
  responsibleUnit: text(80).nullish(),
});
export const objectsBody = z.object({ objects: z.array(objectInput).min(1).max(2000) });
export const evalObject = z.object({
  id: z.number(),
  name: z.string(),
  address: z.string().nullable(),
  district: z.string().nullable(),
  category: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  responsibleUnit: z.string().nullable(),
  responsibleUnitId: z.number().nullable(),
  unitId: z.number().nullable(),
});

export const importRow = z.object({
  row: z.number(),
  values: z.object({
    name: z.string().optional(),
    address: z.string().nullish(),
    district: z.string().nullish(),
    category: z.string().nullish(),
    lat: z.number().nullish(),
    lon: z.number().nullish(),
    responsibleUnit: z.string().nullish(),
  }),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export const importPreview = z.object({ rows: z.array(importRow), valid: z.number(), invalid: z.number() });
export const importResult = z.object({ added: z.number() });
export const importQuery = z.object({ preview: z.enum(['1', '0']).default('0') });

export const participantsBody = z.object({
  participants: z.array(z.object({ memberId: id, district: text(40).nullish(), team: text(40).nullish() })).max(3000),
});
export const participant = z.object({
  memberId: z.number(),
  name: z.string(),
  sector: z.string(),
  workUnit: z.string().nullable(),
  district: z.string().nullable(),
  team: z.string().nullable(),
  assigned: z.number(),
  visited: z.number(),
});

export const campaignDetail = campaign.extend({
  orgName: z.string(),
  criteria: z.array(criterion),
  objects: z.number(),
  participants: z.number(),
  assignments: z.number(),
  visits: z.number(),
  openProblems: z.array(z.string()),
  allowedActions: z.array(z.string()),
});

export type CampaignBody = z.infer<typeof campaignBody>;
export type ObjectInput = z.infer<typeof objectInput>;
