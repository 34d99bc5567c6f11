// Access rows of meetings: the office of the meeting's organisation runs it (kinds, drafting,
// invitations, guests, leave, the door code and the scanner of personal codes, hand check-in and
// check-out, walk-ins, closing attendance
// and corrections); leaders read the
// organisation's meetings, invitation lists and attendance board (a parent's a sharing
// county's too); a member answers and checks in to his own invitations. Targets: ../meeting-targets.ts.
import type { Bundle } from '../targets.js';
import {
  type AccessRow,
  CITY_READERS,
  EVERYONE,
  OFFICE,
  READERS,
  current,
  del,
  get,
  patch,
  post,
  put,
  row,
} from './helpers.js';

const M = (t: Bundle, rest = '') => `/api/meetings/${t.mtg.meeting}${rest}`;
const OWN_READERS = 'staff leader member county_admin';
const MIN = (t: Bundle) => `/api/meetings/${t.mtg.minutesMeeting}/minutes`;
const F = (t: Bundle, rest = '') => `/api/meeting-followups/${t.mtg.followup}${rest}`;
const Q = (t: Bundle, rest = '') => `/api/meetings/${t.mtg.questions.forum}${rest}`;
const N = (id: number, rest = '') => `/api/meeting-notices/${id}${rest}`;

export const MEETING_ROWS: AccessRow[] = [
  // Kinds: everyone who takes part in meetings reads them; the office edits its own.
  current('GET /api/meeting-kinds', OWN_READERS, CITY_READERS, () => get('/api/meeting-kinds')),
  current('POST /api/meeting-kinds', OFFICE, '', () =>
    post('/api/meeting-kinds', { code: 'member_visit', name: '委员走访', category: 'activity_week' }),
  ),
  row('PATCH /api/meeting-kinds/{id}', OFFICE, '', (t) =>
    patch(`/api/meeting-kinds/${t.mtg.kind}`, { sortOrder: 900 }),
  ),

  // The meeting itself: drafts are the office's; published ones are read by the office, leaders and invitees.
  current('GET /api/meetings', OWN_READERS, CITY_READERS, () => get('/api/meetings')),
  current('POST /api/meetings', OFFICE, '', (t) =>
    post('/api/meetings', {
      kindId: t.mtg.symposiumKind,
      title: '数字经济发展专题座谈会',
      startsAt: '2026-04-08T09:00:00+08:00',
      endsAt: '2026-04-08T11:30:00+08:00',
      venue: '机关三楼会议室',
    }),
  ),
  row('GET /api/meetings/{id}', OWN_READERS, CITY_READERS, (t) => get(M(t))),
  row('PATCH /api/meetings/{id}', OFFICE, '', (t) => patch(M(t), { description: '请各位委员提前十分钟到场。' })),
  row('POST /api/meetings/{id}/publish', OFFICE, '', (t) => post(`/api/meetings/${t.mtg.draft}/publish`)),
  row('POST /api/meetings/{id}/cancel', OFFICE, '', (t) =>
    post(`/api/meetings/${t.mtg.cancellable}/cancel`, { reason: '议题并入下月专题协商会' }),
  ),

  // The office's desk at the door (the walk-in before the invitation row, which invites everyone).
  row('GET /api/meetings/{id}/checkin-code', OFFICE, '', (t) => get(M(t, '/checkin-code'))),
  row('POST /api/meetings/{id}/walk-ins', OFFICE, '', (t) => post(M(t, '/walk-ins'), { memberId: t.mtg.walkInMember })),
  row('POST /api/meetings/{id}/invitations/{invitationId}/checkin', OFFICE, '', (t) =>
    post(M(t, `/invitations/${t.mtg.deskInvitation}/checkin`)),
  ),
  row('POST /api/meetings/{id}/invitations/{invitationId}/checkout', OFFICE, '', (t) =>
    post(M(t, `/invitations/${t.mtg.deskInvitation}/checkout`)),
  ),

  // The member's personal code (the matrix's member is invited; a leader is no member) and the
  // office's scanner reading one (400 here: the code names no meeting).
  row('GET /api/meetings/{id}/my-code', 'member', '', (t) => get(M(t, '/my-code'))),
  row('POST /api/meetings/{id}/scan', OFFICE, '', (t) =>
    post(M(t, '/scan'), { code: 'LZ1.0.0.0.AAAAAAAAAAAAAAAAAAAAAA' }),
  ),

  // Guests: the office's alone (their phones are personal data); leaders see names on the board only.
  row('GET /api/meetings/{id}/guests', OFFICE, '', (t) => get(M(t, '/guests'))),
  row('POST /api/meetings/{id}/guests', OFFICE, '', (t) =>
    post(M(t, '/guests'), { name: '林晓东', kind: 'grassroots', affiliation: '城北街道社区主任' }),
  ),
  // 409 for the allowed: the guest has checked in and stays on the record.
  row('DELETE /api/meetings/{id}/guests/{invitationId}', OFFICE, '', (t) => del(M(t, `/guests/${t.mtg.guest}`))),
  row('GET /api/meetings/{id}/guests/{invitationId}/phone', OFFICE, '', (t) =>
    get(M(t, `/guests/${t.mtg.guest}/phone`)),
  ),

  // Invitations: the office invites and decides leave; leaders read the list.
  row('POST /api/meetings/{id}/invitations', OFFICE, '', (t) =>
    post(M(t, '/invitations'), { audience: { all: true } }),
  ),
  row('GET /api/meetings/{id}/invitations', READERS, CITY_READERS, (t) => get(M(t, '/invitations'))),
  row('POST /api/meetings/{id}/invitations/{invitationId}/leave-decision', OFFICE, '', (t) =>
    post(M(t, `/invitations/${t.mtg.leaveInvitation}/leave-decision`), { approve: true }),
  ),

  // The invitee's own steps: only the matrix's member is invited, to his own organisation's meeting.
  row('POST /api/meetings/{id}/attend', 'member', '', (t) => post(M(t, '/attend'))),
  row('POST /api/meetings/{id}/checkin', 'member', '', (t) => post(M(t, '/checkin'), { code: t.mtg.code })),
  // The meeting has no online link: the invitee passes the rule's "who" and meets its 409.
  row('POST /api/meetings/{id}/checkin/remote', 'member', '', (t) => post(M(t, '/checkin/remote'))),
  row('POST /api/meetings/{id}/leave', 'member', '', (t) => post(M(t, '/leave'), { reason: '临时接到外出调研任务' })),
  row('POST /api/meetings/{id}/decline', 'member', '', (t) => post(M(t, '/decline'))),

  // After the meeting: the office closes attendance (409 here: it has not ended) and corrects a state.
  row('POST /api/meetings/{id}/attendance/close', OFFICE, '', (t) => post(M(t, '/attendance/close'))),
  row('PUT /api/meetings/{id}/invitations/{invitationId}/attendance', OFFICE, '', (t) =>
    put(M(t, `/invitations/${t.mtg.leaveInvitation}/attendance`), { state: 'absent', reason: '会前未请假，未到会' }),
  ),

  // Calendars: a meeting's .ics for whoever sees the meeting; a member keeps his own private
  // feed; the feed's secret address is read by anyone who has it (a calendar app cannot sign in).
  row('GET /api/meetings/{id}/event.ics', OWN_READERS, CITY_READERS, (t) => get(M(t, '/event.ics'))),
  row('GET /api/meetings/feed/{file}', EVERYONE, EVERYONE, (t) => get(t.mtg.feedPath)),
  current('GET /api/meetings/calendar-feed', 'member', '', () => get('/api/meetings/calendar-feed')),
  current('POST /api/meetings/calendar-feed', 'member', '', () => post('/api/meetings/calendar-feed')),
  current('DELETE /api/meetings/calendar-feed', 'member', '', () => del('/api/meetings/calendar-feed')),

  // Speeches: an invitee hands in and revises his own (409 here: he has handed one in); the
  // office and leaders read them all, the office reviews and orders the oral ones; whoever
  // sees the meeting reads the programme; a member reads his own speeches.
  row('POST /api/meetings/{id}/speeches', 'member', '', (t) =>
    post(M(t, '/speeches'), { title: '再谈乡村人才振兴', body: '建议'.repeat(40) }),
  ),
  row('PUT /api/meetings/{id}/speeches/{speechId}', 'member', '', (t) =>
    put(M(t, `/speeches/${t.mtg.ownSpeech}`), { title: '为乡村引才育才搭好平台', body: '建议'.repeat(40) }),
  ),
  row('GET /api/meetings/{id}/speeches', READERS, CITY_READERS, (t) => get(M(t, '/speeches'))),
  row('POST /api/meetings/{id}/speeches/{speechId}/review', OFFICE, '', (t) =>
    post(M(t, `/speeches/${t.mtg.oralSpeech}/review`), { decision: 'oral' }),
  ),
  row('GET /api/meetings/{id}/programme', OWN_READERS, CITY_READERS, (t) => get(M(t, '/programme'))),
  row('PUT /api/meetings/{id}/programme', OFFICE, '', (t) =>
    put(M(t, '/programme'), { speechIds: [t.mtg.oralSpeech] }),
  ),
  current('GET /api/meetings/my-speeches', 'member', '', () => get('/api/meetings/my-speeches')),

  // Live questions at a forum: an invitee asks and reads his own; the office and leaders read the
  // list and the screen; the office moderates and keeps the links; the public link and the
  // screen link answer whoever holds them (a made-up challenge is a 400, past the door).
  row('POST /api/meetings/{id}/questions', 'member', '', (t) =>
    post(`/api/meetings/${t.mtg.questions.forum}/questions`, { body: '夜间经济能否向老街区延伸？' }),
  ),
  current('GET /api/meetings/my-questions', 'member', '', () => get('/api/meetings/my-questions')),
  row('GET /api/meetings/{id}/questions', READERS, CITY_READERS, (t) => get(Q(t, '/questions'))),
  row('GET /api/meetings/{id}/question-screen', READERS, CITY_READERS, (t) => get(Q(t, '/question-screen'))),
  row('GET /api/meeting-questions/public/{token}', EVERYONE, EVERYONE, (t) =>
    get(`/api/meeting-questions/public/${t.mtg.questions.publicToken}`),
  ),
  row('GET /api/meeting-questions/public/{token}/challenge', EVERYONE, EVERYONE, (t) =>
    get(`/api/meeting-questions/public/${t.mtg.questions.publicToken}/challenge`),
  ),
  row('POST /api/meeting-questions/public/{token}', EVERYONE, EVERYONE, (t) =>
    post(`/api/meeting-questions/public/${t.mtg.questions.publicToken}`, {
      displayName: '街坊',
      body: '老街区会不会拆掉重建？',
      challenge: '1.2.3.made-up',
      solution: '0',
    }),
  ),
  row('GET /api/meeting-questions/screen/{token}', EVERYONE, EVERYONE, (t) =>
    get(`/api/meeting-questions/screen/${t.mtg.questions.screenToken}`),
  ),
  row('PUT /api/meetings/{id}/questions/{questionId}', OFFICE, '', (t) =>
    put(Q(t, `/questions/${t.mtg.questions.pending}`), { body: '老街区改造后，原有的早点摊、修鞋铺能否保留？' }),
  ),
  row('POST /api/meetings/{id}/questions/{questionId}/approve', OFFICE, '', (t) =>
    post(Q(t, `/questions/${t.mtg.questions.pending}/approve`)),
  ),
  row('PUT /api/meetings/{id}/question-board/current', OFFICE, '', (t) =>
    put(Q(t, '/question-board/current'), { questionId: t.mtg.questions.pending }),
  ),
  row('POST /api/meetings/{id}/questions/{questionId}/answer', OFFICE, '', (t) =>
    post(Q(t, `/questions/${t.mtg.questions.pending}/answer`), { answeredBy: '市商务局', answer: '保留并统一规范。' }),
  ),
  row('POST /api/meetings/{id}/questions/{questionId}/merge', OFFICE, '', (t) =>
    post(Q(t, `/questions/${t.mtg.questions.other}/merge`), { intoId: t.mtg.questions.pending }),
  ),
  row('POST /api/meetings/{id}/questions/{questionId}/reject', OFFICE, '', (t) =>
    post(Q(t, `/questions/${t.mtg.questions.other}/reject`), { reason: '与已答复的提问相同' }),
  ),
  row('PUT /api/meetings/{id}/question-board', OFFICE, '', (t) =>
    put(Q(t, '/question-board'), { publicEnabled: true }),
  ),
  // Last: a new screen address (the public rows above used the old one).
  row('POST /api/meetings/{id}/question-board/rotate', OFFICE, '', (t) =>
    post(Q(t, '/question-board/rotate'), { link: 'screen' }),
  ),

  // The live attendance board and its Excel sheet: the office and leaders.
  row('GET /api/meetings/{id}/attendance', READERS, CITY_READERS, (t) => get(M(t, '/attendance'))),
  row('GET /api/meetings/{id}/attendance.xlsx', READERS, CITY_READERS, (t) => get(M(t, '/attendance.xlsx'))),
  row('GET /api/meetings/{id}/signin-sheet.docx', READERS, CITY_READERS, (t) => get(M(t, '/signin-sheet.docx'))),

  // Minutes: published ones for whoever sees the meeting; the office writes and publishes them
  // (409 here: the main meeting has not begun). Follow-ups: the office gives them and keeps its
  // list; leaders read them; the owning unit reads and reports on its own.
  row('GET /api/meetings/{id}/minutes', OWN_READERS, CITY_READERS, (t) => get(MIN(t))),
  row('PUT /api/meetings/{id}/minutes', OFFICE, '', (t) =>
    put(MIN(t), { body: '会议纪要（修订稿）：补充运营补贴测算依据。' }),
  ),
  row('POST /api/meetings/{id}/minutes/publish', OFFICE, '', (t) => post(M(t, '/minutes/publish'))),
  row('GET /api/meetings/{id}/followups', READERS, CITY_READERS, (t) => get(M(t, '/followups'))),
  row('POST /api/meetings/{id}/followups', OFFICE, '', (t) =>
    post(M(t, '/followups'), { title: '梳理会议意见建议形成专报', dueOn: '2026-07-31', unitIds: [t.unit] }),
  ),
  current('GET /api/meeting-followups', 'staff leader member unit county_admin', CITY_READERS, () =>
    get('/api/meeting-followups'),
  ),
  current('GET /api/meeting-followups/owners', READERS, CITY_READERS, () => get('/api/meeting-followups/owners')),
  row('GET /api/meeting-followups/{id}', `${READERS} unit`, CITY_READERS, (t) => get(F(t))),
  row('PATCH /api/meeting-followups/{id}', OFFICE, '', (t) => patch(F(t), { detail: '请于每月底报送一次进展。' })),
  row('POST /api/meeting-followups/{id}/progress', `${OFFICE} unit`, '', (t) =>
    post(F(t, '/progress'), { note: '已完成周边助餐点运营成本调查' }),
  ),
  row('POST /api/meeting-followups/{id}/cancel', OFFICE, '', (t) =>
    post(F(t, '/cancel'), { reason: '并入年度民生实事' }),
  ),
  row('POST /api/meeting-followups/{id}/reopen', OFFICE, '', (t) => post(F(t, '/reopen'), { reason: '需单列督办' })),
  // Notices: the office drafts, publishes, withdraws and reminds; readers see published ones and
  // their receipts; a recipient (the matrix's member, in his own organisation) reads his own.
  current('GET /api/meeting-notices', READERS, CITY_READERS, () => get('/api/meeting-notices')),
  current('POST /api/meeting-notices', OFFICE, '', () =>
    post('/api/meeting-notices', {
      title: '关于开展委员履职培训的通知',
      body: '请按时参加。',
      audience: { all: true },
    }),
  ),
  current('GET /api/meeting-notices/mine', OWN_READERS, CITY_READERS, () => get('/api/meeting-notices/mine')),
  row('GET /api/meeting-notices/{id}', OWN_READERS, CITY_READERS, (t) => get(N(t.mtg.notices.published))),
  row('PATCH /api/meeting-notices/{id}', OFFICE, '', (t) =>
    patch(N(t.mtg.notices.draft), { title: '关于报送履职情况的通知' }),
  ),
  row('POST /api/meeting-notices/{id}/publish', OFFICE, '', (t) => post(N(t.mtg.notices.draft, '/publish'))),
  row('POST /api/meeting-notices/{id}/withdraw', OFFICE, '', (t) => post(N(t.mtg.notices.withdrawable, '/withdraw'))),
  row('POST /api/meeting-notices/{id}/read', 'member', '', (t) => post(N(t.mtg.notices.published, '/read'))),
  row('GET /api/meeting-notices/{id}/receipts', READERS, CITY_READERS, (t) =>
    get(N(t.mtg.notices.published, '/receipts')),
  ),
  row('POST /api/meeting-notices/{id}/remind', OFFICE, '', (t) => post(N(t.mtg.notices.published, '/remind'))),
  row('GET /api/meeting-notices/{id}/notice.docx', READERS, CITY_READERS, (t) =>
    get(N(t.mtg.notices.published, '/notice.docx')),
  ),
  // The plenary guide: whoever sees the meeting reads its shared parts; the office builds it and
  // alone reads everyone's seat and lodging (the roster, the Excel list); an invitee (the matrix's
  // member, in his own organisation) reads his own guide.
  row('GET /api/meetings/{id}/guide', OWN_READERS, CITY_READERS, (t) => get(M(t, '/guide'))),
  row('PUT /api/meetings/{id}/guide', OFFICE, '', (t) => put(M(t, '/guide'), { notes: '报到时请出示委员证。' })),
  row('POST /api/meetings/{id}/guide/agenda', OFFICE, '', (t) =>
    post(M(t, '/guide/agenda'), { day: t.mtg.guide.day, startTime: '14:00', title: '分组讨论', byGroup: true }),
  ),
  row('PUT /api/meetings/{id}/guide/agenda/{itemId}', OFFICE, '', (t) =>
    put(M(t, `/guide/agenda/${t.mtg.guide.item}`), { day: t.mtg.guide.day, startTime: '09:30', title: '开幕会' }),
  ),
  row('DELETE /api/meetings/{id}/guide/agenda/{itemId}', OFFICE, '', (t) =>
    del(M(t, `/guide/agenda/${t.mtg.guide.spareItem}`)),
  ),
  row('POST /api/meetings/{id}/guide/groups', OFFICE, '', (t) =>
    post(M(t, '/guide/groups'), { name: '第三组', room: '四楼402室' }),
  ),
  row('PUT /api/meetings/{id}/guide/groups/{groupId}', OFFICE, '', (t) =>
    put(M(t, `/guide/groups/${t.mtg.guide.group}`), { name: '第一组（经济界）', convener: '刘志远' }),
  ),
  row('DELETE /api/meetings/{id}/guide/groups/{groupId}', OFFICE, '', (t) =>
    del(M(t, `/guide/groups/${t.mtg.guide.spareGroup}`)),
  ),
  row('POST /api/meetings/{id}/guide/assign', OFFICE, '', (t) =>
    post(M(t, '/guide/assign'), { groupId: t.mtg.guide.group, memberIds: [t.mtg.guide.member] }),
  ),
  row('PUT /api/meetings/{id}/guide/members/{memberId}', OFFICE, '', (t) =>
    put(M(t, `/guide/members/${t.mtg.guide.member}`), { seat: '2排6座', lodging: { hotel: '会议中心', room: '806' } }),
  ),
  row('GET /api/meetings/{id}/guide/roster', OFFICE, '', (t) => get(M(t, '/guide/roster'))),
  row('GET /api/meetings/{id}/guide/seating.xlsx', OFFICE, '', (t) => get(M(t, '/guide/seating.xlsx'))),
  row('GET /api/meetings/{id}/guide/mine', 'member', '', (t) => get(M(t, '/guide/mine'))),
];
