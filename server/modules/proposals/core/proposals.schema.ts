// Requests and responses of the proposal core: drafting, submission, review, the detail
// and the list. Handling, feedback, key proposals and statistics have their own schema files.
import { z } from 'zod';
import { paged, text } from '../../../platform/http/schemas.js';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { PROPOSAL_KINDS, PROPOSAL_STATES, RESULT_CLASSES } from './lifecycle.model.js';

const id = z.number().int().positive();

const collectiveType = z.enum(['committee', 'sector', 'party', 'group']);
export const collectiveSchema = z.object({
  type: collectiveType,
  /** A committee, sector or group id, or a party code. */
  ref: z.union([id, z.string().regex(/^[a-z]{2,10}$/)]),
});

/** The draft's fields, without defaults: an edit changes only what it names. */
const draftFields = {
  title: text(120, 1),
  reasons: text(20000),
  suggestions: text(20000),
  category: text(20).nullable(),
  themes: z.array(text(30, 1)).max(10),
  isPublic: z.boolean(),
  suggestedUnitIds: z.array(id).max(10),
  kind: z.enum(PROPOSAL_KINDS),
  /** Joint proposals: members invited as co-proposers. */
  coProposerIds: z.array(id).max(50),
  /** Collective proposals (entered by the office): in whose name. */
  collective: collectiveSchema.nullable(),
  attachmentIds: z.array(z.string().uuid()).max(10),
};

export const draftBody = z.object({
  ...draftFields,
  category: draftFields.category.optional(),
  themes: draftFields.themes.default([]),
  isPublic: draftFields.isPublic.default(false),
  suggestedUnitIds: draftFields.suggestedUnitIds.default([]),
  kind: draftFields.kind.default('individual'),
  coProposerIds: draftFields.coProposerIds.default([]),
  collective: draftFields.collective.optional(),
  attachmentIds: draftFields.attachmentIds.default([]),
});
export type DraftInput = z.infer<typeof draftBody>;

/** A new draft: the office may name the member it is written for; `submit` submits it at once. */
export const createBody = draftBody.extend({
  leadMemberId: z.number().int().positive().optional(),
  submit: z.boolean().default(false),
});

export const updateDraftBody = z
  .object(draftFields)
  .partial()
  .extend({
    version: z.number().int().min(1),
    /** The office only, on a draft it entered for a member: a different member as the proposer. */
    leadMemberId: z.number().int().positive().optional().describe('更换提案人：仅限政协机关代委员录入、尚未提交的草稿'),
    /** Attachments already on the proposal to remove with this edit. */
    removeAttachmentIds: z.array(z.string().uuid()).max(50).optional(),
  });

export const versionBody = z.object({ version: z.number().int().min(1).optional() });

export const respondInvitationBody = z.object({ accept: z.boolean() });

export const myInvitation = z.object({
  proposalId: z.number(),
  title: z.string(),
  leadName: z.string(),
  status: z.enum(['invited', 'accepted', 'declined', 'expired']),
  invitedAt: z.string().nullable(),
  inviteDeadline: z.string().nullable(),
  respondedAt: z.string().nullable(),
});
export const myInvitations = z.object({ items: z.array(myInvitation) });

export const acceptBody = z.object({
  category: text(20).optional(),
  isPublic: z.boolean().optional(),
  note: text(2000).optional(),
});
export const rejectBody = z.object({ reason: text(40, 1), note: text(2000).optional() });
export const noteBody = z.object({ note: text(2000, 1) });
export const optionalNoteBody = z.object({ note: text(2000).optional() });

export const batchReviewBody = z.object({
  ids: z.array(id).min(1).max(200),
  action: z.enum(['accept', 'reject', 'return', 'convert']),
  reason: text(40).optional(),
  note: text(2000).optional(),
});
export const batchResult = z.object({
  results: z.array(
    z.object({ id: z.number(), ok: z.boolean(), code: z.string().optional(), message: z.string().optional() }),
  ),
});

export const mergeBody = z.object({ mainId: id, otherIds: z.array(id).min(1).max(50), note: text(2000).optional() });

const namedRef = z.object({ id: z.number(), name: z.string() });

export const proposer = z.object({
  memberId: z.number(),
  name: z.string(),
  role: z.enum(['lead', 'co', 'merged']),
  status: z.enum(['invited', 'accepted', 'declined', 'expired']),
  inviteDeadline: z.string().nullable(),
});

export const proposalDetail = z.object({
  id: z.number(),
  orgId: z.number(),
  termId: z.number(),
  sessionId: z.number().nullable(),
  kind: z.enum(PROPOSAL_KINDS),
  collective: z.object({ type: collectiveType, ref: z.string(), name: z.string() }).nullable(),
  title: z.string(),
  reasons: z.string(),
  suggestions: z.string(),
  category: z.string().nullable(),
  themes: z.array(z.string()),
  isPublic: z.boolean(),
  suggestedUnits: z.array(namedRef),
  state: z.enum(PROPOSAL_STATES),
  number: z.number().nullable(),
  numberLabel: z.string().nullable(),
  proposers: z.array(proposer),
  authorUserId: z.number(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  replyDeadline: z.string().nullable(),
  overdue: z.boolean(),
  rehandleCount: z.number(),
  isKey: z.boolean(),
  keyStatus: z.enum(['nominated', 'approved', 'declined']).nullable(),
  keyLeader: namedRef.nullable(),
  isExcellent: z.boolean(),
  excellentYear: z.number().nullable(),
  mergedInto: z.object({ id: z.number(), title: z.string(), numberLabel: z.string().nullable() }).nullable(),
  mergedFrom: z.array(z.object({ id: z.number(), title: z.string() })),
  rejectReason: z.string().nullable(),
  reviewNote: z.string().nullable(),
  attachments: z.array(fileSummary),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  assignedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  allowedActions: z.array(z.string()),
});
export type ProposalDetail = z.infer<typeof proposalDetail>;

export const listItem = z.object({
  id: z.number(),
  orgId: z.number(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  state: z.enum(PROPOSAL_STATES),
  category: z.string().nullable(),
  leadName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  isKey: z.boolean(),
  isExcellent: z.boolean(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  replyDeadline: z.string().nullable(),
  overdue: z.boolean(),
});
export type ListItem = z.infer<typeof listItem>;

const csvIds = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((s) => s.split(',').map(Number));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: text(100).optional(),
  termId: z.coerce.number().int().positive().optional(),
  sessionId: z.union([z.coerce.number().int().positive(), z.literal('interim')]).optional(),
  state: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/)
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(PROPOSAL_STATES)))
    .optional(),
  category: text(20).optional(),
  theme: text(30).optional(),
  sectorId: z.coerce.number().int().positive().optional(),
  committeeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  isKey: flag.optional(),
  isExcellent: flag.optional(),
  resultClass: z.enum(RESULT_CLASSES).optional(),
  overdue: flag.optional(),
  /** Only proposals the viewer proposed (members), or drafted (office). */
  mine: flag.optional(),
  ids: csvIds.optional(),
  sort: z
    .enum(['number', '-number', 'submittedAt', '-submittedAt', 'updatedAt', '-updatedAt', 'replyDeadline'])
    .default('-submittedAt'),
});
export type ListQuery = z.infer<typeof listQuery>;

export const listResponse = paged(listItem);
