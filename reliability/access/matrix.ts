// THE ACCESS MATRIX (issue 5 item 4): for every API operation, which roles may call it on
// their own organisation and on another one. reliability/access/access.test.ts checks every
// cell against the running server, and fails for any operation of /openapi.json that has no
// row here: a module that adds a route adds its row.
//
// Columns: `own` and `other` list the roles allowed (the rest are refused with 401/403/404).
// Roles: staff, leader (the committee's chair or a vice-chair), gov_leader (a party or
// government leader who leads key proposals: the mayor), member, unit (a handling unit's
// user), county_admin, auditor, public, anonymous. The city roles sit in the city; county_admin in county A. "Own" records are the
// home organisation's, and for a member his own proposals, for a unit its own assignments;
// "other" records are the other organisation's (county A for city roles, the city for the
// county admin). Rows marked `current` name no record: for "other" the caller first switches
// to the other organisation, which the county admin cannot do (refused: it cannot see the city);
// they are built from the caller's home records. Viewing another organisation is read-only:
// every write there is refused (403 ORG_READ_ONLY) but for the caller's own session,
// notifications and uploads. Members, handling units and public participants see their own
// organisation only, so their "other" cells are refused. Parents read what their counties
// share, never write it, and never unmask a county member's personal data.
import type { InjectOptions } from 'fastify';
import type { RoleName } from '../support/scenario.js';
import type { Bundle } from './targets.js';

export interface Req extends Pick<InjectOptions, 'method' | 'url' | 'headers'> {
  payload?: unknown;
  upload?: { name: string; data: 'pdf' | 'xlsx' };
}
export interface AccessRow {
  op: string;
  own: string;
  other: string;
  build: (t: Bundle, role: RoleName) => Req;
  /** Names no record: "other" means after switching to the other organisation. */
  current?: boolean;
  /** May end or change the caller's session or account: callers are restored after the row. */
  disruptive?: boolean;
  /** Send from a fresh, signed-out client (sign-in itself). */
  fresh?: boolean;
  /** A 200 that is still a refusal: a batch whose every item was refused. */
  refusedWhen?: (body: unknown) => boolean;
}

const SIGNED_IN = 'staff leader gov_leader member unit county_admin auditor public';
const EVERYONE = `${SIGNED_IN} anonymous`;
const OFFICE = 'staff county_admin';
const READERS = 'staff leader county_admin';
const CITY_READERS = 'staff leader';

const get = (url: string): Req => ({ method: 'GET', url });
const post = (url: string, payload: unknown = {}): Req => ({ method: 'POST', url, payload });
const put = (url: string, payload: unknown): Req => ({ method: 'PUT', url, payload });
const patch = (url: string, payload: unknown): Req => ({ method: 'PATCH', url, payload });
const del = (url: string): Req => ({ method: 'DELETE', url });
const P = (_t: Bundle, id: number, rest = '') => `/api/proposals/${id}${rest}`;

const row = (
  op: string,
  own: string,
  other: string,
  build: AccessRow['build'],
  opts: Partial<AccessRow> = {},
): AccessRow => ({ op, own, other, build, ...opts });
const current = (op: string, own: string, other: string, build: AccessRow['build'], opts: Partial<AccessRow> = {}) =>
  row(op, own, other, build, { current: true, ...opts });

/** The import template's required columns (姓名 性别 民族 … 党派), as the office would confirm them. */
const TEMPLATE_MAPPING = {
  headerRow: 1,
  columns: [
    { column: 1, field: 'name' },
    { column: 2, field: 'gender' },
    { column: 3, field: 'ethnicity' },
    { column: 6, field: 'phone' },
    { column: 7, field: 'sector' },
    { column: 10, field: 'party' },
  ],
};

export const ACCESS_MATRIX: AccessRow[] = [
  // Sign-in and the session: every signed-in user for himself.
  row('GET /api/auth/csrf', EVERYONE, EVERYONE, () => get('/api/auth/csrf')),
  row(
    'POST /api/auth/login',
    EVERYONE,
    EVERYONE,
    () => post('/api/auth/login', { login: 'target_city', password: 'Lvzhi-Test-2026!' }),
    { fresh: true },
  ),
  row('POST /api/auth/logout', SIGNED_IN, SIGNED_IN, () => post('/api/auth/logout'), { disruptive: true }),
  row('GET /api/auth/me', SIGNED_IN, SIGNED_IN, () => get('/api/auth/me')),
  // Answers everyone (anonymous: signedIn false); what it shows is the caller's own session.
  row('GET /api/auth/session', EVERYONE, EVERYONE, () => get('/api/auth/session')),
  row(
    'POST /api/auth/password',
    SIGNED_IN,
    SIGNED_IN,
    () => post('/api/auth/password', { currentPassword: 'Lvzhi-Test-2026!', newPassword: 'Qy7#mZ9!pLw2@Rk5' }),
    { disruptive: true },
  ),
  row('POST /api/auth/totp/verify', SIGNED_IN, SIGNED_IN, () => post('/api/auth/totp/verify', { code: '123456' })),
  row('POST /api/auth/totp/setup', SIGNED_IN, SIGNED_IN, () => post('/api/auth/totp/setup'), { disruptive: true }),
  row('POST /api/auth/totp/enable', SIGNED_IN, SIGNED_IN, () => post('/api/auth/totp/enable', { code: '123456' })),
  row('POST /api/auth/totp/disable', SIGNED_IN, SIGNED_IN, () =>
    post('/api/auth/totp/disable', { password: 'Lvzhi-Test-2026!' }),
  ),
  row('POST /api/auth/switch-org', SIGNED_IN, 'staff leader auditor', (t) =>
    post('/api/auth/switch-org', { orgId: t.org }),
  ),

  // The audit trail: the auditor only, and nobody may change it.
  current('GET /api/audit', 'auditor', 'auditor', () => get('/api/audit')),
  current('POST /api/audit/verify', 'auditor', 'auditor', () => post('/api/audit/verify')),
  current('GET /api/audit/export.xlsx', 'auditor', 'auditor', () => get('/api/audit/export.xlsx?action=auth.login')),

  // Notifications and files: each user his own.
  current('GET /api/notifications', SIGNED_IN, 'staff leader auditor', () => get('/api/notifications')),
  current('GET /api/notifications/unread-count', SIGNED_IN, 'staff leader auditor', () =>
    get('/api/notifications/unread-count'),
  ),
  current('POST /api/notifications/read-all', SIGNED_IN, 'staff leader auditor', () =>
    post('/api/notifications/read-all'),
  ),
  row('POST /api/notifications/{id}/read', SIGNED_IN, '', (t, r) => post(`/api/notifications/${t.noticeOf(r)}/read`)),
  current('POST /api/files', SIGNED_IN, 'staff leader auditor', () => ({
    method: 'POST',
    url: '/api/files?purpose=attachment',
    upload: { name: '附件.pdf', data: 'pdf' },
  })),
  row('GET /api/files/{id}', SIGNED_IN, '', (t, r) => get(`/api/files/${t.fileOf(r)}`)),
  row('GET /api/jobs/{id}', OFFICE, '', (t) => get(`/api/jobs/${t.job}`)),

  // Organisations and reference data.
  current('GET /api/orgs', SIGNED_IN, 'staff leader auditor', () => get('/api/orgs')),
  current('GET /api/orgs/tree', OFFICE, 'staff', () => get('/api/orgs/tree')),
  row('GET /api/orgs/{id}', SIGNED_IN, 'staff leader auditor', (t) => get(`/api/orgs/${t.org}`)),
  row('POST /api/orgs', 'staff', 'staff', (t) =>
    post('/api/orgs', { parentId: t.org, name: '南山县政协', shortName: '南山县', level: 'county' }),
  ),
  row('PATCH /api/orgs/{id}', OFFICE, 'staff', (t) => patch(`/api/orgs/${t.org}`, { regionCode: null })),
  row('GET /api/refdata', SIGNED_IN, 'staff leader auditor', (t) => get(`/api/refdata?orgId=${t.org}`)),
  current('POST /api/terms', OFFICE, '', () => post('/api/terms', { number: 99, startsOn: '2031-01-10' })),
  row('PATCH /api/terms/{id}', OFFICE, '', (t) => patch(`/api/terms/${t.term}`, { isCurrent: true })),
  row('POST /api/terms/{id}/sessions', OFFICE, '', (t) =>
    post(`/api/terms/${t.term}/sessions`, { number: 9, opensOn: '2027-01-10', closesOn: '2027-01-14' }),
  ),
  row('PATCH /api/term-sessions/{id}', OFFICE, '', (t) =>
    patch(`/api/term-sessions/${t.session}`, { closesOn: '2026-01-16' }),
  ),
  current('POST /api/sectors', OFFICE, '', () => post('/api/sectors', { name: '科技界' })),
  row('PATCH /api/sectors/{id}', OFFICE, '', (t) => patch(`/api/sectors/${t.sector}`, { sortOrder: 0 })),
  current('POST /api/committees', OFFICE, '', () => post('/api/committees', { name: '文史委员会' })),
  row('PATCH /api/committees/{id}', OFFICE, '', (t) => patch(`/api/committees/${t.committee}`, { sortOrder: 0 })),
  current('POST /api/member-groups', OFFICE, '', (t) =>
    post('/api/member-groups', { committeeId: t.committee, name: '学习二组' }),
  ),
  row('PATCH /api/member-groups/{id}', OFFICE, '', (t) => patch(`/api/member-groups/${t.group}`, { active: true })),
  current('POST /api/handling-units', OFFICE, '', () => post('/api/handling-units', { name: '市文化广电旅游局' })),
  row('PATCH /api/handling-units/{id}', OFFICE, '', (t) => patch(`/api/handling-units/${t.unit}`, { sortOrder: 0 })),

  // Accounts: the office of the account's own organisation.
  current('GET /api/users', OFFICE, 'staff', () => get('/api/users')),
  current('POST /api/users', OFFICE, '', () =>
    post('/api/users', {
      username: `new_${Math.random().toString(36).slice(2, 8)}`,
      displayName: '新账号',
      roles: ['public'],
    }),
  ),
  current('GET /api/users/member-options', OFFICE, 'staff', () => get('/api/users/member-options')),
  row('GET /api/users/{id}', OFFICE, '', (t) => get(`/api/users/${t.user}`)),
  row('PATCH /api/users/{id}', OFFICE, '', (t) => patch(`/api/users/${t.user}`, { displayName: '待调整账号' })),
  row('PUT /api/users/{id}/roles', OFFICE, '', (t) => put(`/api/users/${t.user}/roles`, { roles: ['member'] })),
  row('POST /api/users/{id}/reset-password', OFFICE, '', (t) => post(`/api/users/${t.user}/reset-password`)),
  row('POST /api/users/{id}/unlock', OFFICE, '', (t) => post(`/api/users/${t.user}/unlock`)),
  row('POST /api/users/{id}/deactivate', OFFICE, '', (t) => post(`/api/users/${t.user}/deactivate`)),
  row('POST /api/users/{id}/activate', OFFICE, '', (t) => post(`/api/users/${t.user}/activate`)),

  // The member roster: the office writes its own; leaders read; a member sees himself.
  current('GET /api/members', READERS, CITY_READERS, () => get('/api/members')),
  current('POST /api/members', OFFICE, '', (t) =>
    post('/api/members', {
      name: '孙立平',
      gender: 'male',
      sectorId: t.sector,
      party: 'nonparty',
      phone: `139${String(Math.random()).slice(2, 10)}`,
    }),
  ),
  current('GET /api/members/directory', 'staff leader member county_admin', CITY_READERS, () =>
    get('/api/members/directory'),
  ),
  row('GET /api/members/{id}', READERS, CITY_READERS, (t) => get(`/api/members/${t.member}`)),
  row('PATCH /api/members/{id}', OFFICE, '', (t) =>
    patch(`/api/members/${t.member}`, { jobTitle: '主任', version: 1 }),
  ),
  row('POST /api/members/{id}/deactivate', OFFICE, '', (t) =>
    post(`/api/members/${t.member}/deactivate`, { reason: '工作调动', version: 1 }),
  ),
  row('POST /api/members/{id}/reactivate', OFFICE, '', (t) =>
    post(`/api/members/${t.member}/reactivate`, { version: 2 }),
  ),
  // Personal data stays with the member's own organisation: a parent reads a county's roster, unmasks nothing.
  row('POST /api/members/{id}/unmask', OFFICE, '', (t) => post(`/api/members/${t.member}/unmask`)),
  current('GET /api/members/me', 'member', '', () => get('/api/members/me')),
  current('POST /api/members/me/contact-change', 'member', '', () =>
    post('/api/members/me/contact-change', { jobTitle: '副主任' }),
  ),
  current('GET /api/member-contact-changes', OFFICE, 'staff', () => get('/api/member-contact-changes')),
  row('POST /api/member-contact-changes/{id}/approve', OFFICE, '', (t) =>
    post(`/api/member-contact-changes/${t.contactChange}/approve`, {}),
  ),
  row('POST /api/member-contact-changes/{id}/reject', OFFICE, '', (t) =>
    post(`/api/member-contact-changes/${t.contactChange}/reject`, { note: '信息有误' }),
  ),
  current('GET /api/members/import/template', OFFICE, 'staff', () => get('/api/members/import/template')),
  current('POST /api/members/import', OFFICE, '', () => ({
    method: 'POST',
    url: '/api/members/import',
    upload: { name: '名册.xlsx', data: 'xlsx' },
  })),
  row('POST /api/members/import/preview', OFFICE, '', (t) =>
    post('/api/members/import/preview', { fileId: t.importFile, mapping: TEMPLATE_MAPPING }),
  ),
  row('POST /api/members/import/commit', OFFICE, '', (t) =>
    post('/api/members/import/commit', { fileId: t.importFile }),
  ),
  current('GET /api/members/export', OFFICE, 'staff', () => get('/api/members/export')),

  // Proposals: the proposer drafts; the office of the proposal's organisation reviews and
  // assigns; the assigned unit handles; leaders read and decide key proposals; parents read.
  current('GET /api/proposals', 'staff leader member unit county_admin', CITY_READERS, () => get('/api/proposals')),
  // A member's own co-proposer invitations; members see their own organisation only.
  current('GET /api/proposals/invitations', 'member', '', () => get('/api/proposals/invitations')),
  current('POST /api/proposals', 'staff member county_admin', '', (t, r) =>
    post('/api/proposals', {
      title: '关于推进社区食堂建设的建议',
      reasons: '老年人就餐难',
      suggestions: '一、建设社区食堂；二、给予运营补贴。',
      ...(r === 'member' ? {} : { kind: 'collective', collective: { type: 'sector', ref: t.sector } }),
    }),
  ),
  row('GET /api/proposals/{id}', 'staff leader member unit county_admin', CITY_READERS, (t) => get(P(t, t.p.handling))),
  row('PATCH /api/proposals/{id}', 'member', '', (t) =>
    patch(P(t, t.p.draft), { title: '关于加快老旧小区加装电梯的建议（修改稿）', version: 1 }),
  ),
  row('POST /api/proposals/{id}/submit', 'member', '', (t) => post(P(t, t.p.draft, '/submit'))),
  row('POST /api/proposals/{id}/withdraw', 'member', '', (t) => post(P(t, t.p.draft, '/withdraw'))),
  row('DELETE /api/proposals/{id}', 'member', '', (t) => del(P(t, t.p.deletable))),
  row('POST /api/proposals/{id}/invitation', 'member', '', (t) =>
    post(P(t, t.p.invited, '/invitation'), { accept: true }),
  ),
  row('POST /api/proposals/{id}/accept', OFFICE, '', (t) => post(P(t, t.p.submitted, '/accept'))),
  row('POST /api/proposals/{id}/reject', OFFICE, '', (t) =>
    post(P(t, t.p.submitted, '/reject'), { reason: '不属于政协提案范围' }),
  ),
  row('POST /api/proposals/{id}/convert', OFFICE, '', (t) => post(P(t, t.p.submitted, '/convert'))),
  row('POST /api/proposals/{id}/return', OFFICE, '', (t) =>
    post(P(t, t.p.submitted, '/return'), { note: '请补充具体措施' }),
  ),
  row(
    'POST /api/proposals/review/batch',
    OFFICE,
    '',
    (t) => post('/api/proposals/review/batch', { ids: [t.p.submitted], action: 'return', note: '请补充' }),
    {
      refusedWhen: (b) =>
        (b as { results: { ok: boolean; code?: string }[] }).results.every(
          (r) => !r.ok && ['NOT_FOUND', 'FORBIDDEN', 'ORG_READ_ONLY'].includes(r.code ?? ''),
        ),
    },
  ),
  row('POST /api/proposals/merge', OFFICE, '', (t) =>
    post('/api/proposals/merge', { mainId: t.p.accepted, otherIds: [t.p.submitted] }),
  ),
  current('GET /api/proposals/settings', SIGNED_IN, 'staff leader auditor', () => get('/api/proposals/settings')),
  current('PUT /api/proposals/settings', OFFICE, '', () =>
    put('/api/proposals/settings', {
      categories: ['经济', '城乡建设', '教科文卫体', '社会法制', '其他'],
      themes: [],
      resultLabels: { A: '已解决', B: '正在解决', C: '列入计划', D: '留作参考' },
      rejectReasons: ['不属于政协提案范围'],
      signDays: 5,
      replyMonths: 3,
      rehandleLimit: 1,
      inviteDays: 7,
      sessionLeadDays: 30,
      holidays: { off: [], work: [] },
    }),
  ),
  // The home page's figures: those with a queue (the office, a unit, a leader who leads key proposals).
  current('GET /api/proposals/home', 'staff leader gov_leader unit county_admin', CITY_READERS, () =>
    get('/api/proposals/home'),
  ),
  // The key board: the office, the committee's leadership and the leaders who lead key proposals (their own organisation's).
  current('GET /api/proposals/key-board', `${READERS} gov_leader`, CITY_READERS, () => get('/api/proposals/key-board')),
  current('GET /api/proposals/key-leaders', OFFICE, 'staff', () => get('/api/proposals/key-leaders')),
  row('POST /api/proposals/{id}/key/nominate', OFFICE, '', (t) =>
    post(P(t, t.p.accepted, '/key/nominate'), { note: '群众关注度高' }),
  ),
  row('POST /api/proposals/{id}/key/cancel', OFFICE, '', (t) => post(P(t, t.p.accepted, '/key/cancel'))),
  row('POST /api/proposals/{id}/key/decision', 'staff leader county_admin', '', (t) =>
    post(P(t, t.p.accepted, '/key/decision'), { approved: true, meetingDate: '2026-02-20' }),
  ),
  row('PUT /api/proposals/{id}/key/leader', OFFICE, '', (t) =>
    put(P(t, t.p.accepted, '/key/leader'), { leaderUserId: t.leaderUser }),
  ),
  row('GET /api/proposals/{id}/key/events', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/key/events')),
  ),
  // The office and the committee's leadership (a leading leader too, on what he leads: key.test.ts).
  row('POST /api/proposals/{id}/key/events', 'staff leader county_admin', '', (t) =>
    post(P(t, t.p.accepted, '/key/events'), { kind: 'visit', happenedOn: '2026-02-02', summary: '实地督办' }),
  ),
  row('POST /api/proposals/{id}/excellent', OFFICE, '', (t) => post(P(t, t.p.replied, '/excellent'), { year: 2026 })),
  row('DELETE /api/proposals/{id}/excellent', OFFICE, '', (t) => del(P(t, t.p.replied, '/excellent'))),
  // Statistics: also a party or government leader, of his own organisation only.
  current('GET /api/proposals/stats', `${READERS} gov_leader`, CITY_READERS, () => get('/api/proposals/stats')),
  current('GET /api/proposals/unit-evaluation', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/unit-evaluation?year=2026'),
  ),
  current('GET /api/proposals/unit-evaluation/export', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/unit-evaluation/export?year=2026'),
  ),
  current('PUT /api/proposals/unit-evaluation/scores', OFFICE, '', (t) =>
    put('/api/proposals/unit-evaluation/scores', { year: 2026, scores: [{ unitId: t.unit, score: 90 }] }),
  ),
  row('GET /api/proposals/{id}/export.docx', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/export.docx')),
  ),
  current('GET /api/proposals/export.xlsx', 'staff leader member unit county_admin', CITY_READERS, () =>
    get('/api/proposals/export.xlsx'),
  ),
  row('GET /api/public/proposals', EVERYONE, EVERYONE, (t) => get(`/api/public/proposals?orgId=${t.org}`)),
  row('GET /api/public/filters', EVERYONE, EVERYONE, (t) => get(`/api/public/filters?orgId=${t.org}`)),
  row('GET /api/public/proposals/{id}', EVERYONE, EVERYONE, (t) => get(`/api/public/proposals/${t.p.replied}`)),
  row('POST /api/proposals/{id}/assign', OFFICE, '', (t) =>
    post(P(t, t.p.accepted, '/assign'), { units: [{ unitId: t.unit, role: 'lead' }] }),
  ),
  row('POST /api/proposals/{id}/sign', 'unit', '', (t) => post(P(t, t.p.assigned, '/sign'))),
  row('POST /api/proposals/{id}/decline', 'unit', '', (t) =>
    post(P(t, t.p.assigned, '/decline'), { reason: '不属于本单位职责' }),
  ),
  row('POST /api/proposals/{id}/urge', OFFICE, '', (t) =>
    post(P(t, t.p.handling, '/urge'), { assignmentId: t.p.handlingAssignment }),
  ),
  // The office puts another unit in a co unit's place.
  row('POST /api/proposals/{id}/replace-co-unit', OFFICE, '', (t) =>
    post(P(t, t.p.coReplace, '/replace-co-unit'), {
      assignmentId: t.p.coAssignment,
      unitId: t.p.spareUnit,
      reason: '逾期未签收',
    }),
  ),
  // The assigned unit reads the proposers' full phone numbers (audited); nobody else through this route.
  row('POST /api/proposals/{id}/proposer-phones', 'unit', '', (t) => post(P(t, t.p.handling, '/proposer-phones'))),
  row('POST /api/proposals/{id}/extensions', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/extensions'), { requestedDeadline: '2027-10-31', reason: '需要跨部门协调' }),
  ),
  row('POST /api/proposals/{id}/contacts', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/contacts'), { contactedOn: '2026-02-25', way: 'phone', notes: '电话沟通办理思路' }),
  ),
  row('POST /api/proposals/{id}/co-opinion', 'unit', '', (t) =>
    post(P(t, t.p.coHandling, '/co-opinion'), { body: '我局同意主办单位意见。' }),
  ),
  row('POST /api/proposals/{id}/reply', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/reply'), {
      body: '经研究，已列入年度计划。',
      signer: '局长 孙立新',
      resultClass: 'C',
      commitments: [{ content: '年底前出台实施方案', dueDate: '2026-12-31' }],
    }),
  ),
  row('POST /api/proposals/{id}/send-back', OFFICE, '', (t) =>
    post(P(t, t.p.replied, '/send-back'), { replyId: t.p.replyId, note: '答复过于笼统' }),
  ),
  row('POST /api/proposals/{id}/close', OFFICE, '', (t) => post(P(t, t.p.replied, '/close'))),
  row('POST /api/proposals/{id}/feedback', 'member', '', (t) =>
    post(P(t, t.p.replied, '/feedback'), { contacted: 'visited', attitude: 'satisfied', result: 'basic' }),
  ),
  row('POST /api/proposals/{id}/extensions/{extensionId}/decide', OFFICE, '', (t) =>
    post(P(t, t.p.handling, `/extensions/${t.p.extension}/decide`), { approve: true }),
  ),
  row('GET /api/proposals/{id}/handling', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/handling')),
  ),
  row('GET /api/proposals/{id}/timeline', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/timeline')),
  ),
  current('GET /api/proposals/inbox', 'unit', '', () => get('/api/proposals/inbox')),
  current('GET /api/proposals/handling-board', READERS, CITY_READERS, () => get('/api/proposals/handling-board')),
  current('GET /api/proposals/commitments', 'staff leader unit county_admin', CITY_READERS, () =>
    get('/api/proposals/commitments'),
  ),
  row('POST /api/proposals/commitments/{id}/progress', 'unit', '', (t) =>
    post(`/api/proposals/commitments/${t.p.commitment}/progress`, { note: '已完成一个街道试点' }),
  ),
  row('POST /api/proposals/commitments/{id}/drop', OFFICE, '', (t) =>
    post(`/api/proposals/commitments/${t.p.commitment}/drop`, { reason: '政策调整，不再实施' }),
  ),
  current('POST /api/proposals/similar', 'staff member county_admin', 'staff', () =>
    post('/api/proposals/similar', { title: '关于老旧小区加装电梯的建议' }),
  ),
  row('GET /api/proposals/{id}/similar', OFFICE, '', (t) => get(P(t, t.p.submitted, '/similar'))),
  // Likely duplicates of a review-queue page: the office's read; a parent's office viewing a county reads its queue.
  current('GET /api/proposals/review/duplicates', OFFICE, 'staff', (t) =>
    get(`/api/proposals/review/duplicates?ids=${t.p.submitted}`),
  ),
];

/** Guessing ids: a caller who knows (or guesses) the id of a record that is not his gets 404 or 403, never the record. */
export interface IdGuess {
  /** A scenario client: countyB (county B's admin), member, unit. */
  who: string;
  what: string;
  build: (g: {
    cityP: Bundle['p'];
    countyP: Bundle['p'];
    otherMemberDraft: number;
    otherUnitProposal: number;
    otherMemberFile: string;
    otherNotice: number;
  }) => Req;
}

export const ID_GUESSES: IdGuess[] = [
  { who: 'countyB', what: "another county's proposal", build: (g) => get(`/api/proposals/${g.countyP.handling}`) },
  {
    who: 'countyB',
    what: "another county's proposal, accepting it",
    build: (g) => post(`/api/proposals/${g.countyP.submitted}/accept`),
  },
  {
    who: 'countyB',
    what: "another county's proposal handling",
    build: (g) => get(`/api/proposals/${g.countyP.handling}/handling`),
  },
  {
    who: 'countyB',
    what: "another county's assignment, urging it",
    build: (g) => post(`/api/proposals/${g.countyP.handling}/urge`, { assignmentId: g.countyP.handlingAssignment }),
  },
  { who: 'member', what: "another member's draft", build: (g) => get(`/api/proposals/${g.otherMemberDraft}`) },
  {
    who: 'member',
    what: "another member's draft, editing it",
    build: (g) => patch(`/api/proposals/${g.otherMemberDraft}`, { title: '改掉别人的草稿', version: 1 }),
  },
  {
    who: 'member',
    what: "another member's draft, submitting it",
    build: (g) => post(`/api/proposals/${g.otherMemberDraft}/submit`),
  },
  {
    who: 'member',
    what: "another member's draft, its timeline",
    build: (g) => get(`/api/proposals/${g.otherMemberDraft}/timeline`),
  },
  {
    who: 'member',
    what: "another member's draft as Word",
    build: (g) => get(`/api/proposals/${g.otherMemberDraft}/export.docx`),
  },
  { who: 'member', what: "another member's file", build: (g) => get(`/api/files/${g.otherMemberFile}`) },
  {
    who: 'member',
    what: "another member's notification",
    build: (g) => post(`/api/notifications/${g.otherNotice}/read`),
  },
  { who: 'unit', what: "another unit's assignment", build: (g) => get(`/api/proposals/${g.otherUnitProposal}`) },
  {
    who: 'unit',
    what: "another unit's assignment, its handling record",
    build: (g) => get(`/api/proposals/${g.otherUnitProposal}/handling`),
  },
  {
    who: 'unit',
    what: "another unit's assignment, signing for it",
    build: (g) => post(`/api/proposals/${g.otherUnitProposal}/sign`),
  },
  {
    who: 'unit',
    what: "another unit's assignment, replying to it",
    build: (g) =>
      post(`/api/proposals/${g.otherUnitProposal}/reply`, { body: '冒名答复', signer: '某局', resultClass: 'A' }),
  },
  {
    who: 'unit',
    what: "another unit's assignment, declining it",
    build: (g) => post(`/api/proposals/${g.otherUnitProposal}/decline`, { reason: '冒名退回' }),
  },
];
