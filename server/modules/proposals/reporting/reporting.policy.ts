// Who may read the statistics and the handling-unit evaluation, and enter its scores.
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const reportingAccess = abilities({
  stats: (a) => can(a, 'stats.read'),
  evaluation: (a) => can(a, 'stats.read') || can(a, 'proposals.manage'),
  /** The office enters the democratic evaluation scores until the evaluation module supplies them. */
  evaluationScores: (a) => can(a, 'proposals.manage'),
});
