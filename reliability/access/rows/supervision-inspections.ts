// Access rows of inspections and their recommendations: the office of an organisation manages
// its own (a county its own, the city its own: nobody reads another organisation's, so every
// "other" cell is refused); its leaders read them; a member reads those he takes part in (his
// list is scope=mine); a handling unit reads and answers the recommendations routed to it
// (scope=mine). Steps run in the workflow's order on shared targets: an allowed role may meet
// a 409 once the first one has moved the record on. Targets: ../inspection-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, OFFICE, current, del, get, patch, post, put, row } from './helpers.js';

const I = (id: number, rest = '') => `/api/supervision/inspections/${id}${rest}`;
const R = (t: Bundle, rest = '') => `/api/supervision/recommendations/${t.insp.recommendation}${rest}`;
const READERS = 'staff leader county_admin';

export const SUPERVISION_INSPECTION_ROWS: AccessRow[] = [
  current('GET /api/supervision/inspections', `${READERS} member`, '', (_t, role) =>
    get(`/api/supervision/inspections?scope=${role === 'member' ? 'mine' : 'org'}`),
  ),
  current('GET /api/supervision/inspections/choices', OFFICE, '', () => get('/api/supervision/inspections/choices')),
  current('POST /api/supervision/inspections', OFFICE, '', () =>
    post('/api/supervision/inspections', {
      title: '城市内涝治理专题视察',
      subject: '排水管网改造进度',
      kind: 'thematic',
      startsOn: '2026-07-06',
      endsOn: '2026-07-07',
    }),
  ),
  row('GET /api/supervision/inspections/{id}', `${READERS} member`, '', (t) => get(I(t.insp.published))),
  row('PATCH /api/supervision/inspections/{id}', OFFICE, '', (t) =>
    patch(I(t.insp.published), { subject: '加装电梯的审批、补贴与居民协商' }),
  ),
  row('PUT /api/supervision/inspections/{id}/participants', OFFICE, '', (t) =>
    put(I(t.insp.published, '/participants'), { memberIds: [t.insp.member] }),
  ),
  row('POST /api/supervision/inspections/{id}/sites', OFFICE, '', (t) =>
    post(I(t.insp.published, '/sites'), { name: '东风社区', address: '东风路12号' }),
  ),
  row('PATCH /api/supervision/inspections/{id}/sites/{siteId}', OFFICE, '', (t) =>
    patch(I(t.insp.published, `/sites/${t.insp.site}`), { address: '城关街道幸福路18号院' }),
  ),
  row('DELETE /api/supervision/inspections/{id}/sites/{siteId}', OFFICE, '', (t) =>
    del(I(t.insp.published, `/sites/${t.insp.spareSite}`)),
  ),
  row('POST /api/supervision/inspections/{id}/publish', OFFICE, '', (t) => post(I(t.insp.draft, '/publish'))),
  row('POST /api/supervision/inspections/{id}/start', OFFICE, '', (t) => post(I(t.insp.published, '/start'))),
  row('PUT /api/supervision/inspections/{id}/findings', OFFICE, '', (t) =>
    put(I(t.insp.underWay, '/findings'), { findings: '电梯运维责任主体不明确。' }),
  ),
  row('POST /api/supervision/inspections/{id}/recommendations', OFFICE, '', (t) =>
    post(I(t.insp.underWay, '/recommendations'), {
      title: '明确加装电梯运维责任',
      body: '建议由产权人委托专业单位统一维保。',
      unitId: t.insp.unit,
      dueOn: '2026-12-31',
    }),
  ),
  row('POST /api/supervision/inspections/{id}/finish', OFFICE, '', (t) => post(I(t.insp.underWay, '/finish'))),
  row('POST /api/supervision/inspections/{id}/cancel', OFFICE, '', (t) =>
    post(I(t.insp.cancellable, '/cancel'), { reason: '视察时间调整' }),
  ),

  current('GET /api/supervision/recommendations', `${READERS} unit`, '', (_t, role) =>
    get(`/api/supervision/recommendations?scope=${role === 'unit' ? 'mine' : 'org'}`),
  ),
  row('GET /api/supervision/recommendations/{id}', `${READERS} unit`, '', (t) => get(R(t))),
  row('PATCH /api/supervision/recommendations/{id}', OFFICE, '', (t) =>
    patch(R(t), { body: '建议由产权人委托专业单位统一维保，并建立维保资金。' }),
  ),
  row('POST /api/supervision/recommendations/{id}/urge', OFFICE, '', (t) => post(R(t, '/urge'), {})),
  row('POST /api/supervision/recommendations/{id}/answer', 'unit', '', (t) =>
    post(R(t, '/answer'), { kind: 'accepted', answer: '已会同街道制定运维办法。' }),
  ),
  row('POST /api/supervision/recommendations/{id}/send-back', OFFICE, '', (t) =>
    post(R(t, '/send-back'), { reason: '请补充资金来源' }),
  ),
  row('POST /api/supervision/recommendations/{id}/complete', OFFICE, '', (t) =>
    post(R(t, '/complete'), { note: '运维办法已印发。' }),
  ),
  row('POST /api/supervision/recommendations/{id}/close', OFFICE, '', (t) =>
    post(R(t, '/close'), { reason: '已纳入年度民生实事' }),
  ),
];
