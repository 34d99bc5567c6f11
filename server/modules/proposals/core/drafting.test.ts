import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { draft, SAMPLE, submitted, signInDraftingCast } from './proposals.test-helpers.js';

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
    ({ member, member2, member3, staff } = await signInDraftingCast(ctx));
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
