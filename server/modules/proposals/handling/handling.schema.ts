// Requests and responses of handling: assignment, signing, extensions, urging, contacts,
// co-opinions and replies, feedback, commitments, the unit inbox, the office board and the timeline.
import { z } from 'zod';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { dateString, paged, pageQuery, single, text } from '../../../platform/http/schemas.js';
import { ASSIGNMENT_STATUSES, PROPOSAL_STATES, RESULT_CLASSES } from '../core/lifecycle.model.js';
import { timelineFact, WHO_KINDS } from './timeline.model.js';
import { TIMELINE_KINDS } from './timeline.texts.js';

const id = z.number().int().positive();
const flag = single(z.enum(['true', 'false']).transform((v) => v === 'true'));
const rating = z.enum(['satisfied', 'basic', 'unsatisfied']);
const assignmentRole = z.enum(['lead', 'co', 'split']);

export const assignBody = z.object({
  units: z
    .array(z.object({ unitId: id, role: assignmentRole, partNote: text(500).optional() }))
    .min(1)
    .max(20),
  /** 交办意见: goes to the units with the notice. */
  note: text(1000).optional(),
});
export type AssignInput = z.infer<typeof assignBody>;

export const declineBody = z.object({ reason: text(1000, 1) });
export const urgeBody = z.object({ assignmentId: id, note: text(500).optional() });
/** The office puts another unit in a co unit's place (one that does not sign, or does not work). */
export const replaceCoUnitBody = z.object({ assignmentId: id, unitId: id, reason: text(1000, 1) });
export type ReplaceCoUnitInput = z.infer<typeof replaceCoUnitBody>;
/** The proposers' full phone numbers, as revealed to an assigned unit (each reveal audited). */
export const proposerPhonesResponse = z.object({
  proposers: z.array(
    z.object({
      memberId: z.number(),
      name: z.string(),
      role: z.enum(['lead', 'co', 'merged']),
      phone: z.string().nullable(),
    }),
  ),
});
export const extensionBody = z.object({ requestedDeadline: dateString, reason: text(1000, 1) });
export const decideExtensionBody = z.object({ approve: z.boolean(), note: text(1000).optional() });
export const extensionParams = z.object({
  id: z.coerce.number().int().positive(),
  extensionId: z.coerce.number().int().positive(),
});
export const contactBody = z.object({
  contactedOn: dateString,
  way: z.enum(['visit', 'phone', 'meeting', 'other']),
  notes: text(2000, 1),
});
export const coOpinionBody = z.object({ body: text(20000, 1) });
export const replyBody = z.object({
  body: text(50000, 1),
  /** A reply letter uploaded through POST /api/files. */
  fileId: z.string().uuid().optional(),
  signer: text(40, 1),
  resultClass: z.enum(RESULT_CLASSES),
  commitments: z
    .array(z.object({ content: text(500, 1), dueDate: dateString }))
    .max(30)
    .default([]),
});
export type ReplyInput = z.infer<typeof replyBody>;
export const sendBackBody = z.object({ replyId: id, note: text(2000, 1) });
export const closeBody = z.object({ note: text(1000).optional() });
export const rateBody = z.object({
  contacted: z.enum(['visited', 'phone', 'none']),
  attitude: rating,
  result: rating,
  comments: text(2000).optional(),
});
export type RateInput = z.infer<typeof rateBody>;
export const progressBody = z.object({ note: text(2000, 1), done: z.boolean().default(false) });
export const dropBody = z.object({ reason: text(1000, 1) });

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  single(
    z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/)
      .transform((s) => s.split(','))
      .pipe(z.array(z.enum(values))),
  );

export const inboxQuery = z.object({
  ...pageQuery,
  status: csv(ASSIGNMENT_STATUSES).optional(),
  overdue: flag.optional(),
  /** Urged by the office (the home page's 被催办 figure). */
  urged: flag.optional(),
  sort: single(z.enum(['deadline', '-assignedAt'])).default('deadline'),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const boardQuery = z.object({
  ...pageQuery,
  unitId: z.coerce.number().int().positive().optional(),
  overdue: flag.optional(),
  /** Which deadline has passed: unsigned past the sign-for deadline, or unanswered past the reply deadline. */
  late: single(z.enum(['sign', 'reply'])).optional(),
  urged: flag.optional(),
  /** Only assignments still unsigned after their sign-for deadline (a co unit holding back, a unit to replace). */
  signOverdue: flag.optional(),
  sort: single(z.enum(['deadline', '-deadline', '-urgeCount'])).default('deadline'),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const commitmentsQuery = z.object({
  ...pageQuery,
  overdue: flag.optional(),
  status: single(z.enum(['open', 'done', 'dropped'])).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export type CommitmentsQuery = z.infer<typeof commitmentsQuery>;

/** One assignment as a list row: where it stands and how late it is. */
const assignmentItem = z.object({
  id: z.number(),
  proposalId: z.number(),
  unitId: z.number(),
  role: assignmentRole,
  partNote: z.string().nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
  round: z.number(),
  signDeadline: z.string(),
  replyDeadline: z.string(),
  signedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  /** Days until the reply deadline (negative when past); null once answered or no longer open. */
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  signOverdue: z.boolean(),
  urgeCount: z.number().nullable(),
  lastUrgedAt: z.string().nullable(),
});

export const inboxItem = assignmentItem.extend({
  numberLabel: z.string().nullable(),
  title: z.string(),
  proposalState: z.enum(PROPOSAL_STATES),
});
export const inboxResponse = paged(inboxItem);
export const boardResponse = paged(inboxItem.extend({ unitName: z.string() })).extend({
  summary: z.object({ open: z.number(), overdue: z.number(), urged: z.number(), signOverdue: z.number() }),
});

const commitmentUpdate = z.object({
  id: z.number(),
  note: z.string(),
  marksDone: z.boolean(),
  by: z.string().nullable(),
  createdAt: z.string(),
});
const commitmentBase = z.object({
  id: z.number(),
  proposalId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  content: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const commitmentItem = commitmentBase.extend({
  replyId: z.number(),
  updates: z.array(commitmentUpdate),
  allowedActions: z.array(z.string()),
});
export const commitmentsResponse = paged(
  commitmentBase.extend({
    numberLabel: z.string().nullable(),
    title: z.string(),
    daysOverdue: z.number(),
    lastUpdateAt: z.string().nullable(),
  }),
);

export const handlingView = z.object({
  proposalId: z.number(),
  state: z.enum(PROPOSAL_STATES),
  /** How the viewer sees the handling: everything, as one of the units, or as a proposer. */
  viewer: z.enum(['office', 'unit', 'proposer']),
  resultLabels: z.object({ A: z.string(), B: z.string(), C: z.string(), D: z.string() }),
  /**
   * For a lead or split unit viewing its own work: what its formal reply waits for, and from
   * whom (null for anyone else). `required` says whether the organisation's rules hold the
   * reply back for it; co units not yet done are listed either way, so the lead knows.
   */
  replyWaits: z
    .object({
      contact: z.object({ required: z.boolean(), recorded: z.boolean() }),
      coOpinions: z.object({
        required: z.boolean(),
        units: z.array(
          z.object({
            unitId: z.number(),
            unitName: z.string(),
            status: z.enum(['pending_sign', 'signed']),
            signDeadline: z.string(),
            signOverdue: z.boolean(),
          }),
        ),
      }),
    })
    .nullable(),
  /** The proposers with their masked phone numbers, for an assigned unit (revealed in full by POST proposer-phones). */
  proposerContacts: z.array(
    z.object({
      memberId: z.number(),
      name: z.string(),
      role: z.enum(['lead', 'co', 'merged']),
      phoneMasked: z.string().nullable(),
    }),
  ),
  assignments: z.array(
    assignmentItem.extend({
      unitName: z.string(),
      signedLate: z.boolean(),
      declinedAt: z.string().nullable(),
      declineReason: z.string().nullable(),
      allowedActions: z.array(z.string()),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      contactedOn: z.string(),
      way: z.enum(['visit', 'phone', 'meeting', 'other']),
      notes: z.string(),
      createdAt: z.string(),
    }),
  ),
  coOpinions: z.array(
    z.object({
      id: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      round: z.number(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  replies: z.array(
    z.object({
      id: z.number(),
      assignmentId: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      round: z.number(),
      resultClass: z.enum(RESULT_CLASSES).nullable(),
      resultLabel: z.string().nullable(),
      body: z.string(),
      file: fileSummary.nullable(),
      signer: z.string().nullable(),
      sentBack: z.boolean(),
      sentBackNote: z.string().nullable(),
      createdAt: z.string(),
      allowedActions: z.array(z.string()),
    }),
  ),
  commitments: z.array(commitmentItem),
  extensions: z.array(
    z.object({
      id: z.number(),
      assignmentId: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      requestedDeadline: z.string(),
      reason: z.string(),
      status: z.enum(['pending', 'approved', 'refused', 'lapsed']),
      decidedAt: z.string().nullable(),
      decisionNote: z.string().nullable(),
      createdAt: z.string(),
      allowedActions: z.array(z.string()),
    }),
  ),
  urgings: z.array(
    z.object({
      id: z.number(),
      assignmentId: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      note: z.string().nullable(),
      by: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  feedback: z.array(
    z.object({
      id: z.number(),
      round: z.number(),
      memberName: z.string(),
      contacted: z.enum(['visited', 'phone', 'none']),
      attitude: rating,
      result: rating,
      comments: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type HandlingView = z.infer<typeof handlingView>;

export const timelineResponse = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      /** A person, a handling unit (for its staff), 政协机关 or 系统. */
      who: z.string(),
      /** What `who` is: a person's or a unit's name (as written), or the office or the system (to be labelled). */
      whoKind: z.enum(WHO_KINDS),
      /** The step's kind: the web app labels it in the reader's language. */
      action: z.enum(TIMELINE_KINDS),
      /** The step's name in Chinese (for clients without their own labels). */
      label: z.string(),
      /** What the step says beyond its kind, in Chinese (the facts below, worded). */
      detail: z.string().nullable(),
      /** The same as facts, for a client that words them in its reader's language. */
      facts: z.array(timelineFact),
    }),
  ),
});
