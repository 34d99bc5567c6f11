// Access rows of the work-plan module: the office of an organisation writes its own priorities,
// monthly plans, topics, reports and recommendations; its leaders read them, and a city's office
// and leaders read what a county shares (never write it); a handling unit reads and answers only
// the recommendations sent to it. Steps run in the workflow's order on shared targets: an allowed
// role may meet a 409 once the first one has moved the record on. Targets: ../workplan-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, get, patch, post, put, row } from './helpers.js';

const P = (t: Bundle, rest = '') => `/api/workplan/priorities/${t.wp.priorities}${rest}`;
const T = (t: Bundle, rest = '') => `/api/workplan/topics/${t.wp.topic}${rest}`;
const R = (id: number, rest = '') => `/api/workplan/recommendations/${id}${rest}`;

export const WORKPLAN_ROWS: AccessRow[] = [
  current('GET /api/workplan/priorities', READERS, CITY_READERS, () => get('/api/workplan/priorities')),
  current('POST /api/workplan/priorities', OFFICE, '', () =>
    post('/api/workplan/priorities', { year: 2027, title: '2027年度工作要点' }),
  ),
  row('GET /api/workplan/priorities/{id}', READERS, CITY_READERS, (t) => get(P(t))),
  row('POST /api/workplan/priorities/{id}/items', OFFICE, '', (t) =>
    post(P(t, '/items'), { title: '组织委员开展履职培训', ownerKind: 'office', dueOn: '2026-10-31' }),
  ),
  row('PATCH /api/workplan/items/{id}', OFFICE, '', (t) =>
    patch(`/api/workplan/items/${t.wp.item}`, { title: '围绕优化营商环境开展专题协商' }),
  ),
  row('PUT /api/workplan/items/{id}/links', OFFICE, '', (t) =>
    put(`/api/workplan/items/${t.wp.item}/links`, { links: [{ kind: 'topic', id: t.wp.topic }] }),
  ),
  current('GET /api/workplan/months/{month}', READERS, CITY_READERS, () => get('/api/workplan/months/2026-05')),
  row('PUT /api/workplan/months/{month}/items/{itemId}', OFFICE, '', (t) =>
    put(`/api/workplan/months/2026-05/items/${t.wp.item}`, { status: 'in_progress', note: '已完成前期调研' }),
  ),
  current('GET /api/workplan/months/{month}/report.docx', READERS, CITY_READERS, () =>
    get('/api/workplan/months/2026-05/report.docx'),
  ),

  current('GET /api/workplan/topics', READERS, CITY_READERS, () => get('/api/workplan/topics')),
  current('POST /api/workplan/topics', OFFICE, '', () =>
    post('/api/workplan/topics', {
      year: 2026,
      title: '优化农村养老服务',
      summary: '三方共同确定的课题。',
      proposedBy: 'cppcc',
    }),
  ),
  row('GET /api/workplan/topics/{id}', READERS, CITY_READERS, (t) => get(T(t))),
  row('GET /api/workplan/topics/{id}/report.docx', READERS, CITY_READERS, (t) => get(T(t, '/report.docx'))),
  row('PATCH /api/workplan/topics/{id}', OFFICE, '', (t) =>
    patch(T(t), { flag: 'key_supervision', assignedBy: '市长' }),
  ),
  row('POST /api/workplan/topics/{id}/advance', OFFICE, '', (t) =>
    post(T(t, '/advance'), { stage: 'set', startsOn: '2026-02-20' }),
  ),

  current('GET /api/workplan/reports', READERS, CITY_READERS, () => get('/api/workplan/reports')),
  current('POST /api/workplan/reports', OFFICE, '', () =>
    post('/api/workplan/reports', { year: 2026, title: '关于基层医疗的调研报告', summary: '走访卫生院5家。' }),
  ),
  row('GET /api/workplan/reports/{id}', READERS, CITY_READERS, (t) => get(`/api/workplan/reports/${t.wp.report}`)),
  row('POST /api/workplan/reports/{id}/recommendations', OFFICE, '', (t) =>
    post(`/api/workplan/reports/${t.wp.report}/recommendations`, { title: '完善家庭医生签约服务' }),
  ),
  current('GET /api/workplan/recommendations', `${READERS} unit`, CITY_READERS, () =>
    get('/api/workplan/recommendations'),
  ),
  current('GET /api/workplan/recommendations/tracker.xlsx', `${READERS} unit`, CITY_READERS, () =>
    get('/api/workplan/recommendations/tracker.xlsx?year=2026'),
  ),
  current('GET /api/workplan/recommendations/figures', READERS, CITY_READERS, () =>
    get('/api/workplan/recommendations/figures?year=2026'),
  ),
  row('GET /api/workplan/recommendations/{id}', `${READERS} unit`, CITY_READERS, (t) => get(R(t.wp.sent))),
  row('PATCH /api/workplan/recommendations/{id}', OFFICE, '', (t) =>
    patch(R(t.wp.draft), { actions: '实施管网延伸工程，分三年完成' }),
  ),
  row('POST /api/workplan/recommendations/{id}/send', OFFICE, '', (t) => post(R(t.wp.draft, '/send'))),
  row('POST /api/workplan/recommendations/{id}/answer', 'unit', '', (t) =>
    post(R(t.wp.sent, '/answer'), { kind: 'partly', answer: '部分采纳，分年度实施。' }),
  ),
  row('POST /api/workplan/recommendations/{id}/progress', 'unit', '', (t) =>
    post(R(t.wp.sent, '/progress'), { note: '已选聘管水员86名。' }),
  ),
  row('POST /api/workplan/recommendations/{id}/urge', OFFICE, '', (t) =>
    post(R(t.wp.sent, '/urge'), { note: '请于月底前报送进展。' }),
  ),
  row('POST /api/workplan/recommendations/{id}/complete', OFFICE, '', (t) =>
    post(R(t.wp.sent, '/complete'), { note: '制度已建立。' }),
  ),
  row('POST /api/workplan/recommendations/{id}/drop', OFFICE, '', (t) =>
    post(R(t.wp.draft, '/drop'), { reason: '已并入全市供水规划' }),
  ),

  current('GET /api/workplan/themes', READERS, CITY_READERS, () => get('/api/workplan/themes')),
  current('POST /api/workplan/themes', OFFICE, '', (_t, role) =>
    post('/api/workplan/themes', { name: `数字政府建设（${role}）` }),
  ),
  current('GET /api/workplan/themes/coverage', READERS, CITY_READERS, () =>
    get('/api/workplan/themes/coverage?year=2026'),
  ),
  row('PATCH /api/workplan/themes/{id}', OFFICE, '', (t) =>
    patch(`/api/workplan/themes/${t.wp.theme}`, { description: '市委确定的年度重点' }),
  ),
  row('GET /api/workplan/theme-links', READERS, CITY_READERS, (t) =>
    get(`/api/workplan/theme-links?kind=topic&targetId=${t.wp.topic}`),
  ),
  row('PUT /api/workplan/theme-links', OFFICE, '', (t) =>
    put('/api/workplan/theme-links', { kind: 'topic', targetId: t.wp.topic, themeIds: [t.wp.theme] }),
  ),

  current('GET /api/workplan/leaders/figures', READERS, CITY_READERS, () =>
    get('/api/workplan/leaders/figures?year=2026'),
  ),
  current('GET /api/workplan/leaders/visits', READERS, CITY_READERS, () =>
    get('/api/workplan/leaders/visits?year=2026'),
  ),
  current('POST /api/workplan/leaders/visits', OFFICE, '', () =>
    post('/api/workplan/leaders/visits', {
      role: 'party_secretary',
      leaderName: '孙立群',
      visitedOn: '2026-02-10',
      purpose: '调研政协专委会工作',
    }),
  ),
  row('PATCH /api/workplan/leaders/visits/{id}', OFFICE, '', (t) =>
    patch(`/api/workplan/leaders/visits/${t.wp.visit}`, { discussed: '商定年度协商议题。' }),
  ),
  current('PUT /api/workplan/leaders/targets/{year}', OFFICE, '', () =>
    put('/api/workplan/leaders/targets/2026', { targets: [{ role: 'mayor', target: 2 }] }),
  ),
  current('GET /api/workplan/leaders/instructions', READERS, CITY_READERS, () =>
    get('/api/workplan/leaders/instructions?year=2026'),
  ),
  row('POST /api/workplan/leaders/instructions', OFFICE, '', (t) =>
    post('/api/workplan/leaders/instructions', {
      reportId: t.wp.report,
      leaderName: '赵启航',
      role: 'mayor',
      givenOn: '2026-03-05',
      text: '请市水利局抓好落实。',
    }),
  ),
  current('GET /api/workplan/leaders/requests', READERS, CITY_READERS, () =>
    get('/api/workplan/leaders/requests?year=2026'),
  ),
  current('POST /api/workplan/leaders/requests', OFFICE, '', () =>
    post('/api/workplan/leaders/requests', {
      title: '关于城市供水价格调整方案',
      draft: '方案草案。',
      askedBy: '市发展改革委',
      askedOn: '2026-04-01',
      deadline: '2026-04-20',
    }),
  ),
  row('POST /api/workplan/leaders/requests/{id}/answer', OFFICE, '', (t) =>
    post(`/api/workplan/leaders/requests/${t.wp.request}/answer`, {
      answer: '建议分档调整。',
      answeredOn: '2026-02-20',
    }),
  ),
  row('POST /api/workplan/leaders/requests/{id}/adoption', OFFICE, '', (t) =>
    post(`/api/workplan/leaders/requests/${t.wp.request}/adoption`, { adoption: 'adopted' }),
  ),
];
