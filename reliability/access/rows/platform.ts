// Access rows of the platform: sign-in and the session, the audit trail, notifications and
// files, organisations and reference data, accounts.
import { type AccessRow, SIGNED_IN, EVERYONE, OFFICE, get, post, put, patch, row, current } from './helpers.js';

export const PLATFORM_ROWS: AccessRow[] = [
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
  current('GET /api/audit/export.xlsx', 'auditor', 'auditor', () => get('/api/audit/export.xlsx?action=auth.login')),
  current('POST /api/audit/verify', 'auditor', 'auditor', () => post('/api/audit/verify')),

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
];
