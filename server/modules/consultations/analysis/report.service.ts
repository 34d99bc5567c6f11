// The report of a consultation for its readers: the opinion map (positions and groups), group
// sizes, each group's representative statements, the common ground and the divisive statements
// with their texts; the Polis-format CSV files; and the office's "analyse now".
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { CoreService } from '../core/core.service.js';
import type { AnalysisRepo } from './analysis.repo.js';
import type { AnalysisService } from './analysis.service.js';
import { commentsCsv, participantsVotesCsv, type PolisFile, votesCsv } from './polis-csv.js';

export interface ReportDeps {
  db: Db;
  audit: AuditLog;
  core: CoreService;
  analysis: AnalysisRepo;
  analyser: AnalysisService;
}

export function createReportService(deps: ReportDeps) {
  const { db, audit, core, analysis, analyser } = deps;

  async function readable(actor: Actor, id: number) {
    const { c } = await core.load(db, actor, id);
    core.requireReader(actor, c.org_id);
    return c;
  }

  return {
    async report(actor: Actor, id: number) {
      const c = await readable(actor, id);
      const stored = await analyser.report(id);
      const bodies = new Map((await analysis.exportStatements(db, id)).map((s) => [s.id, s.body]));
      const text = (statementId: number) => bodies.get(statementId) ?? '';
      return {
        consultationId: c.id,
        title: c.title,
        analysedAt: stored?.analysedAt ?? null,
        votes: stored?.votes ?? 0,
        participants: stored?.participants ?? 0,
        groups: (stored?.groups ?? []).map((g, index) => ({
          index,
          size: g.size,
          center: g.center,
          repness: g.repness.map((r) => ({ ...r, body: text(r.statementId) })),
        })),
        points: (stored?.points ?? []).map(([, x, y, group]) => ({ x, y, group })),
        consensus: (stored?.consensus ?? []).map((statementId) => ({ statementId, body: text(statementId) })),
        divisive: (stored?.divisive ?? []).map((d) => ({ ...d, body: text(d.statementId) })),
      };
    },

    async analyseNow(actor: Actor, id: number) {
      await core.load(db, actor, id, 'analyseConsultation');
      await analyser.run(id);
      return { ok: true as const };
    },

    async exportCsv(actor: Actor, id: number, file: PolisFile) {
      const c = await readable(actor, id);
      const statements = (await analysis.exportStatements(db, id)).map((s) => ({
        id: s.id,
        authorId: s.author_id,
        status: s.status,
        body: s.body,
        createdAt: s.created_at,
      }));
      const votes = (await analysis.exportVotes(db, id)).map((v) => ({
        participantId: v.participant_id,
        statementId: v.statement_id,
        vote: v.vote,
        votedAt: v.voted_at,
      }));
      await audit.append(db, actor, {
        action: 'consultations.export',
        objectType: 'consultation',
        objectId: c.id,
        orgId: c.org_id,
        detail: { file },
      });
      if (file === 'comments.csv') return commentsCsv(statements, votes);
      if (file === 'votes.csv') return votesCsv(votes);
      const stored = await analyser.report(id);
      const groupOf = new Map<number, number>();
      for (const [pid, , , g] of stored?.points ?? []) if (g >= 0) groupOf.set(pid, g);
      return participantsVotesCsv(statements, votes, groupOf);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
