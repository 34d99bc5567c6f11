// Taking part, the same for a member, an invited unit's user and a public visitor once each is
// a participant: the next statement (unvoted first, least voted first), a vote (an upsert, then
// the background analysis is touched — the engine never runs in the request), a statement added
// (pending until the office moderates it) and his standing on the latest map.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { createRateLimiter } from '../../../platform/http/rate-limit.js';
import type { AnalysisService } from '../analysis/analysis.service.js';
import type { CoreService } from '../core/core.service.js';
import type { StatementRepo } from '../moderation/statements.repo.js';
import type { ParticipationRepo } from './participation.repo.js';
import { VOTES } from './participation.schema.js';

export interface ParticipationDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  core: CoreService;
  participation: ParticipationRepo;
  statements: StatementRepo;
  analysis: AnalysisService;
}

/** Statements a participant may add in a minute: enough to contribute, too few to flood moderation. */
export const CONTRIBUTIONS_PER_MINUTE = 5;
/** Votes a participant may cast in a minute (a person reads each statement first). */
export const VOTES_PER_MINUTE = 60;

export interface Participant {
  consultationId: number;
  participantId: number;
}

export function createParticipationService(deps: ParticipationDeps) {
  const { db, clock, core, participation, statements, analysis } = deps;
  const nowMs = () => clock.now().getTime();
  const votesLimit = createRateLimiter(VOTES_PER_MINUTE, 60_000, nowMs);
  const contributionsLimit = createRateLimiter(CONTRIBUTIONS_PER_MINUTE, 60_000, nowMs);
  const rateLimited = () => new AppError(429, 'RATE_LIMITED', '操作过于频繁，请稍后再试');

  /** The signed-in participant, made on his first step. */
  async function signedIn(actor: Actor, consultationId: number): Promise<Participant> {
    const { c } = await core.load(db, actor, consultationId, 'takePart');
    const found = await participation.byUser(db, c.id, actor.userId);
    if (found) return { consultationId: c.id, participantId: found.id };
    const memberOfOrg = actor.memberId !== null && actor.orgId === c.org_id;
    const id = await participation.insert(db, {
      consultation_id: c.id,
      kind: memberOfOrg ? 'member' : 'unit',
      user_id: actor.userId,
      display_name: actor.displayName,
      created_at: clock.now().toISOString(),
    });
    const participantId = id ?? (await participation.byUser(db, c.id, actor.userId))!.id;
    return { consultationId: c.id, participantId };
  }

  return {
    signedIn,

    async next(p: Participant) {
      const s = await participation.next(db, p.consultationId, p.participantId);
      const progress = await participation.progress(db, p.consultationId, p.participantId);
      return { statement: s ? { id: s.id, body: s.body } : null, ...progress };
    },

    async vote(p: Participant, statementId: number, vote: keyof typeof VOTES) {
      if (!votesLimit.hit(`${p.consultationId}:${p.participantId}`)) throw rateLimited();
      const s = await participation.statement(db, statementId);
      if (!s || s.consultation_id !== p.consultationId) throw notFound('STATEMENT_NOT_FOUND', '观点不存在');
      if (s.status !== 'accepted') throw conflict('STATEMENT_NOT_ACCEPTED', '该观点尚未通过审核，不能投票');
      await participation.vote(db, {
        consultationId: p.consultationId,
        participantId: p.participantId,
        statementId,
        vote: VOTES[vote],
        at: clock.now().toISOString(),
      });
      await analysis.touch(db, p.consultationId);
      return { ok: true as const };
    },

    async contribute(p: Participant, body: string) {
      if (!contributionsLimit.hit(`${p.consultationId}:${p.participantId}`)) throw rateLimited();
      const [id] = await statements.insertMany(db, [
        {
          consultation_id: p.consultationId,
          body,
          status: 'pending',
          author_id: p.participantId,
          created_at: clock.now().toISOString(),
        },
      ]);
      return { id: id!, status: 'pending' as const };
    },

    async standing(p: Participant) {
      const report = await analysis.report(p.consultationId);
      const groups = (report?.groups ?? []).map((g) => ({ size: g.size, center: g.center }));
      const point = report?.points.find(([pid]) => pid === p.participantId);
      return {
        placed: point !== undefined,
        group: point && point[3] >= 0 ? point[3] : null,
        position: point ? { x: point[1], y: point[2] } : null,
        groups,
        analysedAt: report?.analysedAt ?? null,
      };
    },
  };
}

export type ParticipationService = ReturnType<typeof createParticipationService>;
