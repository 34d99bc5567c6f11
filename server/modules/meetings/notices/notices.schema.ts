// Requests and responses of notices.
import { z } from 'zod';
import { NOTICE_STATUSES } from '../../../db/tables/meetings.js';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { pageQuery, paged, single, text } from '../../../platform/http/schemas.js';
import { audienceFields, namesMembers } from '../invitations/invitations.schema.js';

const ids = z.array(z.number().int().positive());

/** The invitation's audience, plus the offices of the counties below. */
export const noticeAudience = audienceFields
  .extend({ officeOrgIds: ids.max(200).optional() })
  .refine((a) => namesMembers(a) || (a.officeOrgIds?.length ?? 0) > 0, '请选择通知对象');
export type NoticeAudienceBody = z.infer<typeof noticeAudience>;

const fields = {
  title: text(200, 2),
  body: text(20000, 2),
  audience: noticeAudience,
  /** A meeting of the office's own organisation the notice is about. */
  meetingId: z.number().int().positive().nullable().optional(),
  /** Uploaded files (POST /api/files) to attach; on an edit, the full list to keep. */
  fileIds: z.array(z.string().uuid()).max(10).optional(),
};
export const createBody = z.object(fields);
export const updateBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, '没有要修改的内容');

const counts = z.object({ total: z.number(), read: z.number(), unread: z.number() });

export const noticeSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  title: z.string(),
  status: z.enum(NOTICE_STATUSES),
  meetingId: z.number().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  counts,
});
export const noticeList = paged(noticeSummary);
export const listQuery = z.object({
  status: single(z.enum(NOTICE_STATUSES).optional()),
  meetingId: single(z.coerce.number().int().positive().optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});

export const noticeDetail = noticeSummary.extend({
  body: z.string(),
  /** The office's own choice of recipients (null for a recipient reading it). */
  audience: noticeAudience.nullable(),
  meeting: z.object({ id: z.number(), title: z.string() }).nullable(),
  attachments: z.array(fileSummary),
  /** Whether the notice reached the reader (his page records the read when opened). */
  recipient: z.boolean(),
  /** The reader's own receipt, when the notice reached him. */
  myReadAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  allowedActions: z.array(z.string()),
});

export const publishResult = z.object({
  recipients: z.number(),
  /** Members of the audience with no active account: not reached in the app. */
  withoutAccount: z.number(),
});
export const readResult = z.object({ readAt: z.string() });
export const remindResult = z.object({ reminded: z.number(), nextAt: z.string() });

export const receiptsQuery = z.object({
  read: single(z.enum(['true', 'false']).optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});
export const receipt = z.object({
  userId: z.number(),
  memberId: z.number().nullable(),
  name: z.string(),
  /** The recipient's organisation (a county's office, or the notice's own). */
  org: z.string().nullable(),
  readAt: z.string().nullable(),
});
export const receipts = paged(receipt).extend({ counts });

export const myNoticesQuery = z.object({ page: single(pageQuery.page), pageSize: single(pageQuery.pageSize) });
export const myNotices = paged(
  z.object({
    id: z.number(),
    title: z.string(),
    meetingId: z.number().nullable(),
    publishedAt: z.string().nullable(),
    readAt: z.string().nullable(),
  }),
).extend({ unread: z.number() });
