// The statements of a consultation as the office sees them, the ones it adds itself (accepted at
// once) and the moderation of those participants add: pending → accepted, or rejected with a
// reason (a rejected statement is moderated out of the analysis). Each write in one transaction
// with one audit entry; a moderation touches the background analysis.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { AnalysisService } from '../analysis/analysis.service.js';
import type { CoreService } from '../core/core.service.js';
import type { StatementStatus } from '../../../db/tables/consultations.js';
import type * as S from './moderation.schema.js';
import type { StatementRepo } from './statements.repo.js';

export interface ModerationDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  core: CoreService;
  statements: StatementRepo;
  analysis: AnalysisService;
}

export function createModerationService(deps: ModerationDeps) {
  const { db, clock, audit, core, statements, analysis } = deps;

  return {
    async list(actor: Actor, consultationId: number, status?: StatementStatus) {
      const { c } = await core.load(db, actor, consultationId, undefined);
      core.requireReader(actor, c.org_id);
      const rows = await statements.list(db, consultationId, status);
      return rows.map((r) => ({
        id: r.id,
        body: r.body,
        status: r.status,
        seed: r.seed === 1,
        rejectReason: r.reject_reason,
        author: r.author_kind ? { kind: r.author_kind, name: r.author_name } : null,
        votes: Number(r.votes ?? 0),
        createdAt: r.created_at,
        moderatedAt: r.moderated_at,
      }));
    },

    async add(actor: Actor, consultationId: number, body: string) {
      return inTransaction(db, async (trx) => {
        const { c } = await core.load(trx, actor, consultationId, 'moderateStatements');
        const at = clock.now().toISOString();
        const [id] = await statements.insertMany(trx, [
          { consultation_id: c.id, body, status: 'accepted', seed: 1, created_at: at },
        ]);
        await audit.append(trx, actor, {
          action: 'consultations.statement_add',
          objectType: 'consultation',
          objectId: c.id,
          orgId: c.org_id,
          detail: { statementId: id },
        });
        return { id: id! };
      });
    },

    async moderate(actor: Actor, statementId: number, input: z.infer<typeof S.moderateBody>) {
      return inTransaction(db, async (trx) => {
        const s = await statements.get(trx, statementId);
        if (!s) throw notFound('STATEMENT_NOT_FOUND', '观点不存在');
        const { c } = await core.load(trx, actor, s.consultation_id, 'moderateStatements');
        if (s.status !== 'pending') throw conflict('STATEMENT_MODERATED', '该观点已审核');
        const status = input.decision === 'accept' ? 'accepted' : 'rejected';
        await statements.moderate(trx, statementId, {
          status,
          reject_reason: input.decision === 'reject' ? input.reason : null,
          moderated_by: actor.userId,
          moderated_at: clock.now().toISOString(),
        });
        await audit.append(trx, actor, {
          action: 'consultations.statement_moderate',
          objectType: 'consultation',
          objectId: c.id,
          orgId: c.org_id,
          detail: { statementId, status },
        });
        await analysis.touch(trx, c.id);
        return { ok: true as const };
      });
    },
  };
}

export type ModerationService = ReturnType<typeof createModerationService>;
