// Notices (通知公告): the office's notices to members, groups and county offices, with read
// receipts, a reminder to the unread and the Word copy. Attachments go through platform/files,
// readable by whoever may see the notice.
import type { FileService } from '../../../platform/files/file-service.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { noticeRoutes } from './notices.routes.js';
import { createNoticeRepo } from './notices.repo.js';
import { createNoticeService, loadNotice, NOTICE_FILE_OWNER } from './notices.service.js';
import { createReceiptService } from './receipts.service.js';

export function registerNotices(app: ZodApp, base: MeetingDeps & { files: FileService }) {
  const deps = { ...base, notices: createNoticeRepo() };
  base.files.registerOwner(NOTICE_FILE_OWNER, async (actor, ownerId) => {
    const id = Number(ownerId);
    return (
      Number.isInteger(id) &&
      (await loadNotice(deps, deps.db, actor, id, null).then(
        () => true,
        () => false,
      ))
    );
  });
  noticeRoutes(app, createNoticeService(deps), createReceiptService(deps));
}
