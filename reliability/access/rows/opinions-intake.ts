// Access rows of the opinions' campaigns and intake: the office of an organisation writes its
// own campaigns and paper forms; offices and leaders read the campaigns and opinions of the
// organisations they see (a city its counties', read-only); a member submits and reads his own;
// the public form answers anyone holding its link. Targets: ../opinion-targets.ts.
import { multipartFile } from '../../../server/test/multipart.js';
import type { Bundle } from '../targets.js';
import { type AccessRow, EVERYONE, OFFICE, current, get, patch, post, put, row } from './helpers.js';

const C = (t: Bundle, id: number, rest = '') => `/api/opinions/campaigns/${id}${rest}`;
const READ = 'staff leader gov_leader county_admin';
const CITY_READ = 'staff leader';
const OPINION = {
  title: '建议增设公交站台遮阳棚',
  body: '人民路公交站没有遮阳棚，夏天等车暴晒，下雨也没处躲，建议加装。',
};

export const OPINION_INTAKE_ROWS: AccessRow[] = [
  current('GET /api/opinions/campaigns', READ, CITY_READ, () => get('/api/opinions/campaigns')),
  current('GET /api/opinions/campaigns/open', 'leader member', 'leader', () => get('/api/opinions/campaigns/open')),
  current('POST /api/opinions/campaigns', OFFICE, '', () =>
    post('/api/opinions/campaigns', {
      year: 2027,
      title: '2027年界别活动周',
      theme: '凝心聚力促发展',
      startsOn: '2027-05-10',
      endsOn: '2027-05-16',
    }),
  ),
  row('GET /api/opinions/campaigns/{id}', READ, CITY_READ, (t) => get(C(t, t.opinions.campaign))),
  row('PATCH /api/opinions/campaigns/{id}', OFFICE, '', (t) =>
    patch(C(t, t.opinions.campaign), { description: '委员走进基层听取意见。' }),
  ),
  row('POST /api/opinions/campaigns/{id}/open', OFFICE, '', (t) => post(C(t, t.opinions.draft, '/open'))),
  row('POST /api/opinions/campaigns/{id}/close', OFFICE, '', (t) => post(C(t, t.opinions.closable, '/close'))),
  row('PUT /api/opinions/campaigns/{id}/orgs', OFFICE, '', (t) =>
    put(C(t, t.opinions.campaign, '/orgs'), { orgIds: [] }),
  ),
  row('PUT /api/opinions/campaigns/{id}/participants', OFFICE, '', (t) =>
    put(C(t, t.opinions.campaign, '/participants'), { memberIds: [] }),
  ),
  row('POST /api/opinions/campaigns/{id}/public', OFFICE, '', (t) =>
    post(C(t, t.opinions.campaign, '/public'), { enabled: true }),
  ),
  row('POST /api/opinions/campaigns/{id}/public/rotate', OFFICE, '', (t) =>
    post(C(t, t.opinions.rotatable, '/public/rotate')),
  ),

  current('POST /api/opinions', 'member', '', () => post('/api/opinions', OPINION)),
  current('GET /api/opinions/mine', 'leader member', 'leader', () => get('/api/opinions/mine')),
  row('GET /api/opinions/mine/{id}', 'member', '', (t) => get(`/api/opinions/mine/${t.opinions.opinion}`)),
  current('POST /api/opinions/paper', OFFICE, '', () =>
    post('/api/opinions/paper', { rows: [{ authorName: '居民', ...OPINION }] }),
  ),
  current('GET /api/opinions/paper/template.xlsx', OFFICE, 'staff', () => get('/api/opinions/paper/template.xlsx')),
  // The upload is the template with its sample row (the matrix's own xlsx is the roster's template).
  current('POST /api/opinions/paper/import', OFFICE, '', (t) => {
    const { payload, headers } = multipartFile('意见.xlsx', t.opinions.sheet, 'application/octet-stream');
    return { method: 'POST', url: '/api/opinions/paper/import', headers, payload };
  }),
  current('GET /api/opinions', READ, CITY_READ, () => get('/api/opinions')),
  current('GET /api/opinions/filters', READ, CITY_READ, () => get('/api/opinions/filters')),
  current('GET /api/opinions/export.xlsx', READ, CITY_READ, () => get('/api/opinions/export.xlsx')),
  row('GET /api/opinions/{id}', READ, CITY_READ, (t) => get(`/api/opinions/${t.opinions.paper}`)),
  row('POST /api/opinions/{id}/contact', OFFICE, '', (t) => post(`/api/opinions/${t.opinions.paper}/contact`)),

  row('GET /api/public/opinions/{token}', EVERYONE, EVERYONE, (t) => get(`/api/public/opinions/${t.opinions.token}`)),
  row('GET /api/public/opinions/{token}/challenge', EVERYONE, EVERYONE, (t) =>
    get(`/api/public/opinions/${t.opinions.token}/challenge`),
  ),
  row('POST /api/public/opinions/{token}', EVERYONE, EVERYONE, (t) =>
    post(`/api/public/opinions/${t.opinions.token}`, { ...OPINION, challenge: '1.2.3.made-up', solution: '0' }),
  ),
];
