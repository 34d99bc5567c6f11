// Access rows of the member roster: the office writes its own, leaders read, a member sees himself;
// personal data stays with the member's own organisation.
import { type AccessRow, OFFICE, READERS, CITY_READERS, get, post, patch, row, current } from './helpers.js';

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

export const MEMBER_ROWS: AccessRow[] = [
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
];
