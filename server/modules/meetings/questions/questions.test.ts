import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { questionsOf } from '../index.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';
import { leadingZeroBits, powDigest, POW_BITS, solveChallenge } from './questions.model.js';

const FORUM = {
  title: '政协论坛：城市更新中的老街区保护',
  startsAt: '2026-03-12T14:00:00+08:00',
  endsAt: '2026-03-12T17:00:00+08:00',
};

describe(`meetings: live questions (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let kinds: Record<string, number>;
  let forum: { id: number };
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, wang, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
    forum = await publishedMeeting(staff, kinds.forum!, FORUM);
    await staff.post(`/api/meetings/${forum.id}/invitations`, {
      audience: { memberIds: [fx.members.zhang, fx.members.li] },
    });
  });
  afterAll(async () => ctx?.close());

  /** A visitor without an account: the double-submit CSRF cookie, as the public page has it. */
  const visitor = async (ip: string) => {
    const c = client(ctx, ip);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    return c;
  };
  const ask = (c: Client, id: number, body: object) => c.post(`/api/meetings/${id}/questions`, body);
  const step = (c: Client, qid: number, what: string, body: object = {}) =>
    c.post(`/api/meetings/${forum.id}/questions/${qid}/${what}`, body);

  it('members who see a forum ask; the rules and bad input answer in the one error shape', async () => {
    expect((await zhang.get(`/api/meetings/${forum.id}`)).json().allowedActions).toContain('askQuestion');
    expectError(await ask(zhang, forum.id, { body: '好' }), 400, 'VALIDATION_FAILED');
    expectError(await ask(zhang, forum.id, { body: '老街区'.repeat(101) }), 400, 'VALIDATION_FAILED');
    expectError(await ask(wang, forum.id, { body: '老街区改造的资金从哪里来？' }), 404);
    expectError(await ask(county, forum.id, { body: '老街区改造的资金从哪里来？' }), 404);
    expectError(await ask(leader, forum.id, { body: '老街区改造的资金从哪里来？' }), 403, 'NOT_A_MEMBER');
    const symposium = await publishedMeeting(staff, kinds.symposium!);
    await staff.post(`/api/meetings/${symposium.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    expectError(await ask(zhang, symposium.id, { body: '老街区改造的资金从哪里来？' }), 409, 'QUESTIONS_NOT_ENABLED');
    expect((await zhang.get(`/api/meetings/${symposium.id}`)).json().allowedActions).not.toContain('askQuestion');
    // The flag is the meeting's: a symposium the office opens to questions takes them.
    const opened = await publishedMeeting(staff, kinds.symposium!, { questionsEnabled: true });
    await staff.post(`/api/meetings/${opened.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    expect((await ask(zhang, opened.id, { body: '座谈会也能现场提问吗？' })).statusCode).toBe(201);

    const a = await ask(zhang, forum.id, {
      body: '老街区改造中，原住居民的回迁比例如何保障？',
      addressedTo: '市住建局局长',
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ status: 'pending', asker: '张建国', source: 'member', anonymous: false });
    const b = await ask(li, forum.id, { body: '历史建筑的修缮资金能否引入社会资本？', anonymous: true });
    expect(b.json()).toMatchObject({ anonymous: true, addressedTo: null });
    const mine = (await zhang.get(`/api/meetings/my-questions?meetingId=${forum.id}`)).json().items;
    expect(mine).toMatchObject([{ id: a.json().id, meetingTitle: FORUM.title }]);
    expect((await li.get('/api/meetings/my-questions')).json().items).toHaveLength(1);
    // Only the office and the organisation's readers see the whole list.
    expectError(await zhang.get(`/api/meetings/${forum.id}/questions`), 403);
    expect((await leader.get(`/api/meetings/${forum.id}/questions`)).json().items).toHaveLength(2);
  });

  it('the office moderates: approve, reject with a reason, correct, merge, put on screen, answer', async () => {
    const list = (await staff.get(`/api/meetings/${forum.id}/questions?status=pending`)).json().items;
    const [a, b] = list as { id: number }[];
    const c = (await ask(zhang, forum.id, { body: '回迁居民的比例怎样保障？' })).json();
    const d = (await ask(li, forum.id, { body: '老街区能不能多开放一些公共空间给居民休闲' })).json();

    expectError(await step(zhang, a!.id, 'approve'), 403);
    expectError(await step(leader, a!.id, 'approve'), 403);
    expectError(await step(staff, 999999, 'approve'), 404);
    expectError(await step(staff, a!.id, 'answer', { answeredBy: '李市长', answer: '会的。' }), 409, 'INVALID_STATE');
    expectError(await step(staff, b!.id, 'reject', {}), 400, 'VALIDATION_FAILED');
    expect((await step(staff, a!.id, 'approve')).json().status).toBe('approved');
    const rejected = (await step(staff, b!.id, 'reject', { reason: '与本次主题关系不大' })).json();
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '与本次主题关系不大' });
    expect((await step(staff, b!.id, 'approve')).json()).toMatchObject({ status: 'approved', rejectReason: null });

    const edited = await staff.put(`/api/meetings/${forum.id}/questions/${d.id}`, {
      body: '老街区能不能多开放一些公共空间给居民休闲？',
    });
    expect(edited.json()).toMatchObject({
      body: '老街区能不能多开放一些公共空间给居民休闲？',
      originalBody: '老街区能不能多开放一些公共空间给居民休闲',
    });
    expectError(await step(staff, c.id, 'merge', { intoId: c.id }), 400, 'MERGE_SELF');
    expect((await step(staff, c.id, 'merge', { intoId: a!.id })).json()).toMatchObject({
      status: 'merged',
      mergedInto: a!.id,
    });
    expectError(await step(staff, c.id, 'approve'), 409, 'INVALID_STATE');

    const current = (id: number | null) =>
      staff.put(`/api/meetings/${forum.id}/question-board/current`, { questionId: id });
    expectError(await current(d.id), 409, 'INVALID_STATE');
    expect((await current(a!.id)).json().currentQuestionId).toBe(a!.id);

    // The screen: the current question, the approved list (an anonymous asker unnamed), and a 304 while unchanged.
    const first = await staff.get(`/api/meetings/${forum.id}/question-screen`);
    expect(first.statusCode).toBe(200);
    const screen = first.json();
    expect(screen.current).toMatchObject({ id: a!.id, asker: '张建国', addressedTo: '市住建局局长' });
    expect(screen.approved).toEqual([expect.objectContaining({ id: b!.id, asker: null })]);
    const etag = first.headers.etag as string;
    const again = await staff.request({
      method: 'GET',
      url: `/api/meetings/${forum.id}/question-screen`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expectError(await zhang.get(`/api/meetings/${forum.id}/question-screen`), 403);

    const answered = await step(staff, a!.id, 'answer', {
      answeredBy: '市住建局 陈局长',
      answer: '回迁比例不低于六成，方案将公示。',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', answeredBy: '市住建局 陈局长' });
    const after = await staff.request({
      method: 'GET',
      url: `/api/meetings/${forum.id}/question-screen`,
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().current).toMatchObject({ id: a!.id, status: 'answered', answeredBy: '市住建局 陈局长' });

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'meeting.question_%')
      .execute();
    expect(new Set(audit.map((r) => r.action))).toEqual(
      new Set([
        'meeting.question_ask',
        'meeting.question_approve',
        'meeting.question_reject',
        'meeting.question_edit',
        'meeting.question_merge',
        'meeting.question_show',
        'meeting.question_answer',
      ]),
    );
  });

  it('the public link: title and time only, a challenge, a rate limit, off and rotated links refused', async () => {
    expectError(await zhang.put(`/api/meetings/${forum.id}/question-board`, { publicEnabled: true }), 403);
    const on = (await staff.put(`/api/meetings/${forum.id}/question-board`, { publicEnabled: true })).json();
    expect(on).toMatchObject({ publicEnabled: true });
    const token = on.publicToken as string;
    expect(token.length).toBeGreaterThanOrEqual(32);

    const v = await visitor('203.0.113.7');
    const page = await v.get(`/api/meeting-questions/public/${token}`);
    expect(page.json()).toEqual({
      title: FORUM.title,
      startsAt: expect.any(String),
      endsAt: expect.any(String),
      open: true,
    });
    expectError(await v.get('/api/meeting-questions/public/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), 404, 'LINK_OFF');
    expectError(await v.get('/api/meeting-questions/public/short'), 400, 'VALIDATION_FAILED');

    const challenge = async () => (await v.get(`/api/meeting-questions/public/${token}/challenge`)).json();
    const post = (body: object) => v.post(`/api/meeting-questions/public/${token}`, body);
    const base = { displayName: '社区居民小陈', body: '老街区的停车难问题有没有规划？' };

    const c1 = await challenge();
    expect(c1.bits).toBeGreaterThanOrEqual(10);
    expectError(await post({ ...base, challenge: c1.challenge, solution: 'x' }), 400, 'VALIDATION_FAILED');
    const wrong = [...Array(100).keys()]
      .map(String)
      .find((x) => leadingZeroBits(powDigest(c1.challenge, x)) < POW_BITS)!;
    expectError(await post({ ...base, challenge: c1.challenge, solution: wrong }), 400, 'CHALLENGE_FAILED');
    const forged = c1.challenge.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expectError(await post({ ...base, challenge: forged, solution: solveChallenge(forged) }), 400, 'CHALLENGE_FAILED');

    const c2 = await challenge();
    const asked = await post({ ...base, challenge: c2.challenge, solution: solveChallenge(c2.challenge) });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toEqual({ id: expect.any(Number), status: 'pending' });
    expectError(
      await post({ ...base, challenge: c2.challenge, solution: solveChallenge(c2.challenge) }),
      429,
      'RATE_LIMITED',
    );

    // A minute later the address may ask again; a used challenge stays used, an old one expires.
    ctx.clock.advance(61_000);
    expectError(
      await post({ ...base, challenge: c2.challenge, solution: solveChallenge(c2.challenge) }),
      400,
      'CHALLENGE_USED',
    );
    const c3 = await challenge();
    ctx.clock.advance(11 * 60_000);
    expectError(
      await post({ ...base, challenge: c3.challenge, solution: solveChallenge(c3.challenge) }),
      400,
      'CHALLENGE_EXPIRED',
    );

    const office = (await staff.get(`/api/meetings/${forum.id}/questions`)).json();
    expect(office.items.find((q: { id: number }) => q.id === asked.json().id)).toMatchObject({
      source: 'public',
      asker: '社区居民小陈',
      memberId: null,
      status: 'pending',
    });

    // Off, then on under a new address: the old one answers LINK_OFF.
    await staff.put(`/api/meetings/${forum.id}/question-board`, { publicEnabled: false });
    expectError(await v.get(`/api/meeting-questions/public/${token}`), 404, 'LINK_OFF');
    await staff.put(`/api/meetings/${forum.id}/question-board`, { publicEnabled: true });
    const rotated = (await staff.post(`/api/meetings/${forum.id}/question-board/rotate`, { link: 'public' })).json();
    expect(rotated.publicToken).not.toBe(token);
    expectError(await v.get(`/api/meeting-questions/public/${token}/challenge`), 404, 'LINK_OFF');
    expect((await v.get(`/api/meeting-questions/public/${rotated.publicToken}`)).statusCode).toBe(200);
  });

  it('the projector reads the screen by its own link, which the office can replace', async () => {
    const board = (await staff.get(`/api/meetings/${forum.id}/questions`)).json().board;
    const v = client(ctx, '198.51.100.4');
    const res = await v.get(`/api/meeting-questions/screen/${board.screenToken}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().meeting.title).toBe(FORUM.title);
    const etag = res.headers.etag as string;
    const unchanged = await v.request({
      method: 'GET',
      url: `/api/meeting-questions/screen/${board.screenToken}`,
      headers: { 'if-none-match': etag },
    });
    expect(unchanged.statusCode).toBe(304);
    const rotated = (await staff.post(`/api/meetings/${forum.id}/question-board/rotate`, { link: 'screen' })).json();
    expectError(await v.get(`/api/meeting-questions/screen/${board.screenToken}`), 404, 'LINK_OFF');
    expect((await v.get(`/api/meeting-questions/screen/${rotated.screenToken}`)).statusCode).toBe(200);
    expectError(await county.get(`/api/meetings/${forum.id}/question-screen`), 404);
  });

  it('closes with the meeting; the office still records answers; the duty record reads the questions', async () => {
    const board = (await staff.get(`/api/meetings/${forum.id}/questions`)).json().board;
    const approved = (await staff.get(`/api/meetings/${forum.id}/questions?status=approved`)).json().items;
    ctx.clock.set('2026-03-12T10:00:00Z');
    // The sessions idled out while the clock moved: sign in again.
    [staff, zhang] = await Promise.all(['staff', 'zhangjianguo'].map((u) => login(ctx, u, PASSWORD)));
    expectError(await ask(zhang, forum.id, { body: '会后还能再提问吗？这个问题很重要。' }), 409, 'QUESTIONS_CLOSED');
    const v = await visitor('203.0.113.99');
    expect((await v.get(`/api/meeting-questions/public/${board.publicToken}`)).json().open).toBe(false);
    const c = (await v.get(`/api/meeting-questions/public/${board.publicToken}/challenge`)).json();
    const late = await v.post(`/api/meeting-questions/public/${board.publicToken}`, {
      displayName: '游客',
      body: '会后还能提问吗？',
      challenge: c.challenge,
      solution: solveChallenge(c.challenge),
    });
    expectError(late, 409, 'QUESTIONS_CLOSED');
    const done = await step(staff, approved[0].id, 'answer', {
      answeredBy: '市文旅局',
      answer: '将在街区设立三处口袋公园。',
    });
    expect(done.json().status).toBe('answered');

    const rows = await questionsOf(ctx.platform.db, {
      orgIds: [fx.city],
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
    });
    expect(rows.map((r) => [r.memberId, r.status])).toEqual(
      expect.arrayContaining([
        [fx.members.zhang, 'answered'],
        [fx.members.li, 'answered'],
      ]),
    );
    expect(rows.every((r) => r.memberId !== null)).toBe(true);
    expect(
      await questionsOf(ctx.platform.db, {
        orgIds: [fx.city],
        memberIds: [],
        from: '2026-01-01',
        to: '2027-01-01',
      }),
    ).toEqual([]);
  });
});
