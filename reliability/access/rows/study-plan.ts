// Access rows of the study plan and the party-group learning exchange: the study office of the
// organisation writes the plan and keeps the exchange; the office and leaders read them (a
// parent its counties', read-only); an attendee member writes his own account. Targets:
// ../study-plan-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, del, get, patch, post, put, row } from './helpers.js';

const I = (t: Bundle, id: number, rest = '') => `/api/study/plan/items/${id}${rest}`;
const X = (t: Bundle, rest = '') => `/api/study/exchange/months/${t.studyPlan.month}${rest}`;

export const STUDY_PLAN_ROWS: AccessRow[] = [
  current('GET /api/study/plan', READERS, CITY_READERS, () => get('/api/study/plan')),
  current('POST /api/study/plan', OFFICE, '', () => post('/api/study/plan', { year: 2030 })),
  current('GET /api/study/plan/meetings', OFFICE, '', () => get('/api/study/plan/meetings')),
  current('POST /api/study/plan/items', OFFICE, '', () =>
    post('/api/study/plan/items', {
      studyKind: 'training',
      topic: '新任委员履职培训',
      plannedOn: '2026-10',
      attendees: '本届新任委员',
    }),
  ),
  row('PATCH /api/study/plan/items/{id}', OFFICE, '', (t) =>
    patch(I(t, t.studyPlan.item), { notes: '请提前阅读材料' }),
  ),
  row('DELETE /api/study/plan/items/{id}', OFFICE, '', (t) => del(I(t, t.studyPlan.deletable))),
  row('POST /api/study/plan/items/{id}/sessions', OFFICE, '', (t) =>
    post(I(t, t.studyPlan.item, '/sessions'), { meetingId: t.studyPlan.freeMeeting }),
  ),
  row('DELETE /api/study/plan/items/{id}/sessions/{meetingId}', OFFICE, '', (t) =>
    del(I(t, t.studyPlan.linked, `/sessions/${t.studyPlan.linkedMeeting}`)),
  ),

  current('GET /api/study/exchange/attendees', READERS, CITY_READERS, () => get('/api/study/exchange/attendees')),
  current('PUT /api/study/exchange/attendees', OFFICE, '', (t) =>
    put('/api/study/exchange/attendees', { memberIds: t.studyPlan.attendees }),
  ),
  current('GET /api/study/exchange/mine', 'leader member', 'leader', () => get('/api/study/exchange/mine')),
  current('GET /api/study/exchange/months/{month}', READERS, CITY_READERS, (t) => get(X(t))),
  current('POST /api/study/exchange/months/{month}/remind', OFFICE, '', (t) => post(X(t, '/remind'))),
  row('PUT /api/study/exchange/months/{month}/accounts/{memberId}', 'member', '', (t) =>
    put(X(t, `/accounts/${t.studyPlan.attendees[0]}`), {
      body: '本月学习了《中国人民政治协商会议章程》，撰写学习体会一篇，并在界别小组交流。',
    }),
  ),
];
