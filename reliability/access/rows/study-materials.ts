// Access rows of study materials and the learning record: the study office of the material's
// organisation drafts, publishes, withdraws and reminds; leaders and the office read published
// materials and their progress (a parent its counties'); a member reads, times, finishes and
// reflects on a material assigned to him, and reads his own learning record. Targets:
// ../study-materials-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, get, patch, post, put, row } from './helpers.js';

const S = (t: Bundle, which: keyof Bundle['studyMaterials'], rest = '') =>
  `/api/study/materials/${t.studyMaterials[which]}${rest}`;

export const STUDY_MATERIAL_ROWS: AccessRow[] = [
  current('GET /api/study/materials', READERS, CITY_READERS, () => get('/api/study/materials')),
  current('POST /api/study/materials', OFFICE, '', (t) =>
    post('/api/study/materials', {
      kind: 'video',
      title: '党史学习教育专题讲座',
      summary: '观看专题讲座视频。',
      url: 'https://www.12371.cn/special/dsxxjy/',
      minutes: 45,
      audience: { all: true, orgIds: [t.org] },
    }),
  ),
  current('GET /api/study/materials/mine', 'member', '', () => get('/api/study/materials/mine')),
  row('GET /api/study/materials/{id}', 'staff leader member county_admin', CITY_READERS, (t) => get(S(t, 'published'))),
  row('PATCH /api/study/materials/{id}', OFFICE, '', (t) =>
    patch(S(t, 'draft'), { title: '协商民主理论读本导读（修订）' }),
  ),
  row('POST /api/study/materials/{id}/publish', OFFICE, '', (t) => post(S(t, 'draft', '/publish'))),
  row('POST /api/study/materials/{id}/withdraw', OFFICE, '', (t) => post(S(t, 'withdrawable', '/withdraw'))),
  row('GET /api/study/materials/{id}/progress', READERS, CITY_READERS, (t) => get(S(t, 'published', '/progress'))),
  row('POST /api/study/materials/{id}/remind', OFFICE, '', (t) => post(S(t, 'published', '/remind'))),
  row('POST /api/study/materials/{id}/open', 'member', '', (t) => post(S(t, 'published', '/open'))),
  row('POST /api/study/materials/{id}/heartbeat', 'member', '', (t) =>
    post(S(t, 'published', '/heartbeat'), { seconds: 15 }),
  ),
  row('POST /api/study/materials/{id}/finish', 'member', '', (t) => post(S(t, 'published', '/finish'))),
  row('PUT /api/study/materials/{id}/reflection', 'member', '', (t) =>
    put(S(t, 'published', '/reflection'), { text: '要把学习成果转化为履职实效。' }),
  ),
  // The learning record: his own (a learner's account; the leader has no member record: 404), any
  // member of the organisations an office or leader sees.
  current('GET /api/study/record/mine', 'member', '', () => get('/api/study/record/mine')),
  row('GET /api/study/record/members/{id}', READERS, CITY_READERS, (t) => get(`/api/study/record/members/${t.member}`)),
];
