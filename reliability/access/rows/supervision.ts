// Access rows of democratic supervision's evaluation campaigns, assignment and field visits: the
// office of an organisation writes its own campaigns (criteria, objects, participants, who visits
// what, the steps); offices and leaders read the campaigns, assignments and visits of the
// organisations they see (a city its counties', read-only); a member taking part reads his own
// list and visits and sends visits. Targets: ../supervision-targets.ts.
import { randomUUID } from 'node:crypto';
import { multipartFile } from '../../../server/test/multipart.js';
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, del, get, patch, post, put, row } from './helpers.js';

const C = (id: number, rest = '') => `/api/supervision/campaigns/${id}${rest}`;
const visit = (t: Bundle) => ({
  clientId: randomUUID(),
  campaignId: t.sup.campaign,
  objectId: t.sup.object,
  visitedAt: '2026-02-28T02:00:00Z',
  interviewee: '带孩子的家长',
  interviewNotes: '儿童游乐区的沙坑很干净，滑梯边缘有一处裂口。',
  scores: t.sup.criteria.map((criterionId) => ({ criterionId, score: 7 })),
  comment: '建议尽快修补滑梯。',
  photoIds: [],
});

export const SUPERVISION_ROWS: AccessRow[] = [
  current('GET /api/supervision/campaigns', READERS, CITY_READERS, () => get('/api/supervision/campaigns')),
  current('POST /api/supervision/campaigns', OFFICE, '', () =>
    post('/api/supervision/campaigns', {
      title: '委员眼中的菜市场',
      objectKind: 'place',
      startsOn: '2027-04-01',
      endsOn: '2027-05-31',
    }),
  ),
  row('GET /api/supervision/campaigns/{id}', READERS, CITY_READERS, (t) => get(C(t.sup.campaign))),
  row('PATCH /api/supervision/campaigns/{id}', OFFICE, '', (t) =>
    patch(C(t.sup.campaign), { description: '委员分片走访，逐个公园打分。' }),
  ),
  row('PUT /api/supervision/campaigns/{id}/criteria', OFFICE, '', (t) =>
    put(C(t.sup.draft, '/criteria'), { criteria: [{ name: '整体印象', weight: 100, maxScore: 10 }] }),
  ),
  row('POST /api/supervision/campaigns/{id}/open', OFFICE, '', (t) => post(C(t.sup.openable, '/open'))),
  row('POST /api/supervision/campaigns/{id}/review', OFFICE, '', (t) => post(C(t.sup.reviewable, '/review'))),
  row('POST /api/supervision/campaigns/{id}/close', OFFICE, '', (t) => post(C(t.sup.closable, '/close'))),

  row('GET /api/supervision/campaigns/{id}/objects', READERS, CITY_READERS, (t) => get(C(t.sup.campaign, '/objects'))),
  row('POST /api/supervision/campaigns/{id}/objects', OFFICE, '', (t) =>
    post(C(t.sup.draft, '/objects'), { objects: [{ name: '桥头口袋公园', category: '口袋公园' }] }),
  ),
  row('GET /api/supervision/campaigns/{id}/objects/template.xlsx', OFFICE, '', (t) =>
    get(C(t.sup.draft, '/objects/template.xlsx')),
  ),
  // The upload is the template itself, previewed: checked row by row, nothing saved.
  row('POST /api/supervision/campaigns/{id}/objects/import', OFFICE, '', (t) => {
    const { payload, headers } = multipartFile('评议对象.xlsx', t.sup.sheet, 'application/octet-stream');
    return { method: 'POST', url: C(t.sup.draft, '/objects/import?preview=1'), headers, payload };
  }),
  row('DELETE /api/supervision/campaigns/{id}/objects/{objectId}', OFFICE, '', (t) =>
    del(C(t.sup.draft, `/objects/${t.sup.spareObject}`)),
  ),
  row('GET /api/supervision/campaigns/{id}/participants', READERS, CITY_READERS, (t) =>
    get(C(t.sup.campaign, '/participants')),
  ),
  row('PUT /api/supervision/campaigns/{id}/participants', OFFICE, '', (t) =>
    put(C(t.sup.draft, '/participants'), { participants: [{ memberId: t.sup.member }] }),
  ),

  row('GET /api/supervision/campaigns/{id}/assignments', READERS, CITY_READERS, (t) =>
    get(C(t.sup.campaign, '/assignments')),
  ),
  row('GET /api/supervision/campaigns/{id}/teams', READERS, CITY_READERS, (t) => get(C(t.sup.campaign, '/teams'))),
  row('POST /api/supervision/campaigns/{id}/assign', OFFICE, '', (t) => post(C(t.sup.campaign, '/assign'))),
  row('POST /api/supervision/campaigns/{id}/assignments', OFFICE, '', (t) =>
    post(C(t.sup.campaign, '/assignments'), { objectId: t.sup.object, memberId: t.sup.member }),
  ),
  row('DELETE /api/supervision/campaigns/{id}/assignments/{assignmentId}', OFFICE, '', (t) =>
    del(C(t.sup.campaign, `/assignments/${t.sup.spareAssignment}`)),
  ),

  // A list of visits belongs to a member: the matrix's leader holds no member record (403).
  current('GET /api/supervision/my-assignments', 'member', '', () => get('/api/supervision/my-assignments')),
  current('POST /api/supervision/visits', 'member', '', (t) => post('/api/supervision/visits', visit(t))),
  row('GET /api/supervision/visits/{id}', `${READERS} member`, CITY_READERS, (t) =>
    get(`/api/supervision/visits/${t.sup.visit}`),
  ),
  row('GET /api/supervision/campaigns/{id}/visits', READERS, CITY_READERS, (t) => get(C(t.sup.campaign, '/visits'))),

  // The review and the album (the album and the units' scores need a campaign in review).
  row('GET /api/supervision/campaigns/{id}/review', READERS, CITY_READERS, (t) => get(C(t.sup.campaign, '/review'))),
  row('GET /api/supervision/campaigns/{id}/objects/{objectId}/review', READERS, CITY_READERS, (t) =>
    get(C(t.sup.campaign, `/objects/${t.sup.object}/review`)),
  ),
  row('PUT /api/supervision/campaigns/{id}/objects/{objectId}/review', OFFICE, '', (t) =>
    put(C(t.sup.campaign, `/objects/${t.sup.object}/review`), { text: '园容整洁，设施基本完好，建议增加夜间照明。' }),
  ),
  row('PUT /api/supervision/campaigns/{id}/objects/{objectId}/album-photos', OFFICE, '', (t) =>
    put(C(t.sup.campaign, `/objects/${t.sup.object}/album-photos`), { fileIds: [] }),
  ),
  row('POST /api/supervision/campaigns/{id}/unit-scores', OFFICE, '', (t) => post(C(t.sup.closable, '/unit-scores'))),
  row('POST /api/supervision/campaigns/{id}/album', OFFICE, '', (t) => post(C(t.sup.closable, '/album'))),
  row('GET /api/supervision/campaigns/{id}/album', READERS, CITY_READERS, (t) => get(C(t.sup.campaign, '/album'))),
  row('GET /api/supervision/campaigns/{id}/album/contents', READERS, CITY_READERS, (t) =>
    get(C(t.sup.campaign, '/album/contents')),
  ),
];
