// The democratic evaluation score of handling units (民主评议得分), as another module supplies it:
// an evaluation campaign of the supervision module that evaluated the units records each unit's
// score for the year here, in the caller's transaction, marked with its source; the office's
// typed score for that unit and year is replaced and can no longer be typed over.
import type { Db } from '../../../db/tx.js';
import { createEvaluationRepo } from './evaluation.repo.js';

/** `source` names where the scores come from, e.g. `campaign:12`; it must not be `office`. */
export async function recordDemocraticScores(
  db: Db,
  input: { orgId: number; year: number; source: string; at: string; scores: { unitId: number; score: number }[] },
): Promise<void> {
  if (input.source === 'office') throw new Error('recordDemocraticScores is for scores from elsewhere');
  const repo = createEvaluationRepo();
  for (const s of input.scores)
    await repo.saveScore(db, {
      orgId: input.orgId,
      unitId: s.unitId,
      year: input.year,
      score: s.score,
      source: input.source,
      at: input.at,
    });
}
