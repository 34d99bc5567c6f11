// Requests and responses of the consultations themselves.
import { z } from 'zod';
import { dateString, text } from '../../../platform/http/schemas.js';
import { CONSULTATION_STATUSES, PUBLIC_MODES } from '../../../db/tables/consultations.js';
import { DESCRIPTION_MAX, SEEDS_MAX, STATEMENT_MAX, TITLE_MAX, UNITS_MAX } from './core.model.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const fields = {
  title: text(TITLE_MAX, 2),
  description: text(DESCRIPTION_MAX),
  opensOn: dateString,
  closesOn: dateString,
  membersTakePart: z.boolean(),
  unitIds: z.array(id).max(UNITS_MAX),
  topicId: id.nullable(),
  meetingId: id.nullable(),
};
export const consultationBody = z.object({
  ...fields,
  description: fields.description.default(''),
  membersTakePart: fields.membersTakePart.default(true),
  unitIds: fields.unitIds.default([]),
  topicId: fields.topicId.default(null),
  meetingId: fields.meetingId.default(null),
  seeds: z.array(text(STATEMENT_MAX, 2)).max(SEEDS_MAX).default([]),
});
export const consultationPatch = z.object(fields).partial();
export const publicBody = z.object({ mode: z.enum(PUBLIC_MODES) });

const status = z.enum(CONSULTATION_STATUSES);
export const consultation = z.object({
  id: z.number(),
  orgId: z.number(),
  title: z.string(),
  description: z.string(),
  status,
  opensOn: z.string(),
  closesOn: z.string(),
  membersTakePart: z.boolean(),
  unitIds: z.array(z.number()),
  publicMode: z.enum(PUBLIC_MODES),
  hasPublicLink: z.boolean(),
  topicId: z.number().nullable(),
  meetingId: z.number().nullable(),
  source: z.string(),
  analysedAt: z.string().nullable(),
});
export const consultationDetail = consultation.extend({
  counts: z.object({
    accepted: z.number(),
    pending: z.number(),
    rejected: z.number(),
    votes: z.number(),
    voters: z.number(),
  }),
  /** The steps the caller may take now (the buttons to show). */
  allowed: z.array(z.string()),
});
/** The link's token is answered only when it is made: shown once. */
export const publicLink = consultation.extend({ token: z.string().nullable() });

export const consultationList = z.array(
  z.object({
    id: z.number(),
    orgId: z.number(),
    orgName: z.string(),
    title: z.string(),
    status,
    opensOn: z.string(),
    closesOn: z.string(),
    publicMode: z.enum(PUBLIC_MODES),
    source: z.string(),
  }),
);
export const mineList = z.array(
  z.object({ id: z.number(), title: z.string(), description: z.string(), opensOn: z.string(), closesOn: z.string() }),
);
