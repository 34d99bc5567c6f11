// Access rows of proposals: the proposer drafts; the office of the proposal's organisation
// reviews and assigns; the assigned unit handles; leaders read and decide key proposals;
// parents read what their counties share.
import {
  type AccessRow,
  SIGNED_IN,
  EVERYONE,
  OFFICE,
  READERS,
  CITY_READERS,
  get,
  post,
  put,
  patch,
  del,
  row,
  current,
} from './helpers.js';
import type { Bundle } from '../targets.js';

const P = (_t: Bundle, id: number, rest = '') => `/api/proposals/${id}${rest}`;

export const PROPOSAL_ROWS: AccessRow[] = [
  // Proposals: the proposer drafts; the office of the proposal's organisation reviews and
  // assigns; the assigned unit handles; leaders read and decide key proposals; parents read.
  current('GET /api/proposals', 'staff leader member unit county_admin', CITY_READERS, () => get('/api/proposals')),
  // A member's own co-proposer invitations; members see their own organisation only.
  current('GET /api/proposals/invitations', 'member', '', () => get('/api/proposals/invitations')),
  current('POST /api/proposals', 'staff member county_admin', '', (t, r) =>
    post('/api/proposals', {
      title: '关于推进社区食堂建设的建议',
      reasons: '老年人就餐难',
      suggestions: '一、建设社区食堂；二、给予运营补贴。',
      ...(r === 'member' ? {} : { kind: 'collective', collective: { type: 'sector', ref: t.sector } }),
    }),
  ),
  row('GET /api/proposals/{id}', 'staff leader member unit county_admin', CITY_READERS, (t) => get(P(t, t.p.handling))),
  row('PATCH /api/proposals/{id}', 'member', '', (t) =>
    patch(P(t, t.p.draft), { title: '关于加快老旧小区加装电梯的建议（修改稿）', version: 1 }),
  ),
  row('POST /api/proposals/{id}/submit', 'member', '', (t) => post(P(t, t.p.draft, '/submit'))),
  row('POST /api/proposals/{id}/withdraw', 'member', '', (t) => post(P(t, t.p.draft, '/withdraw'))),
  row('DELETE /api/proposals/{id}', 'member', '', (t) => del(P(t, t.p.deletable))),
  row('POST /api/proposals/{id}/invitation', 'member', '', (t) =>
    post(P(t, t.p.invited, '/invitation'), { accept: true }),
  ),
  row('POST /api/proposals/{id}/accept', OFFICE, '', (t) => post(P(t, t.p.submitted, '/accept'))),
  row('POST /api/proposals/{id}/reject', OFFICE, '', (t) =>
    post(P(t, t.p.submitted, '/reject'), { reason: '不属于政协提案范围' }),
  ),
  row('POST /api/proposals/{id}/convert', OFFICE, '', (t) => post(P(t, t.p.submitted, '/convert'))),
  row('POST /api/proposals/{id}/return', OFFICE, '', (t) =>
    post(P(t, t.p.submitted, '/return'), { note: '请补充具体措施' }),
  ),
  row(
    'POST /api/proposals/review/batch',
    OFFICE,
    '',
    (t) => post('/api/proposals/review/batch', { ids: [t.p.submitted], action: 'return', note: '请补充' }),
    {
      refusedWhen: (b) =>
        (b as { results: { ok: boolean; code?: string }[] }).results.every(
          (r) => !r.ok && ['NOT_FOUND', 'FORBIDDEN', 'ORG_READ_ONLY'].includes(r.code ?? ''),
        ),
    },
  ),
  row('POST /api/proposals/merge', OFFICE, '', (t) =>
    post('/api/proposals/merge', { mainId: t.p.accepted, otherIds: [t.p.submitted] }),
  ),
  current('GET /api/proposals/settings', SIGNED_IN, 'staff leader auditor', () => get('/api/proposals/settings')),
  current('PUT /api/proposals/settings', OFFICE, '', () =>
    put('/api/proposals/settings', {
      categories: ['经济', '城乡建设', '教科文卫体', '社会法制', '其他'],
      themes: [],
      resultLabels: { A: '已解决', B: '正在解决', C: '列入计划', D: '留作参考' },
      rejectReasons: ['不属于政协提案范围'],
      signDays: 5,
      replyMonths: 3,
      rehandleLimit: 1,
      inviteDays: 7,
      sessionLeadDays: 30,
      holidays: { off: [], work: [] },
    }),
  ),
  // The home page's figures: those with a queue (the office, a unit, a leader who leads key proposals).
  current('GET /api/proposals/home', 'staff leader gov_leader unit county_admin', CITY_READERS, () =>
    get('/api/proposals/home'),
  ),
  // The key board: the office, the committee's leadership and the leaders who lead key proposals (their own organisation's).
  current('GET /api/proposals/key-board', `${READERS} gov_leader`, CITY_READERS, () => get('/api/proposals/key-board')),
  current('GET /api/proposals/key-leaders', OFFICE, 'staff', () => get('/api/proposals/key-leaders')),
  row('POST /api/proposals/{id}/key/nominate', OFFICE, '', (t) =>
    post(P(t, t.p.accepted, '/key/nominate'), { note: '群众关注度高' }),
  ),
  row('POST /api/proposals/{id}/key/cancel', OFFICE, '', (t) => post(P(t, t.p.accepted, '/key/cancel'))),
  row('POST /api/proposals/{id}/key/decision', 'staff leader county_admin', '', (t) =>
    post(P(t, t.p.accepted, '/key/decision'), { approved: true, meetingDate: '2026-02-20' }),
  ),
  row('PUT /api/proposals/{id}/key/leader', OFFICE, '', (t) =>
    put(P(t, t.p.accepted, '/key/leader'), { leaderUserId: t.leaderUser }),
  ),
  row('GET /api/proposals/{id}/key/events', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/key/events')),
  ),
  // The office and the committee's leadership (a leading leader too, on what he leads: key.test.ts).
  row('POST /api/proposals/{id}/key/events', 'staff leader county_admin', '', (t) =>
    post(P(t, t.p.accepted, '/key/events'), { kind: 'visit', happenedOn: '2026-02-02', summary: '实地督办' }),
  ),
  row('POST /api/proposals/{id}/excellent', OFFICE, '', (t) => post(P(t, t.p.replied, '/excellent'), { year: 2026 })),
  row('DELETE /api/proposals/{id}/excellent', OFFICE, '', (t) => del(P(t, t.p.replied, '/excellent'))),
  // Statistics: also a party or government leader, of his own organisation only.
  current('GET /api/proposals/stats', `${READERS} gov_leader`, CITY_READERS, () => get('/api/proposals/stats')),
  current('GET /api/proposals/stats/export.xlsx', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/stats/export.xlsx'),
  ),
  current('GET /api/proposals/stats/report.docx', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/stats/report.docx'),
  ),
  current('GET /api/proposals/unit-evaluation', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/unit-evaluation?year=2026'),
  ),
  current('GET /api/proposals/unit-evaluation/export', `${READERS} gov_leader`, CITY_READERS, () =>
    get('/api/proposals/unit-evaluation/export?year=2026'),
  ),
  current('PUT /api/proposals/unit-evaluation/scores', OFFICE, '', (t) =>
    put('/api/proposals/unit-evaluation/scores', { year: 2026, scores: [{ unitId: t.unit, score: 90 }] }),
  ),
  row('GET /api/proposals/{id}/export.docx', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/export.docx')),
  ),
  current('GET /api/proposals/export.xlsx', 'staff leader member unit county_admin', CITY_READERS, () =>
    get('/api/proposals/export.xlsx'),
  ),
  row('GET /api/public/proposals', EVERYONE, EVERYONE, (t) => get(`/api/public/proposals?orgId=${t.org}`)),
  row('GET /api/public/filters', EVERYONE, EVERYONE, (t) => get(`/api/public/filters?orgId=${t.org}`)),
  row('GET /api/public/proposals/{id}', EVERYONE, EVERYONE, (t) => get(`/api/public/proposals/${t.p.replied}`)),
  row('POST /api/proposals/{id}/assign', OFFICE, '', (t) =>
    post(P(t, t.p.accepted, '/assign'), { units: [{ unitId: t.unit, role: 'lead' }] }),
  ),
  row('POST /api/proposals/{id}/sign', 'unit', '', (t) => post(P(t, t.p.assigned, '/sign'))),
  row('POST /api/proposals/{id}/decline', 'unit', '', (t) =>
    post(P(t, t.p.assigned, '/decline'), { reason: '不属于本单位职责' }),
  ),
  row('POST /api/proposals/{id}/urge', OFFICE, '', (t) =>
    post(P(t, t.p.handling, '/urge'), { assignmentId: t.p.handlingAssignment }),
  ),
  // The office puts another unit in a co unit's place.
  row('POST /api/proposals/{id}/replace-co-unit', OFFICE, '', (t) =>
    post(P(t, t.p.coReplace, '/replace-co-unit'), {
      assignmentId: t.p.coAssignment,
      unitId: t.p.spareUnit,
      reason: '逾期未签收',
    }),
  ),
  // The assigned unit reads the proposers' full phone numbers (audited); nobody else through this route.
  row('POST /api/proposals/{id}/proposer-phones', 'unit', '', (t) => post(P(t, t.p.handling, '/proposer-phones'))),
  row('POST /api/proposals/{id}/extensions', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/extensions'), { requestedDeadline: '2027-10-31', reason: '需要跨部门协调' }),
  ),
  row('POST /api/proposals/{id}/contacts', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/contacts'), { contactedOn: '2026-02-25', way: 'phone', notes: '电话沟通办理思路' }),
  ),
  row('POST /api/proposals/{id}/co-opinion', 'unit', '', (t) =>
    post(P(t, t.p.coHandling, '/co-opinion'), { body: '我局同意主办单位意见。' }),
  ),
  row('POST /api/proposals/{id}/reply', 'unit', '', (t) =>
    post(P(t, t.p.handling, '/reply'), {
      body: '经研究，已列入年度计划。',
      signer: '局长 孙立新',
      resultClass: 'C',
      commitments: [{ content: '年底前出台实施方案', dueDate: '2026-12-31' }],
    }),
  ),
  row('POST /api/proposals/{id}/send-back', OFFICE, '', (t) =>
    post(P(t, t.p.replied, '/send-back'), { replyId: t.p.replyId, note: '答复过于笼统' }),
  ),
  row('POST /api/proposals/{id}/close', OFFICE, '', (t) => post(P(t, t.p.replied, '/close'))),
  row('POST /api/proposals/{id}/feedback', 'member', '', (t) =>
    post(P(t, t.p.replied, '/feedback'), { contacted: 'visited', attitude: 'satisfied', result: 'basic' }),
  ),
  row('POST /api/proposals/{id}/extensions/{extensionId}/decide', OFFICE, '', (t) =>
    post(P(t, t.p.handling, `/extensions/${t.p.extension}/decide`), { approve: true }),
  ),
  row('GET /api/proposals/{id}/handling', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/handling')),
  ),
  row('GET /api/proposals/{id}/timeline', 'staff leader member unit county_admin', CITY_READERS, (t) =>
    get(P(t, t.p.handling, '/timeline')),
  ),
  current('GET /api/proposals/inbox', 'unit', '', () => get('/api/proposals/inbox')),
  current('GET /api/proposals/handling-board', READERS, CITY_READERS, () => get('/api/proposals/handling-board')),
  current('GET /api/proposals/commitments', 'staff leader unit county_admin', CITY_READERS, () =>
    get('/api/proposals/commitments'),
  ),
  row('POST /api/proposals/commitments/{id}/progress', 'unit', '', (t) =>
    post(`/api/proposals/commitments/${t.p.commitment}/progress`, { note: '已完成一个街道试点' }),
  ),
  row('POST /api/proposals/commitments/{id}/drop', OFFICE, '', (t) =>
    post(`/api/proposals/commitments/${t.p.commitment}/drop`, { reason: '政策调整，不再实施' }),
  ),
  current('POST /api/proposals/similar', 'staff member county_admin', 'staff', () =>
    post('/api/proposals/similar', { title: '关于老旧小区加装电梯的建议' }),
  ),
  row('GET /api/proposals/{id}/similar', OFFICE, '', (t) => get(P(t, t.p.submitted, '/similar'))),
  // Likely duplicates of a review-queue page: the office's read; a parent's office viewing a county reads its queue.
  current('GET /api/proposals/review/duplicates', OFFICE, 'staff', (t) =>
    get(`/api/proposals/review/duplicates?ids=${t.p.submitted}`),
  ),
];
