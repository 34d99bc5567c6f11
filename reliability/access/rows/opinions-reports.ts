// Access rows of 社情民意 reports and bulletins: a member submits and reads his own; the
// organisation's opinions office edits, decides, forwards, records instructions and makes the
// bulletin; the office and readers (leaders, the government leader) read reports, issues and
// figures, a city its counties' (read-only). Targets: ../opinions-reports-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, OFFICE, current, get, post, put, row } from './helpers.js';

const R = (t: Bundle, id: number, rest = '') => `/api/opinions/reports/${id}${rest}`;
const B = (t: Bundle, rest = '') => `/api/opinions/bulletins/${t.sqmy.bulletin}${rest}`;
const READ = 'staff leader gov_leader county_admin';
const CITY_READ = 'staff leader';
const TEXT = {
  title: '关于缓解学校周边交通拥堵的建议',
  body: '群众反映城区部分路段早晚高峰拥堵严重，学校周边接送车辆占道停放。建议优化信号灯配时，设置错峰放学和临时停车接送区。',
};

export const OPINION_REPORT_ROWS: AccessRow[] = [
  current('POST /api/opinions/reports', 'member', '', () =>
    post('/api/opinions/reports', { ...TEXT, title: '关于增设社区公共充电桩的建议' }),
  ),
  current('GET /api/opinions/reports/mine', 'leader member', 'leader', () => get('/api/opinions/reports/mine')),
  current('GET /api/opinions/reports', READ, CITY_READ, () => get('/api/opinions/reports')),
  current('GET /api/opinions/reports/figures', READ, CITY_READ, (t) =>
    get(`/api/opinions/reports/figures?year=${t.sqmy.year}`),
  ),
  row('GET /api/opinions/reports/{id}', `${READ} member`, CITY_READ, (t) => get(R(t, t.sqmy.report))),
  row('PUT /api/opinions/reports/{id}/text', OFFICE, '', (t) => put(R(t, t.sqmy.report, '/text'), TEXT)),
  row('POST /api/opinions/reports/{id}/adopt', OFFICE, '', (t) => post(R(t, t.sqmy.report, '/adopt'), {})),
  row('POST /api/opinions/reports/{id}/reject', OFFICE, '', (t) =>
    post(R(t, t.sqmy.report, '/reject'), { reason: '与已采用信息重复' }),
  ),
  row('POST /api/opinions/reports/{id}/forwards', OFFICE, '', (t) =>
    post(R(t, t.sqmy.adopted, '/forwards'), {
      level: 'province',
      recipient: '省政协办公厅',
      forwardedOn: '2026-03-05',
    }),
  ),
  row('POST /api/opinions/reports/{id}/instructions', OFFICE, '', (t) =>
    post(R(t, t.sqmy.adopted, '/instructions'), {
      leader: '省政府分管副省长',
      level: 'province',
      instructedOn: '2026-03-06',
      text: '请省公安厅交管局指导推进。',
    }),
  ),
  row('PUT /api/opinions/reports/{id}/instructions/{instructionId}/follow-up', OFFICE, '', (t) =>
    put(R(t, t.sqmy.adopted, `/instructions/${t.sqmy.instruction}/follow-up`), {
      followUp: '已在十二所学校周边设置临时停车接送区。',
    }),
  ),

  current('GET /api/opinions/bulletins', READ, CITY_READ, (t) => get(`/api/opinions/bulletins?year=${t.sqmy.year}`)),
  current('POST /api/opinions/bulletins', OFFICE, '', (t) => post('/api/opinions/bulletins', { year: t.sqmy.year })),
  row('GET /api/opinions/bulletins/{id}', READ, CITY_READ, (t) => get(B(t))),
  row('PUT /api/opinions/bulletins/{id}/items', OFFICE, '', (t) =>
    put(B(t, '/items'), { reportIds: [t.sqmy.forIssue] }),
  ),
  row('POST /api/opinions/bulletins/{id}/publish', OFFICE, '', (t) => post(B(t, '/publish'))),
  row('GET /api/opinions/bulletins/{id}/issue.docx', READ, CITY_READ, (t) => get(B(t, '/issue.docx'))),
];
