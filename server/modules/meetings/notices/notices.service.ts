// Notices: the office drafts one (title, body, attachments, optionally a meeting, an audience),
// publishes it — the audience resolved once into recipients, set-based, and each told through
// the notify platform — and may withdraw it. Each write authorises through the rule table, runs
// in one transaction and appends one audit entry.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { FileService } from '../../../platform/files/file-service.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { activeUserIdsWithRoles } from '../../accounts/index.js';
import { membersOfAudience } from '../../members/index.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { noticeRules } from '../meetings.policy.js';
import { OFFICE_ROLES, type NoticeAudience } from './notices.model.js';
import { canViewNotice, noticesAccess, type NoticeRelation } from './notices.policy.js';
import type { NoticeRepo, NoticeRow } from './notices.repo.js';
import type * as S from './notices.schema.js';
import { noticeTexts } from './notices.texts.js';

export const NOTICE_FILE_OWNER = 'meeting_notice';

export interface NoticeDeps extends MeetingDeps {
  notices: NoticeRepo;
  files: FileService;
}

type Step = (typeof noticeRules.steps)[number];

/** The notice a step is taken on: missing unless the actor may see it, then the step's rule. */
export async function loadNotice(deps: NoticeDeps, db: Db, actor: Actor, id: number, step: Step | null) {
  const n = await deps.notices.get(db, id);
  if (!n) throw notFound();
  const rel: NoticeRelation = {
    recipient: (await deps.notices.receiptOf(db, n.id, actor.userId)) ?? null,
    now: deps.clock.now().toISOString(),
  };
  if (!canViewNotice(actor, n, rel)) throw notFound();
  if (step) noticeRules.authorize(actor, step, n, rel);
  return { n, rel };
}

export function createNoticeService(deps: NoticeDeps) {
  const { db, audit, clock, notices, files } = deps;
  const now = () => clock.now().toISOString();

  /** The audience may name only what the office reaches: its own members and visible counties. */
  async function checkAudience(actor: Actor, a: NoticeAudience) {
    const orgIds = a.orgIds?.length ? a.orgIds : [actor.orgId];
    if ([...orgIds, ...(a.officeOrgIds ?? [])].some((o) => !actor.visibleOrgIds.includes(o)))
      throw forbidden('ORG_NOT_VISIBLE', '不能向该组织发通知');
    if (a.memberIds?.length) {
      const found = new Set((await membersOfAudience(db, { orgIds, memberIds: a.memberIds })).map((m) => m.id));
      if (a.memberIds.some((m) => !found.has(m))) throw invalid('audience.memberIds', '所选委员不存在或已不在任');
    }
  }
  async function checkMeeting(actor: Actor, meetingId: number | null | undefined) {
    if (!meetingId) return;
    const m = await deps.meetings.get(db, meetingId);
    if (!m || m.org_id !== actor.orgId) throw invalid('meetingId', '所选会议不存在或不属于本单位');
  }

  return {
    async create(actor: Actor, input: z.infer<typeof S.createBody>) {
      noticesAccess.require(actor, 'createNotice');
      await checkAudience(actor, input.audience);
      await checkMeeting(actor, input.meetingId);
      const at = now();
      return inTransaction(db, async (trx) => {
        const n = await notices.insert(trx, {
          org_id: actor.orgId,
          meeting_id: input.meetingId ?? null,
          title: input.title,
          body: input.body,
          audience: JSON.stringify(input.audience),
          status: 'draft',
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
          published_at: null,
          withdrawn_at: null,
          reminded_at: null,
        });
        if (input.fileIds?.length) await files.attach(trx, actor, input.fileIds, NOTICE_FILE_OWNER, n.id);
        await audit.append(trx, actor, {
          action: 'meeting.notice_create',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
          detail: { title: n.title, files: input.fileIds?.length ?? 0 },
        });
        return { id: n.id };
      });
    },

    async update(actor: Actor, id: number, input: z.infer<typeof S.updateBody>) {
      const { n } = await loadNotice(deps, db, actor, id, 'editNotice');
      if (input.audience) await checkAudience(actor, input.audience);
      await checkMeeting(actor, input.meetingId);
      return inTransaction(db, async (trx) => {
        await notices.update(trx, n.id, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.body !== undefined && { body: input.body }),
          ...(input.audience && { audience: JSON.stringify(input.audience) }),
          ...(input.meetingId !== undefined && { meeting_id: input.meetingId }),
          updated_at: now(),
        });
        if (input.fileIds) {
          const current = (await files.listFor(trx, NOTICE_FILE_OWNER, n.id)).map((f) => f.id);
          const gone = current.filter((f) => !input.fileIds!.includes(f));
          const added = input.fileIds.filter((f) => !current.includes(f));
          if (gone.length) await files.detach(trx, gone, NOTICE_FILE_OWNER, n.id);
          if (added.length) await files.attach(trx, actor, added, NOTICE_FILE_OWNER, n.id);
        }
        await audit.append(trx, actor, {
          action: 'meeting.notice_update',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
          detail: { fields: Object.keys(input) },
        });
        return { id: n.id };
      });
    },

    /** Resolves the audience into recipients (one INSERT ... SELECT for the members) and tells each. */
    async publish(actor: Actor, id: number) {
      const { n } = await loadNotice(deps, db, actor, id, 'publishNotice');
      const a = JSON.parse(n.audience) as NoticeAudience;
      // The audience was checked when written; visibility may have changed since.
      await checkAudience(actor, a);
      const orgIds = a.orgIds?.length ? a.orgIds : [n.org_id];
      const offices = (
        await Promise.all((a.officeOrgIds ?? []).map((o) => activeUserIdsWithRoles(db, o, OFFICE_ROLES)))
      ).flat();
      return inTransaction(db, async (trx) => {
        // Claimed first: of two publishes at once, the second finds it no longer a draft.
        const at = now();
        if (!(await notices.moveStatus(trx, n.id, 'draft', { status: 'published', published_at: at, updated_at: at })))
          throw conflict('NOT_DRAFT', '通知已发布或已撤回');
        let recipients = await notices.addMemberRecipients(trx, n.id, { ...a, orgIds });
        const withoutAccount = await notices.membersWithoutAccount(trx, { ...a, orgIds });
        recipients += await notices.addUserRecipients(trx, n.id, offices);
        if (recipients === 0) throw invalid('audience', '所选对象中没有可接收通知的账号');
        await notices.update(trx, n.id, { recipient_count: recipients });
        await tellNotice(
          deps,
          trx,
          n,
          await notices.recipientUserIds(trx, n.id, false),
          'meeting.notice',
          noticeTexts.published,
        );
        await audit.append(trx, actor, {
          action: 'meeting.notice_publish',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
          detail: { audience: a, recipients, withoutAccount },
        });
        return { recipients, withoutAccount };
      });
    },

    async withdraw(actor: Actor, id: number) {
      const { n } = await loadNotice(deps, db, actor, id, 'withdrawNotice');
      return inTransaction(db, async (trx) => {
        const at = now();
        const set = { status: 'withdrawn' as const, withdrawn_at: at, updated_at: at };
        if (!(await notices.moveStatus(trx, n.id, 'published', set)))
          throw conflict('NOT_PUBLISHED', '通知未发布或已撤回');
        await audit.append(trx, actor, {
          action: 'meeting.notice_withdraw',
          objectType: 'meeting_notice',
          objectId: n.id,
          orgId: n.org_id,
        });
        return { ok: true as const };
      });
    },
  };
}

/** Tells accounts of a notice through the notify platform (batched inserts, in the caller's transaction). */
export function tellNotice(
  deps: Pick<NoticeDeps, 'notify'>,
  trx: Db,
  n: NoticeRow,
  userIds: number[],
  kind: string,
  text: (title: string) => { title: string; body: string },
) {
  return deps.notify.send(trx, {
    orgId: n.org_id,
    userIds,
    kind,
    ...text(n.title),
    link: `/notices/${n.id}`,
    objectType: 'meeting_notice',
    objectId: n.id,
  });
}

export type NoticeService = ReturnType<typeof createNoticeService>;
