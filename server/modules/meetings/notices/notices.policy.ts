// The rules of notices: the office of the notice's organisation composes, publishes, withdraws
// and reminds; its readers (a city office or leader over its counties) see published notices
// and their receipts; a recipient reads a published notice addressed to him, and nothing else.
// Composed into the one rule table in ../meetings.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { NoticeStatus } from '../../../db/tables/meetings.js';
import { isOffice, readsOrg } from '../core/meetings.policy.js';
import { nextReminderAt } from './notices.model.js';
import type { NoticeRow } from './notices.repo.js';

export interface NoticeRelation {
  /** The viewer's own receipt, when the published notice reached him. */
  recipient: { read_at: string | null } | null;
  now: string;
}

type NoticeCheck = Check<NoticeRow, NoticeRelation>;
export type NoticeRule = Rule<NoticeRow, NoticeRelation>;

/** Drafts are the office's; a published or withdrawn notice is its readers'; a recipient sees it while published. */
export function canViewNotice(actor: Actor, n: NoticeRow, rel: NoticeRelation): boolean {
  if (isOffice(actor, n)) return true;
  if (n.status === 'draft') return false;
  return readsOrg(actor, n) || (!!rel.recipient && n.status === 'published');
}

const office: NoticeCheck = who((a, n) => isOffice(a, n));
const reader: NoticeCheck = who((a, n) => isOffice(a, n) || readsOrg(a, n));
const inStatus = (statuses: readonly NoticeStatus[], code: string, message: string): NoticeCheck => ({
  test: (_a, n) => statuses.includes(n.status),
  fail: (_a, n) => conflict(code, message, { state: n.status }),
});
const draft = inStatus(['draft'], 'NOT_DRAFT', '通知已发布或已撤回，不能再修改');
const published = inStatus(['published'], 'NOT_PUBLISHED', '通知未发布或已撤回');
const notDraft = inStatus(['published', 'withdrawn'], 'NOT_PUBLISHED', '通知尚未发布');
const notRemindedLately: NoticeCheck = {
  test: (_a, n, rel) => nextReminderAt(n.reminded_at, rel.now) === null,
  fail: (_a, n, rel) =>
    conflict('REMINDED_RECENTLY', '刚提醒过未读人员，请稍后再提醒', {
      remindedAt: n.reminded_at,
      nextAt: nextReminderAt(n.reminded_at, rel.now),
    }),
};

export const NOTICE_RULES = {
  editNotice: { who: [office], when: [draft] },
  publishNotice: { who: [office], when: [draft] },
  withdrawNotice: { who: [office], when: [published] },
  noticeReceipts: { who: [reader], when: [notDraft] },
  remindNotice: { who: [office], when: [published, notRemindedLately] },
  exportNotice: { who: [reader], when: [] },
  // On the recipient's own page, when he opens it.
  readNotice: {
    who: [who((_a, _n, rel) => !!rel.recipient, 'NOT_RECIPIENT', '此通知不是发给您的')],
    when: [published],
    offered: false,
  },
} satisfies Record<string, NoticeRule>;

/** What may be done with notices as a whole. */
export const noticesAccess = abilities({
  listNotices: (a) => can(a, 'meetings.manage') || can(a, 'meetings.read_all'),
  createNotice: (a) => can(a, 'meetings.manage'),
  // Members and the offices of counties are addressed; a leader may be a member too.
  myNotices: (a) => can(a, 'meetings.attend') || can(a, 'meetings.manage') || can(a, 'meetings.read_all'),
});
