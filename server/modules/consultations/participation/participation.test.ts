// Taking part through the API: a member is shown one statement at a time (unvoted first, least
// voted first), votes (a later vote replaces the earlier), adds a statement that waits for the
// office's moderation; an invited unit takes part, others are refused; a public visitor joins
// by link with a solved challenge and votes under his device cookie. Votes never run the
// analysis: it runs in the background job, and then the member sees his place and group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, readPolisExport } from '../../../platform/consensus/index.js';
import { solveChallenge } from '../../../platform/http/public-challenge.js';
import { seedFixture } from '../../../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { crowdVotes, openConsultation, SEEDS, signIn } from '../consultations.test-helpers.js';
import { ANALYSE_JOB, DEBOUNCE_MS } from '../analysis/analysis.service.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  county: 'dongcheng',
  countyMember: 'zhaochunhua',
  unit: 'jiaoyuju',
  otherUnit: 'zhujianju',
} as const;

describe(`consultations: taking part (${ENGINE})`, () => {
  let ctx: TestContext;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  let unitId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    const fx = await seedFixture(ctx.platform);
    unitId = fx.units['市教育局']!;
    ctx.clock.set('2026-05-02T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    id = await openConsultation(c.staff, { unitIds: [unitId] });
  });
  afterAll(async () => ctx?.close());

  const next = async (who: Client) => {
    const res = await who.get(`/api/consultations/${id}/next`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const vote = (who: Client, statementId: number, v: string) =>
    who.put(`/api/consultations/${id}/votes/${statementId}`, { vote: v });

  it('shows one statement at a time, unvoted and least voted first, and a later vote replaces the earlier', async () => {
    const first = await next(c.zhang);
    expect(first).toMatchObject({ voted: 0, total: SEEDS.length });
    expect(first.statement.body).toBe(SEEDS[0]);
    expect((await vote(c.zhang, first.statement.id, 'agree')).statusCode).toBe(200);
    // Li has not voted on it, but Zhang has: the least voted come first, so Li starts on the second.
    expect((await next(c.li)).statement.body).toBe(SEEDS[1]);
    expect(await next(c.zhang)).toMatchObject({ voted: 1, statement: { body: SEEDS[1] } });
    expect((await vote(c.zhang, first.statement.id, 'disagree')).statusCode).toBe(200);
    const rows = await ctx.platform.db
      .selectFrom('consultation_votes')
      .select('vote')
      .where('statement_id', '=', first.statement.id)
      .execute();
    expect(rows).toEqual([{ vote: -1 }]);
    expectError(await vote(c.zhang, first.statement.id, 'maybe'), 400, 'VALIDATION_FAILED');
    expectError(await vote(c.zhang, 999_999, 'agree'), 404, 'STATEMENT_NOT_FOUND');
    // The vote did not analyse: the job waits for the end of its window.
    const stored = await ctx.platform.db
      .selectFrom('consultations')
      .select('analysis')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(stored?.analysis).toBeNull();
    const jobs = await ctx.platform.db.selectFrom('jobs').select('kind').where('kind', '=', ANALYSE_JOB).execute();
    expect(jobs).toHaveLength(1);
  });

  it('lets invited units take part and refuses the rest with 403 or 404', async () => {
    expect((await next(c.unit)).total).toBe(SEEDS.length);
    expectError(await c.otherUnit.get(`/api/consultations/${id}/next`), 404, 'CONSULTATION_NOT_FOUND');
    expectError(await c.countyMember.get(`/api/consultations/${id}/next`), 404);
    expectError(await c.county.get(`/api/consultations/${id}/next`), 404);
    expectError(await c.leader.get(`/api/consultations/${id}/next`), 403, 'NOT_PARTICIPANT');
    expectError(await c.staff.put(`/api/consultations/${id}/votes/1`, { vote: 'agree' }), 403);
  });

  it('takes a participant statement as pending; the office accepts one and rejects one with a reason', async () => {
    expectError(await c.zhang.post(`/api/consultations/${id}/contributions`, { body: '' }), 400);
    const a = await c.zhang.post(`/api/consultations/${id}/contributions`, {
      body: '加装电梯后的维保费用应由业主共同承担',
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().status).toBe('pending');
    const b = await c.li.post(`/api/consultations/${id}/contributions`, { body: '电梯太吵了我不喜欢' });
    // Pending statements are not shown and not voted on.
    expectError(await vote(c.li, a.json().id, 'agree'), 409, 'STATEMENT_NOT_ACCEPTED');
    expectError(await c.zhang.get(`/api/consultations/${id}/statements`), 403);
    const pending = await c.staff.get(`/api/consultations/${id}/statements?status=pending`);
    expect(pending.json().map((s: { id: number }) => s.id)).toEqual([a.json().id, b.json().id]);
    expect(pending.json()[0].author).toEqual({ kind: 'member', name: expect.any(String) });
    const moderate = (sid: number, body: object, who = c.staff) =>
      who.post(`/api/consultation-statements/${sid}/moderate`, body);
    expectError(await moderate(b.json().id, { decision: 'reject' }), 400, 'VALIDATION_FAILED');
    expectError(await moderate(a.json().id, { decision: 'accept' }, c.leader), 403);
    expectError(await moderate(a.json().id, { decision: 'accept' }, c.county), 404);
    expect((await moderate(a.json().id, { decision: 'accept' })).statusCode).toBe(200);
    expect((await moderate(b.json().id, { decision: 'reject', reason: '与议题无关' })).statusCode).toBe(200);
    expectError(await moderate(a.json().id, { decision: 'reject', reason: '再审一次' }), 409, 'STATEMENT_MODERATED');
    const all = (await c.leader.get(`/api/consultations/${id}/statements`)).json();
    expect(all.find((s: { id: number }) => s.id === b.json().id)).toMatchObject({
      status: 'rejected',
      rejectReason: '与议题无关',
    });
    expect((await next(c.li)).total).toBe(SEEDS.length + 1);
  });

  it('lets a public visitor join by link with a solved challenge and vote under his device cookie', async () => {
    const link = await c.staff.post(`/api/consultations/${id}/public`, { mode: 'named' });
    expect(link.statusCode, link.body).toBe(200);
    const token = link.json().token as string;
    expect(token).toBeTruthy();
    // Turned on again it keeps its link and shows no token.
    expect((await c.staff.post(`/api/consultations/${id}/public`, { mode: 'anonymous' })).json().token).toBeNull();
    await c.staff.post(`/api/consultations/${id}/public`, { mode: 'named' });
    const visitor = client(ctx, '10.0.0.9');
    visitor.csrf = (await visitor.get('/api/auth/csrf')).json().csrfToken;
    const base = `/api/public/consultations/${token}`;
    expect((await visitor.get(base)).json()).toMatchObject({ mode: 'named', joined: false });
    expectError(await visitor.get(`${base}/next`), 401, 'JOIN_FIRST');
    expectError(await visitor.get('/api/public/consultations/not-a-real-token-at-all'), 404, 'LINK_OFF');
    const ch = (await visitor.get(`${base}/challenge`)).json();
    const solution = solveChallenge(ch.challenge, ch.bits);
    expectError(await visitor.post(`${base}/join`, { challenge: ch.challenge, solution }), 400, 'VALIDATION_FAILED');
    expectError(await visitor.post(`${base}/join`, { challenge: ch.challenge, solution: 'x', name: '刘女士' }), 400);
    const joined = await visitor.post(`${base}/join`, { challenge: ch.challenge, solution, name: '刘女士' });
    expect(joined.statusCode, joined.body).toBe(200);
    expectError(
      await visitor.post(`${base}/join`, { challenge: ch.challenge, solution, name: '刘女士' }),
      400,
      'CHALLENGE_USED',
    );
    expect((await visitor.get(base)).json().joined).toBe(true);
    const n = (await visitor.get(`${base}/next`)).json();
    expect(n.statement).not.toBeNull();
    expect((await visitor.put(`${base}/votes/${n.statement.id}`, { vote: 'pass' })).statusCode).toBe(200);
    const added = await visitor.post(`${base}/contributions`, { body: '希望公开每栋楼的加装进度' });
    expect(added.statusCode, added.body).toBe(201);
    // Another device is a stranger; switching the link off closes it.
    expectError(await client(ctx, '10.0.0.10').get(`${base}/next`), 401);
    await c.staff.post(`/api/consultations/${id}/public`, { mode: 'off' });
    expectError(await visitor.get(`${base}/next`), 404, 'LINK_OFF');
  });

  it('analyses in the background after the window; the member then sees his place and group, the office the groups', async () => {
    await crowdVotes(ctx.platform.db, id, 40, '2026-05-02T02:00:00.000Z');
    // The member votes on everything, as profile A does.
    for (;;) {
      const n = await next(c.zhang);
      if (!n.statement) break;
      const index = SEEDS.indexOf(n.statement.body);
      expect(
        (await vote(c.zhang, n.statement.id, index >= 0 && index < SEEDS.length / 2 ? 'agree' : 'disagree')).statusCode,
      ).toBe(200);
    }
    expect((await c.zhang.get(`/api/consultations/${id}/standing`)).json()).toMatchObject({
      placed: false,
      group: null,
    });
    ctx.clock.set(new Date(ctx.clock.now().getTime() + DEBOUNCE_MS + 1000).toISOString());
    expect(await ctx.platform.jobs.drain()).toBeGreaterThan(0);
    const standing = (await c.zhang.get(`/api/consultations/${id}/standing`)).json();
    expect(standing.placed).toBe(true);
    expect(standing.groups).toHaveLength(2);
    expect(standing.group).not.toBeNull();
    const report = (await c.leader.get(`/api/consultations/${id}/report`)).json();
    expect(
      report.groups.map((g: { size: number }) => g.size).reduce((a: number, b: number) => a + b),
    ).toBeGreaterThanOrEqual(40);
    expect(report.groups).toHaveLength(2);
    for (const g of report.groups) expect(g.repness.length).toBeGreaterThan(0);
    expect(report.divisive.length).toBeGreaterThan(0);
    expect(report.divisive[0].body).toBeTruthy();
    expectError(await c.zhang.get(`/api/consultations/${id}/report`), 403);
    expectError(await c.county.get(`/api/consultations/${id}/report`), 404);
  });

  it('exports the votes in Polis format and reads back through the engine with the same groups', async () => {
    const votes = await c.staff.get(`/api/consultations/${id}/export/votes.csv`);
    expect(votes.statusCode, votes.body).toBe(200);
    expect(votes.headers['content-type']).toContain('text/csv');
    expect(votes.body.split('\n')[0]).toBe('timestamp,datetime,comment-id,voter-id,vote');
    const comments = await c.staff.get(`/api/consultations/${id}/export/comments.csv`);
    expect(comments.body).toContain(SEEDS[0]);
    const pv = await c.leader.get(`/api/consultations/${id}/export/participants-votes.csv`);
    expect(pv.body.split('\n')[0]).toMatch(/^participant,group-id,n-comments,n-votes,n-agree,n-disagree,\d+/);
    const read = readPolisExport({ comments: comments.body, votes: votes.body });
    expect(read.moderatedOut).toHaveLength(1);
    expect(analyse({ matrix: read.matrix, moderatedOut: read.moderatedOut }).groups).toHaveLength(2);
    expectError(await c.staff.get(`/api/consultations/${id}/export/other.csv`), 400);
    expectError(await c.zhang.get(`/api/consultations/${id}/export/votes.csv`), 403);
  });
});
