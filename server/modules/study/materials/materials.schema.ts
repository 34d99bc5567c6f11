// Requests and responses of study materials: the office's drafts, list and progress, and the
// member's list, reader steps (open, heartbeat, finish, reflection).
import { z } from 'zod';
import { MATERIAL_KINDS, MATERIAL_STATUSES } from '../../../db/tables/study-materials.js';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { dateString, pageQuery, paged, single, text } from '../../../platform/http/schemas.js';
import { audienceFields, namesMembers } from '../../meetings/index.js';

/** The meetings' audience: the whole body, committees, sectors, groups, parties, named members. */
export const materialAudience = audienceFields.refine(namesMembers, '请选择学习对象');
export type MaterialAudienceBody = z.infer<typeof materialAudience>;

const fields = {
  title: text(200, 2),
  summary: text(1000, 2),
  /** The article's text (kind article). */
  body: text(50000).nullable().optional(),
  /** The video's address: https only (kind video). */
  url: text(2000).nullable().optional(),
  minutes: z.number().int().min(1).max(600),
  audience: materialAudience,
  deadline: dateString.nullable().optional(),
  /** Uploaded files (POST /api/files) for a document; on an edit, the full list to keep. */
  fileIds: z.array(z.string().uuid()).max(10).optional(),
};
export const createBody = z.object({ kind: z.enum(MATERIAL_KINDS), ...fields });
export const updateBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, '没有要修改的内容');

const counts = z.object({ assigned: z.number(), opened: z.number(), finished: z.number() });

export const materialSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  kind: z.enum(MATERIAL_KINDS),
  title: z.string(),
  summary: z.string(),
  minutes: z.number(),
  deadline: z.string().nullable(),
  status: z.enum(MATERIAL_STATUSES),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  counts,
});
export const materialList = paged(materialSummary);
export const listQuery = z.object({
  status: single(z.enum(MATERIAL_STATUSES).optional()),
  kind: single(z.enum(MATERIAL_KINDS).optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});

/** The reader's own reading of a material assigned to him. */
export const myReading = z.object({
  openedAt: z.string().nullable(),
  seconds: z.number(),
  finishedAt: z.string().nullable(),
  reflection: z.string().nullable(),
  reflectedAt: z.string().nullable(),
  overdue: z.boolean(),
});

export const materialDetail = materialSummary.extend({
  body: z.string().nullable(),
  url: z.string().nullable(),
  attachments: z.array(fileSummary),
  /** The office's own choice (null for a member reading it). */
  audience: materialAudience.nullable(),
  withdrawnAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  /** Set when the material is assigned to the reader. */
  mine: myReading.nullable(),
  allowedActions: z.array(z.string()),
});

export const publishResult = z.object({
  assigned: z.number(),
  /** Assigned members with no active account: not told in the app. */
  withoutAccount: z.number(),
});
export const remindResult = z.object({ reminded: z.number(), nextAt: z.string() });

export const PROGRESS_STATES = ['unopened', 'unfinished', 'finished'] as const;
export const progressQuery = z.object({
  /** unopened: never opened; unfinished: not marked read (opened or not); finished. All when absent. */
  state: single(z.enum(PROGRESS_STATES).optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});
export const progress = paged(
  z.object({
    memberId: z.number(),
    name: z.string(),
    committee: z.string().nullable(),
    openedAt: z.string().nullable(),
    seconds: z.number(),
    finishedAt: z.string().nullable(),
    reflection: z.string().nullable(),
  }),
).extend({ counts: counts.extend({ unopened: z.number(), unfinished: z.number() }) });

export const myQuery = z.object({
  /** todo: not yet finished; done: finished. All when absent. */
  state: single(z.enum(['todo', 'done']).optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});
export const myMaterials = paged(
  z.object({
    id: z.number(),
    kind: z.enum(MATERIAL_KINDS),
    title: z.string(),
    summary: z.string(),
    minutes: z.number(),
    deadline: z.string().nullable(),
    publishedAt: z.string().nullable(),
    openedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    seconds: z.number(),
    overdue: z.boolean(),
    reflected: z.boolean(),
  }),
).extend({ todo: z.number(), overdue: z.number(), done: z.number() });

export const heartbeatBody = z.object({
  /** Seconds the page was visible since the last heartbeat, as the page counted them. */
  seconds: z.number().int().min(0).max(3600),
});
export const heartbeatResult = z.object({ seconds: z.number(), added: z.number() });
export const reflectionBody = z.object({ text: text(1000, 2) });
