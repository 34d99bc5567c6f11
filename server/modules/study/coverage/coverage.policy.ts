// Who reads and sets training coverage: the figures, the lists behind them and the exports are
// read by the office and the leaders (study.read_all) of the organisations they see; targets and
// cohorts are set by the office (study.manage) of its home organisation only. Members never
// read them (their own record is the learning record's). Collections, so abilities, no rulebook.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const coverageAccess = abilities({
  readCoverage: (a: Actor) => can(a, 'study.read_all') || can(a, 'study.manage'),
  exportCoverage: (a: Actor) => can(a, 'study.read_all') || can(a, 'study.manage'),
  setCoverageTargets: (a: Actor) => can(a, 'study.manage'),
  manageCohorts: (a: Actor) => can(a, 'study.manage'),
});
