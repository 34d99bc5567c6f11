// Who may read and edit an organisation's meeting kinds: the office edits its own; everyone
// who takes part in meetings reads them (the meeting forms and filters name them).
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const kindsAccess = abilities({
  readKinds: (a) => can(a, 'meetings.manage') || can(a, 'meetings.read_all') || can(a, 'meetings.attend'),
  editKinds: (a) => can(a, 'meetings.manage'),
});
