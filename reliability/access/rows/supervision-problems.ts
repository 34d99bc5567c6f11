// Access rows of problems found in evaluation campaigns: the office of an organisation records
// and follows its own; offices and leaders read the problems of the campaigns they see (a city
// its counties', read-only); a handling unit reads and answers those routed to it (scope=mine).
// Steps run in the workflow's order on shared targets: an allowed role may meet a 409 once the
// first one has moved the record on. Targets: ../problem-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, get, patch, post, row } from './helpers.js';

const P = (t: Bundle, rest = '') => `/api/supervision/problems/${t.prob.problem}${rest}`;

export const SUPERVISION_PROBLEM_ROWS: AccessRow[] = [
  row('POST /api/supervision/campaigns/{id}/problems', OFFICE, '', (t) =>
    post(`/api/supervision/campaigns/${t.sup.campaign}/problems`, {
      objectId: t.sup.object,
      description: '园内公厕洗手池无水，已持续一周。',
      unitId: t.prob.unit,
      dueOn: '2026-12-31',
    }),
  ),
  row('GET /api/supervision/campaigns/{id}/problems', READERS, CITY_READERS, (t) =>
    get(`/api/supervision/campaigns/${t.sup.campaign}/problems`),
  ),
  current('GET /api/supervision/problems', `${READERS} unit`, CITY_READERS, (_t, role) =>
    get(`/api/supervision/problems?scope=${role === 'unit' ? 'mine' : 'org'}`),
  ),
  row('GET /api/supervision/problems/{id}', `${READERS} unit`, CITY_READERS, (t) => get(P(t))),
  row('PATCH /api/supervision/problems/{id}', OFFICE, '', (t) =>
    patch(P(t), { description: '北门步道路灯损坏，夜间照明不足，需尽快修复。' }),
  ),
  row('POST /api/supervision/problems/{id}/urge', OFFICE, '', (t) => post(P(t, '/urge'), {})),
  row('POST /api/supervision/problems/{id}/answer', 'unit', '', (t) =>
    post(P(t, '/answer'), { kind: 'fixed', answer: '已更换损坏路灯并加装两盏。' }),
  ),
  row('POST /api/supervision/problems/{id}/send-back', OFFICE, '', (t) =>
    post(P(t, '/send-back'), { reason: '请附更换后的现场照片说明' }),
  ),
  row('POST /api/supervision/problems/{id}/complete', OFFICE, '', (t) =>
    post(P(t, '/complete'), { note: '现场复核，路灯已恢复。' }),
  ),
  row('POST /api/supervision/problems/{id}/close', OFFICE, '', (t) =>
    post(P(t, '/close'), { reason: '已并入路灯改造项目' }),
  ),
];
