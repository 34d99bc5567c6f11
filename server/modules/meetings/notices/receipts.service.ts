// Reading notices: the office's list and a notice's page, the recipient's own list (unread
// first, with the count for the badge), the read receipt (first read time), the office's view
// of who has read and who has not, one reminder to the unread every few hours, and the Word copy.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { can } from '../../../platform/access/actor.js';
import { chinaDate, zhDate } from '../../../platform/clock.js';
import { conflict } from '../../../platform/errors.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import { orgName } from '../../orgs/index.js';
import { noticeRules } from '../meetings.policy.js';
import { REMIND_GAP_HOURS } from './notices.model.js';
import { noticesAccess } from './notices.policy.js';
import type { NoticeRow } from './notices.repo.js';
import type * as S from './notices.schema.js';
import { loadNotice, NOTICE_FILE_OWNER, tellNotice, type NoticeDeps } from './notices.service.js';
import { noticeTexts } from './notices.texts.js';
import { noticeDocument } from './notice-doc.js';

const countsOf = (n: Pick<NoticeRow, 'recipient_count'>, read: number) => ({
  total: n.recipient_count,
  read,
  unread: n.recipient_count - read,
});

const summary = (n: NoticeRow, read: number) => ({
  id: n.id,
  orgId: n.org_id,
  title: n.title,
  status: n.status,
  meetingId: n.meeting_id,
  publishedAt: n.published_at,
  updatedAt: n.updated_at,
  counts: countsOf(n, read),
});

export function createReceiptService(deps: NoticeDeps) {
  const { db, audit, clock, notices, files } = deps;
  const now = () => clock.now().toISOString();
  const meetingOf = async (n: NoticeRow) => {
    const m = n.meeting_id ? await deps.meetings.get(db, n.meeting_id) : undefined;
    return m ? { id: m.id, title: m.title } : null;
  };

  return {
    async list(actor: Actor, q: z.infer<typeof S.listQuery>) {
      noticesAccess.require(actor, 'listNotices');
      const r = await notices.list(
        db,
        {
          ownOrgId: can(actor, 'meetings.manage') ? actor.orgId : null,
          readOrgIds: actor.visibleOrgIds,
          status: q.status,
          meetingId: q.meetingId,
        },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return { ...q, total: r.total, items: r.items.map((n) => summary(n, n.read_count)) };
    },

    async detail(actor: Actor, id: number) {
      const { n, rel } = await loadNotice(deps, db, actor, id, null);
      const reader =
        noticeRules.allows(actor, 'noticeReceipts', n, rel) || noticeRules.allows(actor, 'editNotice', n, rel);
      const [read, meeting, attachments] = await Promise.all([
        reader ? notices.readCount(db, n.id) : 0,
        meetingOf(n),
        files.listFor(db, NOTICE_FILE_OWNER, n.id),
      ]);
      return {
        ...summary(n, read),
        ...(!reader && { counts: { total: 0, read: 0, unread: 0 } }),
        body: n.body,
        audience: reader ? (JSON.parse(n.audience) as S.NoticeAudienceBody) : null,
        meeting,
        attachments: attachments.map(summaryOf),
        recipient: !!rel.recipient,
        myReadAt: rel.recipient?.read_at ?? null,
        withdrawnAt: n.withdrawn_at,
        remindedAt: n.reminded_at,
        allowedActions: noticeRules.allowed(actor, n, rel),
      };
    },

    async mine(actor: Actor, q: z.infer<typeof S.myNoticesQuery>) {
      noticesAccess.require(actor, 'myNotices');
      const r = await notices.mine(db, actor.userId, q.pageSize, (q.page - 1) * q.pageSize);
      return {
        ...q,
        total: r.total,
        unread: r.unread,
        items: r.items.map((i) => ({
          id: i.id,
          title: i.title,
          meetingId: i.meeting_id,
          publishedAt: i.published_at,
          readAt: i.read_at,
        })),
      };
    },

    /** The receipt: the first open is recorded (and audited); later opens answer the same time. */
    async read(actor: Actor, id: number) {
      const { n } = await loadNotice(deps, db, actor, id, 'readNotice');
      return inTransaction(db, async (trx) => {
        const mine = (await notices.receiptOf(trx, n.id, actor.userId))!;
        if (mine.read_at) return { readAt: mine.read_at };
        const at = now();
        if (await notices.markRead(trx, mine.id, at))
          await audit.append(trx, actor, {
            action: 'meeting.notice_read',
            objectType: 'meeting_notice',
            objectId: n.id,
            orgId: n.org_id,
          });
        return { readAt: (await notices.receiptOf(trx, n.id, actor.userId))!.read_at! };
      });
    },

    async receipts(actor: Actor, id: number, q: z.infer<typeof S.receiptsQuery>) {
      const { n } = await loadNotice(deps, db, actor, id, 'noticeReceipts');
      const read = q.read === undefined ? undefined : q.read === 'true';
      const [r, readCount] = await Promise.all([
        notices.receipts(db, n.id, read, q.pageSize, (q.page - 1) * q.pageSize),
        notices.readCount(db, n.id),
      ]);
      return {
        page: q.page,
        pageSize: q.pageSize,
        total: r.total,
        counts: countsOf(n, readCount),
        items: r.items.map((i) => ({
          userId: i.user_id,
          memberId: i.member_id,
          name: i.member_name ?? i.display_name,
          org: i.org_name,
          readAt: i.read_at,
        })),
      };
    },

    /** One reminder to those who have not read it, then none for REMIND_GAP_HOURS. */
    async remind(actor: Actor, id: number) {
      const { n } = await loadNotice(deps, db, actor, id, 'remindNotice');
      return inTransaction(db, async (trx) => {
        // Under the notice's own row: two clicks at once send one reminder.
        const at = now();
        if (!(await notices.claimReminder(trx, n.id, n.reminded_at, at)))
          throw conflict('REMINDED_RECENTLY', '刚提醒过未读人员，请稍后再提醒');
        const unread = await notices.recipientUserIds(trx, n.id, true);
        if (!unread.length) throw conflict('ALL_READ', '所有人都已阅读，无需提醒');
        await tellNotice(deps, trx, n, unread, 'meeting.notice_reminder', noticeTexts.reminder);
        await audit.append(trx, actor, {
          action: 'meeting.notice_remind',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
          detail: { reminded: unread.length },
        });
        const nextAt = new Date(new Date(at).getTime() + REMIND_GAP_HOURS * 3600_000).toISOString();
        return { reminded: unread.length, nextAt };
      });
    },

    async document(actor: Actor, id: number) {
      const { n } = await loadNotice(deps, db, actor, id, 'exportNotice');
      const [meeting, attachments, org] = await Promise.all([
        meetingOf(n),
        files.listFor(db, NOTICE_FILE_OWNER, n.id),
        orgName(db, n.org_id),
      ]);
      const data = await noticeDocument({
        title: n.title,
        body: n.body,
        org,
        date: zhDate(n.published_at ?? n.updated_at),
        meeting: meeting?.title ?? null,
        attachments: attachments.map((f) => f.name),
      });
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'meeting.notice_export',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
        }),
      );
      return { filename: `${n.title}-${chinaDate(new Date(n.published_at ?? n.updated_at))}.docx`, data };
    },
  };
}

export type ReceiptService = ReturnType<typeof createReceiptService>;
