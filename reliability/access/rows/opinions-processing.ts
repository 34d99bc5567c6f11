// Access rows of the opinions' processing: the office of the organisation keeps categories,
// classifies, corrects, routes (an opinion or a group) and keeps on record; the office and
// leaders read the processing, the answers and the dashboard (a parent its counties',
// read-only); the member reads the answer to his own opinion; the unit it was routed to answers
// or asks for a reroute; anyone holding a receipt code looks it up. Targets:
// ../opinion-processing-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, EVERYONE, OFFICE, current, get, patch, post, put, row } from './helpers.js';

const READ = 'staff leader gov_leader county_admin';
const CITY_READ = 'staff leader';
const O = (t: Bundle, id: number, rest = '') => `/api/opinions/${id}${rest}`;
const G = (id: number, rest: string) => `/api/opinions/groups/${id}${rest}`;

export const OPINION_PROCESSING_ROWS: AccessRow[] = [
  current('GET /api/opinions/categories', READ, CITY_READ, () => get('/api/opinions/categories')),
  current('POST /api/opinions/categories', OFFICE, '', (_t, role) =>
    post('/api/opinions/categories', { kind: 'theme', name: `营商环境-${role}`, keywords: ['企业'] }),
  ),
  row('PATCH /api/opinions/categories/{id}', OFFICE, '', (t) =>
    patch(`/api/opinions/categories/${t.op.category}`, { keywords: ['道路', '路灯', '井盖'] }),
  ),
  current('POST /api/opinions/classify', OFFICE, '', () => post('/api/opinions/classify', {})),
  row('POST /api/opinions/{id}/classify', OFFICE, '', (t) => post(O(t, t.op.own, '/classify'))),
  row('PUT /api/opinions/{id}/classification', OFFICE, '', (t) =>
    put(O(t, t.op.own, '/classification'), { categoryId: t.op.category, themeId: null }),
  ),
  row('GET /api/opinions/{id}/processing', READ, CITY_READ, (t) => get(O(t, t.op.own, '/processing'))),
  row('GET /api/opinions/{id}/answer', `${READ} member`, CITY_READ, (t) => get(O(t, t.op.own, '/answer'))),
  row('POST /api/opinions/{id}/route', OFFICE, '', (t) =>
    post(O(t, t.op.routable, '/route'), { kind: 'unit', unitId: t.op.unit, note: '请研究办理' }),
  ),
  row('POST /api/opinions/groups/{id}/route', OFFICE, '', (t) =>
    post(G(t.op.group, '/route'), { kind: 'unit', unitId: t.op.unit }),
  ),
  row('POST /api/opinions/{id}/close', OFFICE, '', (t) => post(O(t, t.op.closable, '/close'), { reason: '留作参考' })),
  row('POST /api/opinions/groups/{id}/close', OFFICE, '', (t) =>
    post(G(t.op.closableGroup, '/close'), { reason: '留作参考' }),
  ),
  current('GET /api/opinions/unit/routes', 'unit', '', () => get('/api/opinions/unit/routes')),
  row('POST /api/opinions/routes/{id}/answer', 'unit', '', (t) =>
    post(`/api/opinions/routes/${t.op.answerRoute}/answer`, { answer: '经研究，已安排专项资金，预计下月完成整改。' }),
  ),
  row('POST /api/opinions/routes/{id}/reroute-request', 'unit', '', (t) =>
    post(`/api/opinions/routes/${t.op.rerouteRoute}/reroute-request`, { reason: '不属于本单位职责' }),
  ),
  current('GET /api/opinions/dashboard', READ, CITY_READ, () => get('/api/opinions/dashboard')),
  row('POST /api/public/opinions/receipt', EVERYONE, EVERYONE, (t) =>
    post('/api/public/opinions/receipt', { code: t.op.receiptCode }),
  ),
];
