// Who may change an organisation's proposal settings (everyone signed in reads them: forms need them).
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const settingsAccess = abilities({
  editSettings: (a) => can(a, 'proposals.manage'),
});
