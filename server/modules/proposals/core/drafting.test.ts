import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../../platform/clock.js';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { draft, SAMPLE, submitted } from './proposals.test-helpers.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

describe(`proposals: drafting and submission (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let member2: Client;
  let member3: Client;
  let staff: Client;
  /** Moving the clock by days ends every session (idle timeout): sign in again after. */
  async function signIn() {
    [member, member2, member3, staff] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'lixiaomei', PASSWORD),
      login(ctx, 'wangzhiqiang', PASSWORD),
      login(ctx, 'staff', PASSWORD),
    ]);
  }
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    await signIn();
  });
  afterAll(async () => ctx?.close());

  it('a member saves a draft, edits it, and submits it', async () => {
    const p = await draft(member, { title: '公交', reasons: '短', suggestions: '短', category: null });
    expect(p.state).toBe('draft');
    const incomplete = await member.post(`/api/proposals/${p.id}/submit`, {});
    expectError(incomplete, 400, 'PROPOSAL_INCOMPLETE');
    const paths = incomplete.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'reasons', 'suggestions', 'category']));

    const edited = await member.patch(`/api/proposals/${p.id}`, { ...SAMPLE, version: p.version });
    expect(edited.statusCode).toBe(200);
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { title: '旧版本的修改', version: p.version }),
      409,
      'STALE_VERSION',
    );
    const sent = await member.post(`/api/proposals/${p.id}/submit`, {});
    expect(sent.statusCode).toBe(200);
    expect(sent.json().state).toBe('submitted');
    expect(sent.json().allowedActions).toContain('withdraw');
    expect(sent.json().allowedActions).not.toContain('accept');
  });

  const auditActions = async (id: number) =>
    await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(id))
      .orderBy('seq')
      .execute();

  it('a member writes and submits in one request: the same proposal, audit trail and indexes as in two steps', async () => {
    const title = '关于规范社区团购自提点占道经营的建议';
    const text = {
      ...SAMPLE,
      title,
      reasons: `${SAMPLE.reasons}社区团购自提点占用人行道堆放货物。`,
      category: '城乡建设',
    };
    const upload = await member.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('照片说明.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const res = await member.post('/api/proposals', { ...text, attachmentIds: [upload.json().id], submit: true });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      state: 'submitted',
      title,
      attachments: [{ id: upload.json().id, name: '照片说明.pdf' }],
    });
    expect(p.proposers).toEqual([
      expect.objectContaining({ memberId: fx.members.zhang, role: 'lead', status: 'accepted' }),
    ]);
    expect(p.allowedActions).toContain('withdraw');
    // The answer is exactly what opening the proposal shows.
    expect((await member.get(`/api/proposals/${p.id}`)).json()).toEqual(p);
    expect((await auditActions(p.id)).map((a) => a.action)).toEqual(['proposal.create', 'proposal.submit']);

    const twoSteps = await submitted(member, text);
    const [once, twice] = await ctx.platform.db
      .selectFrom('proposals')
      .select(['id', 'content_hash', 'lead_sector_id', 'session_id', 'state'])
      .where('id', 'in', [p.id, twoSteps.id])
      .orderBy('id')
      .execute();
    expect(once!.content_hash).toBeTruthy();
    expect({ ...once, id: 0 }).toEqual({ ...twice, id: 0 });
    expect((await auditActions(twoSteps.id)).map((a) => a.action)).toEqual(['proposal.create', 'proposal.submit']);
    expect((await auditActions(p.id))[1]!.detail).toBe((await auditActions(twoSteps.id))[1]!.detail);
    const found = (await staff.get(`/api/proposals?q=${encodeURIComponent('团购自提点')}`)).json();
    expect(found.items.map((x: { id: number }) => x.id).sort()).toEqual([p.id, twoSteps.id].sort());
    const similar = (await member.post('/api/proposals/similar', text)).json();
    expect(
      similar.items
        .filter((x: { exact: boolean }) => x.exact)
        .map((x: { id: number }) => x.id)
        .sort(),
    ).toEqual([p.id, twoSteps.id].sort());
  });

  it('writing and submitting at once is all or nothing: an incomplete proposal is refused and not saved', async () => {
    const before = (await member.get('/api/proposals?pageSize=1')).json().total;
    const res = await member.post('/api/proposals', {
      ...SAMPLE,
      suggestions: '太短',
      category: undefined,
      submit: true,
    });
    expectError(res, 400, 'PROPOSAL_INCOMPLETE');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['suggestions', 'category']),
    );
    const joint = await member.post('/api/proposals', { ...SAMPLE, kind: 'joint', submit: true });
    expectError(joint, 400, 'PROPOSAL_INCOMPLETE');
    expect(joint.json().error.details[0].path).toBe('coProposerIds');
    expect((await member.get('/api/proposals?pageSize=1')).json().total).toBe(before);

    const invited = await member.post('/api/proposals', {
      ...SAMPLE,
      kind: 'joint',
      coProposerIds: [fx.members.li],
      submit: true,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().state).toBe('submitted');
    expect(invited.json().proposers.map((x: { memberId: number; status: string }) => [x.memberId, x.status])).toEqual([
      [fx.members.zhang, 'accepted'],
      [fx.members.li, 'invited'],
    ]);
    const inbox = (await member2.get('/api/notifications')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; link: string }) =>
          n.kind === 'proposal.invitation' && n.link === `/proposals/${invited.json().id}`,
      ),
    ).toBe(true);
  });

  it('only the drafter sees a draft; other members and units get 404', async () => {
    const p = await draft(member);
    expect((await member.get(`/api/proposals/${p.id}`)).statusCode).toBe(200);
    expectError(await member2.get(`/api/proposals/${p.id}`), 404);
    expectError(await staff.get(`/api/proposals/${p.id}`), 404);
    const unit = await login(ctx, 'jiaoyuju', PASSWORD);
    expectError(await unit.get(`/api/proposals/${p.id}`), 404);
  });

  it('joint proposals invite co-proposers who accept, decline, or let the invitation expire', async () => {
    const p = await draft(member, { kind: 'joint', coProposerIds: [fx.members.li, fx.members.wang] });
    const inbox = (await member2.get('/api/notifications')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; link: string }) => n.kind === 'proposal.invitation' && n.link === `/proposals/${p.id}`,
      ),
    ).toBe(true);
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
  });

  it('an edit changes only the fields it names', async () => {
    const p = await draft(member, {
      kind: 'joint',
      coProposerIds: [fx.members.li],
      themes: ['民生保障'],
      isPublic: true,
    });
    const res = await member.patch(`/api/proposals/${p.id}`, {
      title: '关于加快老旧小区加装电梯进度的建议',
      version: p.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'joint',
      themes: ['民生保障'],
      isPublic: true,
      title: '关于加快老旧小区加装电梯进度的建议',
    });
    expect(res.json().proposers.map((x: { memberId: number }) => x.memberId)).toContain(fx.members.li);
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

  it('the drafter deletes a draft: its files become unreadable, invitations are void, the audit keeps the title; a submitted one cannot be deleted', async () => {
    const upload = await member.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('调研照片说明.pdf', PDF, 'application/pdf'),
    });
    const p = await draft(member, {
      title: '关于整治校园周边流动摊贩的建议',
      kind: 'joint',
      coProposerIds: [fx.members.li],
      attachmentIds: [upload.json().id],
    });
    const fileUrl = `/api/files/${upload.json().id}`;
    expect((await member.get(fileUrl)).statusCode).toBe(200);
    expect((await member.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('deleteDraft');
    // Nobody else may delete it: another member and the office do not see a member's draft; the invitee is not its drafter.
    expectError(await member3.request({ method: 'DELETE', url: `/api/proposals/${p.id}` }), 404);
    expectError(await staff.request({ method: 'DELETE', url: `/api/proposals/${p.id}` }), 404);
    expectError(await member2.request({ method: 'DELETE', url: `/api/proposals/${p.id}` }), 403);

    const res = await member.request({ method: 'DELETE', url: `/api/proposals/${p.id}` });
    expect(res.statusCode, res.body).toBe(204);
    expectError(await member.get(`/api/proposals/${p.id}`), 404);
    expectError(await member.get(fileUrl), 404);
    expectError(await member.request({ method: 'DELETE', url: `/api/proposals/${p.id}` }), 404);
    const entry = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(p.id))
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('proposal.delete_draft');
    expect(JSON.parse(entry.detail!)).toMatchObject({ title: '关于整治校园周边流动摊贩的建议', files: 1 });
    const inbox = (await member2.get('/api/notifications')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; body: string }) => n.kind === 'proposal.invitation_void' && n.body.includes('流动摊贩'),
      ),
    ).toBe(true);

    const sent = await submitted(member);
    expect((await member.get(`/api/proposals/${sent.id}`)).json().allowedActions).not.toContain('deleteDraft');
    expectError(await member.request({ method: 'DELETE', url: `/api/proposals/${sent.id}` }), 409, 'INVALID_STATE');
    expect((await member.get(`/api/proposals/${sent.id}`)).statusCode).toBe(200);
  });

  it('a submitted proposal can be withdrawn until it is reviewed, not after', async () => {
    const a = await submitted(member);
    const w = await member.post(`/api/proposals/${a.id}/withdraw`, {});
    expect(w.json().state).toBe('withdrawn');
    const b = await submitted(member);
    await staff.post(`/api/proposals/${b.id}/accept`, {});
    expectError(await member.post(`/api/proposals/${b.id}/withdraw`, {}), 409, 'INVALID_STATE');
    expectError(await member2.post(`/api/proposals/${b.id}/withdraw`, {}), 404);
  });

  it('a proposal submitted during a plenary session belongs to it; between sessions to the interim series', async () => {
    ctx.clock.set('2026-01-05T03:00:00Z');
    await signIn();
    const during = (await submitted(member)).id;
    ctx.clock.set('2026-05-20T03:00:00Z');
    await signIn();
    const after = (await submitted(member)).id;
    const rows = await ctx.platform.db
      .selectFrom('proposals')
      .select(['id', 'session_id'])
      .where('id', 'in', [during, after])
      .execute();
    expect(rows.find((r) => r.id === during)!.session_id).toBe(fx.sessions[3]);
    expect(rows.find((r) => r.id === after)!.session_id).toBeNull();
  });

  it('bad input is a 400 with field paths, never a 500', async () => {
    const res = await member.post('/api/proposals', { title: 123, reasons: null, themes: 'x', suggestedUnitIds: [-1] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expectError(
      await member.post('/api/proposals', { ...SAMPLE, suggestedUnitIds: [999999] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await member.post('/api/proposals', { ...SAMPLE, attachmentIds: ['00000000-0000-4000-8000-000000000000'] }),
      400,
      'FILE_NOT_FOUND',
    );
    expectError(await member.get('/api/proposals/abc'), 400, 'VALIDATION_FAILED');
  });
});
