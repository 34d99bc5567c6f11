// Access rows of the consultations module: the office of an organisation writes its own
// consultations, moderates and re-analyses them; its leaders read them and their reports, and a
// city's office and leaders read what a county shares (never write it); the organisation's
// members and the handling unit it invites take part (next statement, vote, add, standing); the
// public routes answer anyone holding the link (and, for taking part, the device cookie it set).
// Targets: ../consultation-targets.ts.
import type { Bundle } from '../targets.js';
import {
  type AccessRow,
  CITY_READERS,
  EVERYONE,
  OFFICE,
  READERS,
  current,
  get,
  post,
  put,
  patch,
  row,
} from './helpers.js';

const C = (t: Bundle, rest = '', id = t.cons.open) => `/api/consultations/${id}${rest}`;
const P = (t: Bundle, rest = '') => `/api/public/consultations/${t.cons.token}${rest}`;
const PARTICIPANTS = 'member unit';
const SEES = `${READERS} ${PARTICIPANTS}`;
/** A public visitor's request: his device cookie and a double-submit CSRF pair, and no session. */
const visitor = (t: Bundle) => ({
  cookie: `${t.cons.device}; lvzhi_csrf=matrix-visitor`,
  'x-csrf-token': 'matrix-visitor',
});

export const CONSULTATION_ROWS: AccessRow[] = [
  current('GET /api/consultations', READERS, CITY_READERS, () => get('/api/consultations')),
  current('GET /api/consultations/mine', PARTICIPANTS, '', () => get('/api/consultations/mine')),
  current('POST /api/consultations', OFFICE, '', () =>
    post('/api/consultations', {
      title: '背街小巷如何整治',
      opensOn: '2026-05-01',
      closesOn: '2026-05-31',
      seeds: ['背街小巷应统一铺设路灯'],
    }),
  ),
  row('GET /api/consultations/{id}', SEES, CITY_READERS, (t) => get(C(t))),
  row('PATCH /api/consultations/{id}', OFFICE, '', (t) =>
    patch(C(t), { description: '围绕社区停车难与共享车位征求意见。' }),
  ),
  row('POST /api/consultations/{id}/open', OFFICE, '', (t) => post(C(t, '/open', t.cons.draft))),
  row('POST /api/consultations/{id}/close', OFFICE, '', (t) => post(C(t, '/close', t.cons.closable))),
  row('POST /api/consultations/{id}/public', OFFICE, '', (t) => post(C(t, '/public'), { mode: 'anonymous' })),
  row('GET /api/consultations/{id}/next', PARTICIPANTS, '', (t) => get(C(t, '/next'))),
  row('PUT /api/consultations/{id}/votes/{statementId}', PARTICIPANTS, '', (t) =>
    put(C(t, `/votes/${t.cons.statement}`), { vote: 'agree' }),
  ),
  row('POST /api/consultations/{id}/contributions', PARTICIPANTS, '', (t) =>
    post(C(t, '/contributions'), { body: '应在小区周边增设临时停车位' }),
  ),
  row('GET /api/consultations/{id}/standing', PARTICIPANTS, '', (t) => get(C(t, '/standing'))),
  row('GET /api/consultations/{id}/statements', READERS, CITY_READERS, (t) => get(C(t, '/statements'))),
  row('POST /api/consultations/{id}/statements', OFFICE, '', (t) =>
    post(C(t, '/statements'), { body: '应建立共享停车位的预约平台' }),
  ),
  row('POST /api/consultation-statements/{id}/moderate', OFFICE, '', (t) =>
    post(`/api/consultation-statements/${t.cons.pending}/moderate`, { decision: 'accept' }),
  ),
  row('GET /api/consultations/{id}/report', READERS, CITY_READERS, (t) => get(C(t, '/report'))),
  row('POST /api/consultations/{id}/analyse', OFFICE, '', (t) => post(C(t, '/analyse'))),
  row('GET /api/consultations/{id}/export/{file}', READERS, CITY_READERS, (t) => get(C(t, '/export/votes.csv'))),

  row('GET /api/public/consultations/{token}', EVERYONE, EVERYONE, (t) => get(P(t))),
  row('GET /api/public/consultations/{token}/challenge', EVERYONE, EVERYONE, (t) => get(P(t, '/challenge'))),
  row('POST /api/public/consultations/{token}/join', EVERYONE, EVERYONE, (t) =>
    post(P(t, '/join'), { challenge: '1.2.3.made-up', solution: '0' }),
  ),
  row('GET /api/public/consultations/{token}/next', EVERYONE, EVERYONE, (t) => ({
    ...get(P(t, '/next')),
    headers: visitor(t),
  })),
  row('PUT /api/public/consultations/{token}/votes/{statementId}', EVERYONE, EVERYONE, (t) => ({
    ...put(P(t, `/votes/${t.cons.statement}`), { vote: 'disagree' }),
    headers: visitor(t),
  })),
  row('POST /api/public/consultations/{token}/contributions', EVERYONE, EVERYONE, (t) => ({
    ...post(P(t, '/contributions'), { body: '希望公布周边停车场的空位数' }),
    headers: visitor(t),
  })),
  row('GET /api/public/consultations/{token}/standing', EVERYONE, EVERYONE, (t) => ({
    ...get(P(t, '/standing')),
    headers: visitor(t),
  })),
];
