// Who may do what with party building: the study office (study.manage) edits its own
// organisation's lists, party organisations and liaisons; the office and leaders
// (study.read_all) read them and the coverage of the organisation they view. Records of another
// organisation are missing to a writer (404), as elsewhere. Composed in ../study.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

const reads = (a: Actor) => can(a, 'study.manage') || can(a, 'study.read_all');

export const partyAccess = abilities({
  readParty: reads,
  editParty: (a) => can(a, 'study.manage'),
  /** The uncovered lists as Excel: personal names leave the platform, so the export is audited. */
  exportPartyCoverage: reads,
});

/** Whether the actor edits what he views (the page's buttons): the office, in its home organisation. */
export const editsViewed = (a: Actor) => partyAccess.has(a, 'editParty') && a.currentOrgId === a.orgId;
