// A conversation exported from Polis (comments.csv with votes.csv, or participants-votes.csv)
// imported as a closed consultation of an organisation: its statements (moderated-out ones as
// rejected), its participants and their final votes, then analysed once. Texts in, ids out: the
// command line reads the folder (server/cli/import-polis.ts).
import { inTransaction, type Db } from '../../../db/tx.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { readPolisExport } from '../../../platform/consensus/index.js';
import type { AnalysisService } from '../analysis/analysis.service.js';

export interface PolisFiles {
  comments: string;
  votes?: string | null;
  participantsVotes?: string | null;
}

export interface ImportDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  analysis: AnalysisService;
}

/** Rows per multi-row insert: 500 rows of 5 values stay under both engines' parameter limits. */
const BATCH = 500;

export function createImportService(deps: ImportDeps) {
  const { db, clock, audit, analysis } = deps;

  return {
    async importPolis(orgId: number, title: string, files: PolisFiles) {
      const conversation = readPolisExport(files);
      const at = clock.now().toISOString();
      const day = at.slice(0, 10);
      const id = await inTransaction(db, async (trx) => {
        const c = await trx
          .insertInto('consultations')
          .values({
            org_id: orgId,
            title,
            description: '',
            status: 'closed',
            opens_on: day,
            closes_on: day,
            source: 'polis',
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const statementOf = new Map<number, number>();
        for (const s of conversation.statements) {
          const row = await trx
            .insertInto('consultation_statements')
            .values({
              consultation_id: c.id,
              body: s.body,
              status: s.moderated === -1 ? 'rejected' : 'accepted',
              seed: 1,
              external_id: s.id,
              created_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          statementOf.set(s.id, row.id);
        }
        const m = conversation.matrix;
        let votes: {
          consultation_id: number;
          participant_id: number;
          statement_id: number;
          vote: number;
          voted_at: string;
        }[] = [];
        const flush = async () => {
          if (votes.length) await trx.insertInto('consultation_votes').values(votes).execute();
          votes = [];
        };
        for (let r = 0; r < m.participants.length; r++) {
          const p = await trx
            .insertInto('consultation_participants')
            .values({ consultation_id: c.id, kind: 'imported', external_id: m.participants[r]!, created_at: at })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) {
            const statementId = statementOf.get(m.statements[m.cols[i]!]!);
            // A vote on a statement comments.csv does not list has nothing to attach to.
            if (statementId === undefined) continue;
            votes.push({
              consultation_id: c.id,
              participant_id: p.id,
              statement_id: statementId,
              vote: m.values[i]!,
              voted_at: at,
            });
            if (votes.length >= BATCH) await flush();
          }
        }
        await flush();
        await audit.append(
          trx,
          { kind: 'system', name: 'import-polis' },
          {
            action: 'consultations.import',
            objectType: 'consultation',
            objectId: c.id,
            orgId,
            detail: { statements: conversation.statements.length, participants: m.participants.length },
          },
        );
        return c.id;
      });
      await analysis.run(id);
      return { id, statements: conversation.statements.length, participants: conversation.matrix.participants.length };
    },
  };
}
