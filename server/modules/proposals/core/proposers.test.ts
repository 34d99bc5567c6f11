import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../../platform/clock.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { draft, SAMPLE, signInDraftingCast } from './proposals.test-helpers.js';

describe(`proposals: co-proposers, collective proposals and proposers entered by the office (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let member2: Client;
  let member3: Client;
  let staff: Client;
  /** Moving the clock by days ends every session (idle timeout): sign in again after. */
  async function signIn() {
    ({ member, member2, member3, staff } = await signInDraftingCast(ctx));
  }
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    await signIn();
  });
  afterAll(async () => ctx?.close());

  it('joint proposals invite co-proposers who accept, decline, or let the invitation expire', async () => {
    const p = await draft(member, { kind: 'joint', coProposerIds: [fx.members.li, fx.members.wang] });
    const inbox = (await member2.get('/api/notifications')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; link: string }) => n.kind === 'proposal.invitation' && n.link === `/proposals/${p.id}`,
      ),
    ).toBe(true);
    const mine = async (c: Client) =>
      (await c.get('/api/proposals/invitations'))
        .json()
        .items.find((x: { proposalId: number }) => x.proposalId === p.id);
    expect(await mine(member2)).toMatchObject({ title: SAMPLE.title, status: 'invited', leadName: expect.any(String) });
    const seen = (await member2.get(`/api/proposals/${p.id}`)).json();
    expect(seen.allowedActions).toContain('respondInvitation');
    expect((await member2.post(`/api/proposals/${p.id}/invitation`, { accept: true })).statusCode).toBe(200);
    expectError(await member2.post(`/api/proposals/${p.id}/invitation`, { accept: false }), 409, 'NO_OPEN_INVITATION');
    // The proposer himself was never invited: not his to answer.
    expectError(await member.post(`/api/proposals/${p.id}/invitation`, { accept: true }), 403, 'NOT_INVITED');

    ctx.clock.advance(8 * DAY);
    await ctx.platform.jobs.tick();
    await signIn();
    const detail = (await member.get(`/api/proposals/${p.id}`)).json();
    const byMember = Object.fromEntries(
      detail.proposers.map((x: { memberId: number; status: string }) => [x.memberId, x.status]),
    );
    expect(byMember[fx.members.li]).toBe('accepted');
    expect(byMember[fx.members.wang]).toBe('expired');
    expectError(await member3.post(`/api/proposals/${p.id}/invitation`, { accept: true }), 404);
    // The lapsed invitee can no longer open the proposal, but his list says what became of the invitation.
    expect(await mine(member3)).toMatchObject({ status: 'expired', title: SAMPLE.title });
    expect(await mine(member2)).toMatchObject({ status: 'accepted' });
    // Not a member: no invitations of his own to list.
    expectError(await staff.get('/api/proposals/invitations'), 403);
  });

  it('a joint proposal needs at least one co-proposer still in it', async () => {
    const p = await draft(member, { kind: 'joint', coProposerIds: [fx.members.wang] });
    const declined = await member3.post(`/api/proposals/${p.id}/invitation`, { accept: false });
    expect(declined.statusCode, declined.body).toBe(200);
    const res = await member.post(`/api/proposals/${p.id}/submit`, {});
    expectError(res, 400, 'PROPOSAL_INCOMPLETE');
    expect(res.json().error.details[0].path).toBe('coProposerIds');
  });

  it('an individual proposal refuses co-proposers and the lead cannot invite himself', async () => {
    expectError(
      await member.post('/api/proposals', { ...SAMPLE, coProposerIds: [fx.members.li] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await member.post('/api/proposals', { ...SAMPLE, kind: 'joint', coProposerIds: [fx.members.zhang] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it("collective proposals are entered by the office in a group's name", async () => {
    expectError(
      await member.post('/api/proposals', { ...SAMPLE, kind: 'collective', collective: { type: 'party', ref: 'cdl' } }),
      403,
    );
    const res = await staff.post('/api/proposals', {
      ...SAMPLE,
      kind: 'collective',
      collective: { type: 'committee', ref: fx.committees['经济委员会'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().collective.name).toBe('经济委员会');
    const party = await staff.post('/api/proposals', {
      ...SAMPLE,
      kind: 'collective',
      collective: { type: 'party', ref: 'cdl' },
    });
    expect(party.json().collective.name).toBe('民盟测试市委员会');
    const sent = await staff.post(`/api/proposals/${res.json().id}/submit`, {});
    expect(sent.json().state).toBe('submitted');
    // What the office entered, its drafts included, is its own list; the office's list shows no draft.
    const entered = (await staff.get('/api/proposals?mine=true&pageSize=100')).json();
    expect(entered.items.map((x: { id: number; state: string }) => [x.id, x.state])).toEqual(
      expect.arrayContaining([
        [res.json().id, 'submitted'],
        [party.json().id, 'draft'],
      ]),
    );
    const all = (await staff.get('/api/proposals?pageSize=100')).json();
    expect(all.items.map((x: { id: number }) => x.id)).toContain(res.json().id);
    expect(all.items.map((x: { id: number }) => x.id)).not.toContain(party.json().id);
    // Written and submitted in one request, like the form does.
    const once = await staff.post('/api/proposals', {
      ...SAMPLE,
      kind: 'collective',
      collective: { type: 'sector', ref: fx.sectors['经济界'] },
      submit: true,
    });
    expect(once.statusCode, once.body).toBe(201);
    expect(once.json()).toMatchObject({
      state: 'submitted',
      proposers: [],
      collective: { type: 'sector', name: '经济界' },
    });
  });

  it("the office may enter a paper proposal on a member's behalf", async () => {
    const res = await staff.post('/api/proposals', { ...SAMPLE, leadMemberId: fx.members.wang });
    expect(res.statusCode).toBe(201);
    expect(res.json().proposers[0]).toMatchObject({ memberId: fx.members.wang, role: 'lead' });
    const mine = (await member3.get('/api/proposals')).json();
    expect(mine.items.map((x: { id: number }) => x.id)).toContain(res.json().id);
  });

  it("the office corrects the proposer of a draft it entered on a member's behalf; nobody else may, and not after submission", async () => {
    const entered = (
      await staff.post('/api/proposals', {
        ...SAMPLE,
        title: '关于规范老旧小区停车管理的建议',
        leadMemberId: fx.members.wang,
      })
    ).json();
    const fixed = await staff.patch(`/api/proposals/${entered.id}`, {
      version: entered.version,
      leadMemberId: fx.members.li,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().proposers).toEqual([
      expect.objectContaining({ memberId: fx.members.li, role: 'lead', status: 'accepted' }),
    ]);
    const listed = async (c: Client) => (await c.get('/api/proposals')).json().items.map((x: { id: number }) => x.id);
    expect(await listed(member2)).toContain(entered.id);
    expect(await listed(member3)).not.toContain(entered.id);
    const entry = await ctx.platform.db
      .selectFrom('audit_log')
      .select('detail')
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(entered.id))
      .where('action', '=', 'proposal.edit')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail!)).toEqual({ lead: { from: fx.members.wang, to: fx.members.li } });

    // A joint draft: the new proposer cannot stay a co-proposer; dropping him from them in the same edit is fine.
    const joint = (
      await staff.post('/api/proposals', {
        ...SAMPLE,
        kind: 'joint',
        leadMemberId: fx.members.wang,
        coProposerIds: [fx.members.li],
      })
    ).json();
    expectError(
      await staff.patch(`/api/proposals/${joint.id}`, { version: joint.version, leadMemberId: fx.members.li }),
      400,
      'VALIDATION_FAILED',
    );
    const swapped = await staff.patch(`/api/proposals/${joint.id}`, {
      version: joint.version,
      leadMemberId: fx.members.li,
      coProposerIds: [fx.members.wang],
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect(swapped.json().proposers.map((x: { memberId: number; role: string }) => [x.memberId, x.role])).toEqual([
      [fx.members.li, 'lead'],
      [fx.members.wang, 'co'],
    ]);

    const own = await draft(member, { title: '关于增设社区老年助餐点的建议' });
    expectError(
      await member.patch(`/api/proposals/${own.id}`, { version: own.version, leadMemberId: fx.members.li }),
      403,
      'LEAD_FIXED',
    );
    expect(
      (await member.patch(`/api/proposals/${own.id}`, { version: own.version, leadMemberId: fx.members.zhang }))
        .statusCode,
    ).toBe(200);
    const gone = (await staff.post('/api/proposals', { ...SAMPLE, leadMemberId: fx.members.wang })).json();
    expectError(
      await staff.patch(`/api/proposals/${gone.id}`, { version: gone.version, leadMemberId: fx.members.zhao }),
      400,
      'VALIDATION_FAILED',
    );
    const sent = (
      await staff.post('/api/proposals', { ...SAMPLE, leadMemberId: fx.members.wang, submit: true })
    ).json();
    const returned = (
      await staff.post(`/api/proposals/${sent.id}/return`, { note: '请补充停车位缺口的调查数据' })
    ).json();
    expectError(
      await staff.patch(`/api/proposals/${sent.id}`, { version: returned.version, leadMemberId: fx.members.li }),
      409,
      'INVALID_STATE',
    );
  });
});
