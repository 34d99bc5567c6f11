// Meetings and activities module (会议活动): every duty a member performs in person. One
// folder per sub-domain (kinds, core, invitations, guests, attendance, calendar, minutes, speeches, notices,
// questions, guide), each
// with the same roles (docs/ARCHITECTURE.md); meetings.policy.ts is the one rule table of every step. This file
// builds what the sub-domains share, registers each of them, and publishes the read models
// later modules (study, member homes, duty records) read instead of the tables.
import { fastSerializerCompiler } from '../../platform/http/fast-serializer.js';
import type { AppModule } from '../../platform/module.js';
import { registerAttendance } from './attendance/index.js';
import { registerCalendar } from './calendar/index.js';
import { registerCore } from './core/index.js';
import { createMeetingRepo } from './core/meetings.repo.js';
import type { MeetingDeps } from './core/meetings.service.js';
import { registerGuests } from './guests/index.js';
import { registerInvitations } from './invitations/index.js';
import { createInvitationRepo } from './invitations/invitations.repo.js';
import { registerKinds } from './kinds/index.js';
import { registerMinutes } from './minutes/index.js';
import { registerSpeeches } from './speeches/index.js';
import { registerNotices } from './notices/index.js';
import { registerQuestions } from './questions/index.js';
import { registerGuide } from './guide/index.js';
import { createMeetingCaches } from './meetings.caches.js';
import { createKindRepo } from './kinds/kinds.repo.js';
import { createKindService } from './kinds/kinds.service.js';
import { createMeetingReminders } from './core/reminders.jobs.js';
import { HOUR } from '../../platform/clock.js';
import { registerPhrases } from '../../platform/messages.js';
import { MEETING_PHRASES } from './meetings.texts.js';

/** Published to other modules: each member's attendance at the meetings of a period (study, member homes, duty records). */
export { attendanceOf, type AttendanceQuery } from './attendance/attendance.repo.js';
/**
 * Published to other modules: the presences at published meetings of a kind counting as study
 * or training, as a query (i: invitation, m: meeting, k: kind) to aggregate in SQL (training coverage).
 */
export { presenceQuery, PRESENT_STATES, type PresenceQuery } from './attendance/attendance.repo.js';
/** Published to other modules: each member's accepted speeches (oral or written exchange) of a period (duty records). */
export { speechesOf, type SpeechQuery } from './speeches/speeches.repo.js';
/**
 * Published to other modules: an organisation's published (and cancelled) meetings by ids or by
 * period, with the kind's study kind and counts_as — the study plan links its items to them.
 */
export { meetingsForStudy, type StudyMeeting, type StudyMeetingQuery } from './core/meetings.repo.js';
/** Published to other modules: each member's questions the office let through at forums, with the answers (duty records). */
export { questionsOf, type QuestionQuery } from './questions/questions.repo.js';
/** Published to other modules: the invitations' audience fields (whole body, committees, sectors, groups, parties, named members), so study plan items say who attends and study materials are assigned the same way. */
export { audienceFields, namesMembers } from './invitations/invitations.schema.js';

export const meetingsModule: AppModule = {
  name: 'meetings',
  register(app, platform) {
    registerPhrases(MEETING_PHRASES);
    const kinds = createKindRepo();
    const kindService = createKindService({ ...platform, kinds });
    const deps: MeetingDeps = {
      ...platform,
      meetings: createMeetingRepo(),
      kinds,
      kindService,
      caches: createMeetingCaches(platform.changes),
    };
    registerKinds(app, kindService);
    // Before the meeting's own routes: /api/meetings/calendar-feed and /feed/ are not meeting ids.
    registerCalendar(app, deps);
    registerSpeeches(app, deps);
    registerQuestions(app, deps);
    // The hottest reads (a member's list, the live board) are written by fast-json-stringify, as the proposal detail is.
    const fast = fastSerializerCompiler({ checkWithZod: platform.config.env !== 'production' });
    registerCore(app, deps, fast);
    const withInvitations = { ...deps, invitations: createInvitationRepo(platform.engine) };
    registerInvitations(app, withInvitations);
    registerAttendance(app, withInvitations, fast);
    registerGuests(app, { ...withInvitations, cipher: platform.cipher });
    registerMinutes(app, platform, deps);
    registerNotices(app, { ...deps, files: platform.files });
    registerGuide(app, { ...deps, files: platform.files });
    const reminders = createMeetingReminders(deps);
    platform.jobs.every('meetings.reminders', HOUR, async () => {
      await reminders.scan();
    });
  },
};
