// Who may keep a private calendar feed: an account with a member record that takes part in
// meetings (the feed lists the meetings he is invited to). Reading one meeting's .ics is the
// meeting's own visibility ("view"); the feed itself is read by its secret address alone.
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const calendarAccess = abilities({
  calendarFeed: (a) => can(a, 'meetings.attend') && a.memberId !== null,
});
