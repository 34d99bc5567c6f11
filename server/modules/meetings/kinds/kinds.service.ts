// An organisation's meeting kinds: the defaults copied on first use, the office's additions
// and edits (each audited). A kind in use is deactivated, never deleted.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { kindsAccess } from './kinds.policy.js';
import { presentKind } from './kinds.present.js';
import type { KindRepo, KindRow } from './kinds.repo.js';
import type * as S from './kinds.schema.js';

export function createKindService(deps: { db: Db; audit: AuditLog; clock: Clock; kinds: KindRepo }) {
  const { db, audit, clock, kinds } = deps;
  const now = () => clock.now().toISOString();

  /** The organisation's kinds, the defaults copied in first when it has none (idempotent: a code is inserted once). */
  async function ensure(orgId: number): Promise<KindRow[]> {
    if (!(await kinds.hasAny(db, orgId))) {
      await inTransaction(db, (trx) => kinds.insertDefaults(trx, orgId, now()));
    }
    return kinds.list(db, orgId);
  }

  /** A kind of the actor's own organisation (any other is missing to him). */
  async function ownKind(actor: Actor, id: number): Promise<KindRow> {
    const row = await kinds.get(db, id);
    if (!row || row.org_id !== actor.orgId) throw notFound();
    return row;
  }

  return {
    ensure,

    async list(actor: Actor) {
      kindsAccess.require(actor, 'readKinds');
      return (await ensure(actor.currentOrgId)).map(presentKind);
    },

    async create(actor: Actor, input: z.infer<typeof S.createKindBody>) {
      kindsAccess.require(actor, 'editKinds');
      await ensure(actor.orgId);
      if (await kinds.codeTaken(db, actor.orgId, input.code)) {
        const message = `代码“${input.code}”已被使用`;
        throw conflict('DUPLICATE', message, [{ path: 'code', message }]);
      }
      const at = now();
      const row = await inTransaction(db, async (trx) => {
        const created = await kinds.insert(trx, {
          org_id: actor.orgId,
          code: input.code,
          name: input.name,
          category: input.category,
          attendance_mode: input.attendanceMode,
          counts_as: input.countsAs,
          study_kind: input.studyKind,
          checkin_method: input.checkinMethod,
          default_audience: JSON.stringify(input.defaultAudience),
          allows_decline: input.allowsDecline ? 1 : 0,
          questions_enabled: input.questionsEnabled ? 1 : 0,
          late_grace_minutes: input.lateGraceMinutes,
          sort_order: input.sortOrder,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'meeting_kind.create',
          objectType: 'meeting_kind',
          objectId: created.id,
          orgId: actor.orgId,
          detail: { code: input.code, name: input.name },
        });
        return created;
      });
      return presentKind(row);
    },

    async update(actor: Actor, id: number, input: z.infer<typeof S.updateKindBody>) {
      kindsAccess.require(actor, 'editKinds');
      await ownKind(actor, id);
      const row = await inTransaction(db, async (trx) => {
        const updated = await kinds.update(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.attendanceMode !== undefined && { attendance_mode: input.attendanceMode }),
          ...(input.countsAs !== undefined && { counts_as: input.countsAs }),
          ...(input.studyKind !== undefined && { study_kind: input.studyKind }),
          ...(input.checkinMethod !== undefined && { checkin_method: input.checkinMethod }),
          ...(input.defaultAudience !== undefined && { default_audience: JSON.stringify(input.defaultAudience) }),
          ...(input.allowsDecline !== undefined && { allows_decline: input.allowsDecline ? 1 : 0 }),
          ...(input.questionsEnabled !== undefined && { questions_enabled: input.questionsEnabled ? 1 : 0 }),
          ...(input.lateGraceMinutes !== undefined && { late_grace_minutes: input.lateGraceMinutes }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'meeting_kind.update',
          objectType: 'meeting_kind',
          objectId: id,
          orgId: actor.orgId,
          detail: { fields: Object.keys(input) },
        });
        return updated;
      });
      return presentKind(row);
    },
  };
}

export type KindService = ReturnType<typeof createKindService>;
