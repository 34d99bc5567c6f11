// The rules of a meeting's guests: the office of the meeting's organisation adds and removes
// them and reads their list (their phones masked); unmasking one phone also needs the roster's
// unmask permission, as a member's does. Units, members, leaders and other organisations do
// not read the list (the board shows guests' names only). Composed in ../meetings.policy.ts.
import { can } from '../../../platform/access/actor.js';
import { who } from '../../../platform/access/rulebook.js';
import { hasStatus, isOffice, office, type MeetingRule } from '../core/meetings.policy.js';

const open = hasStatus(['draft', 'published'], 'INVALID_STATE', '会议已取消');

export const GUEST_RULES = {
  addGuest: { who: [office], when: [open] },
  // On one guest of the list, not a button of the meeting.
  removeGuest: { who: [office], when: [open], offered: false },
  listGuests: { who: [office], when: [], offered: false },
  unmaskGuest: {
    who: [who((a, m) => isOffice(a, m) && can(a, 'members.unmask'), 'FORBIDDEN', '无权查看完整号码')],
    when: [],
    offered: false,
  },
} satisfies Record<string, MeetingRule>;
