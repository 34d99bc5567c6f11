// The rules of intake: a member (or party member) submits his own opinions and reads them; the
// office of an organisation enters its paper forms; offices and leaders read the opinions of the
// organisations they see (a city its counties', a county its own) and export them; the office
// with the right to see personal data reveals a contact (audited). The public form is governed by
// its link alone. Composed in ../opinions.policy.ts.
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const intakeAccess = abilities({
  submitOpinion: (a) => can(a, 'opinions.submit') && a.memberId !== null,
  myOpinions: (a) => can(a, 'opinions.submit'),
  enterPaper: (a) => can(a, 'opinions.manage'),
  listOpinions: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  exportOpinions: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  unmaskContact: (a) => can(a, 'opinions.manage') && can(a, 'members.unmask'),
});

/** The public form's routes: the link (its token) is the only key. */
export const PUBLIC_RULE = 'opinionLink';
