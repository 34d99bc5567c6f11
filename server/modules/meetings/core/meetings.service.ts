// The meeting itself: create, edit, publish, cancel, the detail and the lists. Each write
// authorises through the rule table, runs in one transaction and appends one audit entry;
// invitees hear of publication, of a new time or place, and of cancellation.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import { REPLIES, type AttendanceState, type Reply } from '../../../db/tables/meetings.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import type { KindRepo } from '../kinds/kinds.repo.js';
import type { KindService } from '../kinds/kinds.service.js';
import { cached, type MeetingCaches } from '../meetings.caches.js';
import { allowedActions, authorize, type MeetingStepName } from '../meetings.policy.js';
import { shownState } from '../attendance/board.model.js';
import { NOTIFIED_FIELDS } from './meetings.model.js';
import { canView, coreAccess, isOffice, readsOrg, type MeetingRelation } from './meetings.policy.js';
import { presentDetail, presentListItem } from './meetings.present.js';
import type { MeetingRepo, MeetingRow } from './meetings.repo.js';
import type * as S from './meetings.schema.js';
import { meetingTexts } from './meetings.texts.js';

export interface MeetingDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  notify: Notifier;
  meetings: MeetingRepo;
  kinds: KindRepo;
  kindService: KindService;
  /** The module's read caches (meetings.caches.ts); without them every read goes to the database. */
  caches?: MeetingCaches;
}

export async function relationOf(
  deps: Pick<MeetingDeps, 'meetings' | 'kinds' | 'clock'>,
  db: Db,
  actor: Actor,
  m: MeetingRow,
): Promise<MeetingRelation> {
  const [invitation, kind] = await Promise.all([
    actor.memberId ? deps.meetings.invitationOf(db, m.id, actor.memberId) : undefined,
    deps.kinds.get(db, m.kind_id),
  ]);
  return {
    invitation: invitation ?? null,
    allowsDecline: kind?.allows_decline === 1,
    now: deps.clock.now().toISOString(),
  };
}

/** The meeting a step is taken on: missing unless the actor may see it, then the step's rule. */
export async function loadForStep(deps: MeetingDeps, db: Db, actor: Actor, id: number, step: MeetingStepName | null) {
  const m = await cached(deps.caches?.meeting, deps.db, db, id, () => deps.meetings.get(db, id));
  if (!m) throw notFound();
  const rel = await relationOf(deps, db, actor, m);
  if (!canView(actor, m, rel)) throw notFound();
  if (step) authorize(actor, step, m, rel);
  return { m, rel };
}

/** Tells every invitee with an account (in the write's transaction). */
export async function tellInvitees(
  deps: MeetingDeps,
  trx: Db,
  m: MeetingRow,
  kind: string,
  text: { title: string; body: string },
): Promise<void> {
  const userIds = await deps.meetings.inviteeUserIds(trx, m.id);
  if (!userIds.length) return;
  await deps.notify.send(trx, {
    orgId: m.org_id,
    userIds,
    kind,
    ...text,
    link: `/meetings/${m.id}`,
    objectType: 'meeting',
    objectId: m.id,
    dedupeKey: `${kind}:${m.id}:v${m.version}`,
  });
}

/** What the invitee's own state reads as: the board's, without its "pending" (nothing yet is null). */
function storedOrShown(reply: Reply, stored: AttendanceState | null, ended: boolean): AttendanceState | null {
  const s = shownState(reply, stored, ended);
  return s === 'pending' ? null : s;
}

export function createMeetingService(deps: MeetingDeps) {
  const { db, audit, clock, meetings, kinds } = deps;
  const now = () => clock.now().toISOString();

  async function detail(actor: Actor, m: MeetingRow, rel: MeetingRelation) {
    const kind = (await kinds.get(db, m.kind_id))!;
    let replies: Record<Reply, number> | null = null;
    if (readsOrg(actor, m) || isOffice(actor, m)) {
      replies = Object.fromEntries(REPLIES.map((r) => [r, 0])) as Record<Reply, number>;
      const counts = await cached(deps.caches?.replies, db, db, m.id, () => meetings.replyCounts(db, m.id));
      for (const c of counts) replies[c.reply] = Number(c.n);
    }
    const inv = rel.invitation;
    return presentDetail(m, kind, {
      myReply: inv?.reply ?? null,
      myAttendance: inv
        ? {
            checkedInAt: inv.checked_in_at,
            checkedOutAt: inv.checked_out_at,
            method: inv.checkin_method,
            state: storedOrShown(inv.reply, inv.attendance, rel.now >= m.ends_at),
          }
        : null,
      replies,
      allowedActions: allowedActions(actor, m, rel),
    });
  }

  return {
    async get(actor: Actor, id: number) {
      const { m, rel } = await loadForStep(deps, db, actor, id, null);
      return detail(actor, m, rel);
    },

    async list(actor: Actor, q: z.infer<typeof S.listMeetingsQuery>) {
      coreAccess.require(actor, 'list');
      const filter = { from: q.from, to: q.to, status: q.status, kindId: q.kindId };
      if (q.scope === 'org') {
        const orgId = actor.currentOrgId;
        if (!readsOrg(actor, { org_id: orgId })) throw forbidden();
        const r = await meetings.listOrg(db, orgId, filter, isOffice(actor, { org_id: orgId }), q.page, q.pageSize);
        return { ...r, items: r.items.map(presentListItem), page: q.page, pageSize: q.pageSize };
      }
      if (!actor.memberId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const memberId = actor.memberId;
      const key = JSON.stringify([memberId, filter, q.page, q.pageSize]);
      const r = await cached(deps.caches?.mine, db, db, key, () =>
        meetings.listInvited(db, memberId, filter, q.page, q.pageSize),
      );
      return { ...r, items: r.items.map(presentListItem), page: q.page, pageSize: q.pageSize };
    },

    async create(actor: Actor, input: S.CreateMeeting) {
      coreAccess.require(actor, 'create');
      await deps.kindService.ensure(actor.orgId);
      const kind = await kinds.get(db, input.kindId);
      if (!kind || kind.org_id !== actor.orgId) throw invalid('kindId', '会议类型不存在');
      if (kind.active !== 1) throw invalid('kindId', `会议类型“${kind.name}”已停用`);
      if (input.parentId) {
        const parent = await meetings.get(db, input.parentId);
        if (!parent || parent.org_id !== actor.orgId) throw invalid('parentId', '所属会议不存在');
        if (parent.parent_id) throw invalid('parentId', '分会场（分组）不能再有下级');
        if (input.startsAt < parent.starts_at || input.endsAt > parent.ends_at)
          throw invalid('startsAt', '分组会议应在所属会议的会期之内');
      }
      const at = now();
      const row = await inTransaction(db, async (trx) => {
        const created = await meetings.insert(trx, {
          org_id: actor.orgId,
          kind_id: kind.id,
          parent_id: input.parentId ?? null,
          title: input.title,
          description: input.description,
          starts_at: input.startsAt,
          ends_at: input.endsAt,
          venue: input.venue,
          venue_lat: input.venueLat,
          venue_lng: input.venueLng,
          checkin_radius_m: input.checkinRadiusM,
          online_url: input.onlineUrl,
          attendance_mode: input.attendanceMode ?? kind.attendance_mode,
          reply_deadline: input.replyDeadline,
          capacity: input.capacity,
          status: 'draft',
          questions_enabled: (input.questionsEnabled ?? kind.questions_enabled === 1) ? 1 : 0,
          checkin_secret: randomBytes(32).toString('base64url'),
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'meeting.create',
          objectType: 'meeting',
          objectId: created.id,
          orgId: actor.orgId,
          detail: { title: input.title, kind: kind.code },
        });
        return created;
      });
      return detail(actor, row, await relationOf(deps, db, actor, row));
    },

    async update(actor: Actor, id: number, input: S.UpdateMeeting) {
      const { m, rel } = await loadForStep(deps, db, actor, id, 'edit');
      const startsAt = input.startsAt ?? m.starts_at;
      const endsAt = input.endsAt ?? m.ends_at;
      if (endsAt <= startsAt) throw invalid('endsAt', '结束时间应晚于开始时间');
      const deadline = input.replyDeadline !== undefined ? input.replyDeadline : m.reply_deadline;
      if (deadline && deadline > startsAt) throw invalid('replyDeadline', '报名（回复）截止时间不能晚于开始时间');
      const lat = input.venueLat !== undefined ? input.venueLat : m.venue_lat;
      const lng = input.venueLng !== undefined ? input.venueLng : m.venue_lng;
      if ((lat === null) !== (lng === null)) throw invalid('venueLng', '经纬度应同时填写');
      const current = { startsAt: m.starts_at, endsAt: m.ends_at, venue: m.venue, onlineUrl: m.online_url };
      const noticed = NOTIFIED_FIELDS.filter((f) => input[f] !== undefined && input[f] !== current[f]);
      const row = await inTransaction(db, async (trx) => {
        const updated = await meetings.update(trx, id, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.description !== undefined && { description: input.description }),
          starts_at: startsAt,
          ends_at: endsAt,
          ...(input.venue !== undefined && { venue: input.venue }),
          venue_lat: lat,
          venue_lng: lng,
          ...(input.checkinRadiusM !== undefined && { checkin_radius_m: input.checkinRadiusM }),
          ...(input.onlineUrl !== undefined && { online_url: input.onlineUrl }),
          ...(input.attendanceMode !== undefined && { attendance_mode: input.attendanceMode }),
          reply_deadline: deadline,
          ...(input.capacity !== undefined && { capacity: input.capacity }),
          ...(input.questionsEnabled !== undefined && { questions_enabled: input.questionsEnabled ? 1 : 0 }),
          // Invitees of a published meeting must hear of a new time or place: a new version.
          version: m.version + (noticed.length && m.status === 'published' ? 1 : 0),
          updated_at: now(),
        });
        if (noticed.length && m.status === 'published') {
          await tellInvitees(
            deps,
            trx,
            updated,
            'meeting.changed',
            meetingTexts.changed(updated.title, updated.starts_at, updated.venue),
          );
        }
        await audit.append(trx, actor, {
          action: 'meeting.update',
          objectType: 'meeting',
          objectId: id,
          orgId: m.org_id,
          detail: { fields: Object.keys(input), noticed },
        });
        return updated;
      });
      return detail(actor, row, rel);
    },

    async publish(actor: Actor, id: number) {
      const { m, rel } = await loadForStep(deps, db, actor, id, 'publish');
      if (m.ends_at <= now()) throw invalid('endsAt', '会议已结束，不能发布');
      const row = await inTransaction(db, async (trx) => {
        const updated = await meetings.update(trx, id, { status: 'published', published_at: now(), updated_at: now() });
        await tellInvitees(
          deps,
          trx,
          updated,
          'meeting.published',
          meetingTexts.published(m.title, m.starts_at, m.venue),
        );
        await audit.append(trx, actor, {
          action: 'meeting.publish',
          objectType: 'meeting',
          objectId: id,
          orgId: m.org_id,
        });
        return updated;
      });
      return detail(actor, row, rel);
    },

    async cancel(actor: Actor, id: number, reason: string) {
      const { m, rel } = await loadForStep(deps, db, actor, id, 'cancel');
      const row = await inTransaction(db, async (trx) => {
        const updated = await meetings.update(trx, id, {
          status: 'cancelled',
          cancel_reason: reason,
          version: m.version + 1,
          updated_at: now(),
        });
        if (m.status === 'published') {
          await tellInvitees(deps, trx, updated, 'meeting.cancelled', meetingTexts.cancelled(m.title, reason));
        }
        await audit.append(trx, actor, {
          action: 'meeting.cancel',
          objectType: 'meeting',
          objectId: id,
          orgId: m.org_id,
          detail: { reason },
        });
        return updated;
      });
      return detail(actor, row, rel);
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
