// Reading study materials: the office's list, a material's page and its progress (who opened,
// who finished, who has not), the member's own list (unfinished first, by deadline) and his
// reader's steps: the first open, heartbeats of visible time (capped by the wall time since the
// last, so a forged request adds little), the finish and the reflection (心得).
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { can } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import { creditedSeconds, isOverdue } from './materials.model.js';
import { materialRules, materialsAccess } from './materials.policy.js';
import type { MaterialRow, ReadRow } from './materials.repo.js';
import type * as S from './materials.schema.js';
import { loadMaterial, MATERIAL_FILE_OWNER, type MaterialDeps } from './materials.service.js';

const summary = (m: MaterialRow, c: { opened: number; finished: number }) => ({
  id: m.id,
  orgId: m.org_id,
  kind: m.kind,
  title: m.title,
  summary: m.summary,
  minutes: m.minutes,
  deadline: m.deadline,
  status: m.status,
  publishedAt: m.published_at,
  updatedAt: m.updated_at,
  counts: { assigned: m.assigned_count, ...c },
});

const readingOf = (r: ReadRow, deadline: string | null, today: string) => ({
  openedAt: r.opened_at,
  seconds: r.seconds,
  finishedAt: r.finished_at,
  reflection: r.reflection,
  reflectedAt: r.reflected_at,
  overdue: isOverdue(deadline, r.finished_at, today),
});

export function createReadingService(deps: MaterialDeps) {
  const { db, audit, clock, materials, files } = deps;
  const now = () => clock.now().toISOString();
  const record = (
    trx: typeof db,
    actor: Actor,
    m: MaterialRow,
    action: 'study.material_open' | 'study.material_finish' | 'study.material_reflect',
    detail?: Record<string, unknown>,
  ) =>
    audit.append(trx, actor, {
      action,
      objectType: 'study_material',
      objectId: m.id,
      orgId: m.org_id,
      ...(detail && { detail }),
    });

  return {
    async list(actor: Actor, q: z.infer<typeof S.listQuery>) {
      materialsAccess.require(actor, 'listMaterials');
      const r = await materials.list(
        db,
        {
          ownOrgId: can(actor, 'study.manage') ? actor.orgId : null,
          readOrgIds: actor.visibleOrgIds,
          status: q.status,
          kind: q.kind,
        },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return { ...q, total: r.total, items: r.items.map((m) => summary(m, m)) };
    },

    async detail(actor: Actor, id: number) {
      const { m, rel } = await loadMaterial(deps, db, actor, id, null);
      const reader =
        materialRules.allows(actor, 'materialProgress', m, rel) || materialRules.allows(actor, 'editMaterial', m, rel);
      const [counts, attachments] = await Promise.all([
        reader ? materials.counts(db, m.id) : { opened: 0, finished: 0 },
        files.listFor(db, MATERIAL_FILE_OWNER, m.id),
      ]);
      return {
        ...summary(m, counts),
        ...(!reader && { counts: { assigned: 0, opened: 0, finished: 0 } }),
        body: m.body,
        url: m.url,
        attachments: attachments.map(summaryOf),
        audience: reader ? (JSON.parse(m.audience) as S.MaterialAudienceBody) : null,
        withdrawnAt: m.withdrawn_at,
        remindedAt: m.reminded_at,
        mine: rel.reading ? readingOf(rel.reading, m.deadline, chinaToday(clock)) : null,
        allowedActions: materialRules.allowed(actor, m, rel),
      };
    },

    async progress(actor: Actor, id: number, q: z.infer<typeof S.progressQuery>) {
      const { m } = await loadMaterial(deps, db, actor, id, 'materialProgress');
      const [r, c] = await Promise.all([
        materials.progress(db, m.id, q.state, q.pageSize, (q.page - 1) * q.pageSize),
        materials.counts(db, m.id),
      ]);
      return {
        page: q.page,
        pageSize: q.pageSize,
        total: r.total,
        counts: {
          assigned: m.assigned_count,
          ...c,
          unopened: m.assigned_count - c.opened,
          unfinished: m.assigned_count - c.finished,
        },
        items: r.items.map((i) => ({
          memberId: i.member_id,
          name: i.name,
          committee: i.committee,
          openedAt: i.opened_at,
          seconds: i.seconds,
          finishedAt: i.finished_at,
          reflection: i.reflection,
        })),
      };
    },

    async mine(actor: Actor, q: z.infer<typeof S.myQuery>) {
      materialsAccess.require(actor, 'myMaterials');
      const today = chinaToday(clock);
      const r = await materials.mine(db, actor.memberId!, q.state, today, q.pageSize, (q.page - 1) * q.pageSize);
      return {
        page: q.page,
        pageSize: q.pageSize,
        total: r.total,
        todo: r.todo,
        overdue: r.overdue,
        done: r.done,
        items: r.items.map((i) => ({
          id: i.id,
          kind: i.kind,
          title: i.title,
          summary: i.summary,
          minutes: i.minutes,
          deadline: i.deadline,
          publishedAt: i.published_at,
          openedAt: i.opened_at,
          finishedAt: i.finished_at,
          seconds: i.seconds,
          overdue: isOverdue(i.deadline, i.finished_at, today),
          reflected: !!i.reflection,
        })),
      };
    },

    /** The first open is recorded (and audited); later opens restart the heartbeat's clock only. */
    async open(actor: Actor, id: number) {
      const { m, rel } = await loadMaterial(deps, db, actor, id, 'openMaterial');
      const r = rel.reading!;
      return inTransaction(db, async (trx) => {
        const at = now();
        if (await materials.markOpened(trx, r.id, at)) await record(trx, actor, m, 'study.material_open');
        // A new visit: the time away since the last heartbeat is not reading time.
        else await materials.updateRead(trx, r.id, { last_beat_at: at });
        const after = (await materials.readOf(trx, m.id, actor.memberId))!;
        return readingOf(after, m.deadline, chinaToday(clock));
      });
    },

    /**
     * Adds the visible seconds the page reports, at most the wall time since the last heartbeat
     * and at most HEARTBEAT_CAP_SECONDS. Not audited: it is a measurement sent every 15 s, and
     * the audit trail records the open and the finish it falls between.
     */
    async heartbeat(actor: Actor, id: number, body: z.infer<typeof S.heartbeatBody>) {
      const { m } = await loadMaterial(deps, db, actor, id, 'heartbeatMaterial');
      return inTransaction(db, async (trx) => {
        const r = (await materials.readOf(trx, m.id, actor.memberId))!;
        const at = now();
        // Opened before (the rule's check), so there is a last heartbeat to count from.
        const last = r.last_beat_at ?? r.opened_at!;
        const add = creditedSeconds(body.seconds, last, at);
        // Conditional on the heartbeat read: of two at once, the second adds nothing.
        const added = (await materials.addSeconds(trx, r.id, last, add, at)) ? add : 0;
        return { seconds: r.seconds + added, added };
      });
    },

    async finish(actor: Actor, id: number) {
      const { m, rel } = await loadMaterial(deps, db, actor, id, 'finishMaterial');
      const r = rel.reading!;
      return inTransaction(db, async (trx) => {
        const at = now();
        if (!r.finished_at) {
          await materials.updateRead(trx, r.id, {
            finished_at: at,
            opened_at: r.opened_at ?? at,
            last_beat_at: r.last_beat_at ?? at,
          });
          await record(trx, actor, m, 'study.material_finish', { seconds: r.seconds });
        }
        return readingOf((await materials.readOf(trx, m.id, actor.memberId))!, m.deadline, chinaToday(clock));
      });
    },

    async reflect(actor: Actor, id: number, body: z.infer<typeof S.reflectionBody>) {
      const { m, rel } = await loadMaterial(deps, db, actor, id, 'reflectMaterial');
      const r = rel.reading!;
      return inTransaction(db, async (trx) => {
        const at = now();
        await materials.updateRead(trx, r.id, {
          reflection: body.text,
          reflected_at: at,
          opened_at: r.opened_at ?? at,
          last_beat_at: r.last_beat_at ?? at,
        });
        await record(trx, actor, m, 'study.material_reflect', { length: body.text.length, edit: !!r.reflection });
        return readingOf((await materials.readOf(trx, m.id, actor.memberId))!, m.deadline, chinaToday(clock));
      });
    },
  };
}

export type ReadingService = ReturnType<typeof createReadingService>;
