import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { plainPdf } from '../../../test/hostile-files.js';
import { multipartFile } from '../../../test/multipart.js';
import { assigned, draft, ok, REPLY, signInHandlingCast, replyAfterContact } from './proposals.test-helpers.js';

interface Detail {
  id: number;
  version: number;
  state: string;
  attachments: { id: string; name: string }[];
}

describe(`proposals: removing attachments from a draft (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let otherMember: Client;
  let staff: Client;
  let edu: Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ({ member, otherMember, staff, edu } = await signInHandlingCast(ctx));
  });
  afterAll(async () => ctx?.close());

  const upload = async (c: Client, name: string): Promise<string> =>
    (
      await ok(
        c.request({
          method: 'POST',
          url: '/api/files?purpose=attachment',
          ...multipartFile(name, plainPdf(), 'application/pdf'),
        }),
        'upload',
      )
    ).id;
  const detail = async (c: Client, id: number): Promise<Detail> => (await c.get(`/api/proposals/${id}`)).json();
  /** A draft with two attachments: the site survey and the residents' petition. */
  async function draftWithFiles(c: Client = member) {
    const survey = await upload(c, '加装电梯现场踏勘记录.pdf');
    const petition = await upload(c, '居民联名意见书.pdf');
    const p = await draft(c, { attachmentIds: [survey, petition] });
    return { p: await detail(c, p.id), survey, petition };
  }
  const editAudits = (id: number) =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(id))
      .where('action', '=', 'proposal.edit')
      .orderBy('seq')
      .execute();

  it('the drafter removes an attachment with an edit: gone from the proposal, no longer downloadable, and audited', async () => {
    const { p, survey, petition } = await draftWithFiles();
    expect(p.attachments.map((f) => f.id).sort()).toEqual([survey, petition].sort());
    expect((await member.get(`/api/files/${survey}`)).statusCode).toBe(200);

    const res = await member.patch(`/api/proposals/${p.id}`, {
      title: '关于加快老旧小区加装电梯的建议（修改稿）',
      removeAttachmentIds: [survey],
      version: p.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().title).toBe('关于加快老旧小区加装电梯的建议（修改稿）');
    expect(res.json().attachments.map((f: { id: string }) => f.id)).toEqual([petition]);
    expect((await detail(member, p.id)).attachments.map((f) => f.id)).toEqual([petition]);
    // Not even its uploader can fetch it any more; the other attachment is untouched.
    expectError(await member.get(`/api/files/${survey}`), 404);
    expect((await member.get(`/api/files/${petition}`)).statusCode).toBe(200);
    // Nor attach it again.
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { attachmentIds: [survey], version: res.json().version }),
      400,
      'FILE_NOT_FOUND',
    );

    const audits = await editAudits(p.id);
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail!)).toEqual({
      removedFiles: [{ id: survey, name: '加装电梯现场踏勘记录.pdf' }],
    });
    const timeline = (await member.get(`/api/proposals/${p.id}/timeline`)).json().items as {
      label: string;
      detail: string | null;
    }[];
    expect(timeline.find((x) => x.label === '修改提案')?.detail).toBe('删除附件：加装电梯现场踏勘记录.pdf');

    // The purge task deletes the record and the bytes.
    const row = await ctx.platform.db
      .selectFrom('files')
      .select(['owner_type', 'expires_at'])
      .where('id', '=', survey)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ owner_type: null, expires_at: expect.any(String) });
    ctx.clock.advance(1000);
    expect(await ctx.platform.files.purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(
      await ctx.platform.db.selectFrom('files').select('id').where('id', '=', survey).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('a returned proposal may lose attachments too; nobody but its drafter may remove them, and not once it is submitted', async () => {
    const { p, survey, petition } = await draftWithFiles();
    await ok(member.post(`/api/proposals/${p.id}/submit`, {}), 'submit');
    const submittedNow = await detail(member, p.id);
    // Submitted: not editable, with or without removals (the same answer as any edit).
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [survey], version: submittedNow.version }),
      409,
      'INVALID_STATE',
    );
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { title: '提交后再改', version: submittedNow.version }),
      409,
      'INVALID_STATE',
    );

    await ok(
      staff.post(`/api/proposals/${p.id}/return`, { note: '请补充补贴测算依据，删去与案由无关的材料。' }),
      'return',
    );
    const returned = await detail(member, p.id);
    expect(returned.state).toBe('returned');
    // The office sees the proposal but does not edit it; another member does not see it at all.
    expectError(
      await staff.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [survey], version: returned.version }),
      403,
    );
    expectError(
      await otherMember.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [survey], version: returned.version }),
      404,
    );
    expect((await detail(member, p.id)).attachments).toHaveLength(2);

    const res = await ok(
      member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [petition], version: returned.version }),
      'remove',
    );
    expect(res.attachments.map((f: { id: string }) => f.id)).toEqual([survey]);
    expectError(await staff.get(`/api/files/${petition}`), 404);
    expect((await staff.get(`/api/files/${survey}`)).statusCode).toBe(200);
  });

  it("unknown ids and another proposal's files are a 400 and change nothing", async () => {
    const { p, survey } = await draftWithFiles();
    const other = await draftWithFiles(otherMember);
    const mine = await draftWithFiles();
    const stray = await upload(member, '未附上的草稿.pdf');

    const attempts: [unknown, string][] = [
      [['00000000-0000-4000-8000-000000000000'], 'removeAttachmentIds.0'],
      [[survey, other.survey], 'removeAttachmentIds.1'],
      [[stray], 'removeAttachmentIds.0'],
      // The member's own file, but on another of his proposals.
      [[mine.petition], 'removeAttachmentIds.0'],
    ];
    for (const [ids, path] of attempts) {
      const res = await member.patch(`/api/proposals/${p.id}`, {
        title: '不应保存的修改',
        removeAttachmentIds: ids,
        version: p.version,
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual([path]);
    }
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: ['not-a-file'], version: p.version }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: 'all', version: p.version }),
      400,
      'VALIDATION_FAILED',
    );

    const after = await detail(member, p.id);
    expect(after).toMatchObject({ version: p.version, attachments: p.attachments });
    expect((await detail(otherMember, other.p.id)).attachments).toHaveLength(2);
    expect((await otherMember.get(`/api/files/${other.survey}`)).statusCode).toBe(200);
    expect(await editAudits(p.id)).toEqual([]);
    // A stale form is answered as a stale form.
    await ok(member.patch(`/api/proposals/${p.id}`, { title: '先保存一次', version: p.version }), 'edit');
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [survey], version: p.version }),
      409,
      'STALE_VERSION',
    );
  });

  it("a unit's reply letter, filed under the proposal, is never removed this way", async () => {
    const eduId = fx.units['市教育局']!;
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    const letter = await upload(edu, '市教育局答复函.pdf');
    await ok(replyAfterContact(edu, p.id, { ...REPLY, fileId: letter }), 'reply');
    const answered = await detail(member, p.id);
    expect(answered.attachments).toEqual([]);
    expectError(
      await member.patch(`/api/proposals/${p.id}`, { removeAttachmentIds: [letter], version: answered.version }),
      409,
      'INVALID_STATE',
    );

    // Even were the proposal editable again, the letter is not among its attachments.
    await ctx.platform.db.updateTable('proposals').set({ state: 'returned' }).where('id', '=', p.id).execute();
    const res = await member.patch(`/api/proposals/${p.id}`, {
      removeAttachmentIds: [letter],
      version: answered.version,
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'removeAttachmentIds.0' })]);
    await ctx.platform.db.updateTable('proposals').set({ state: 'replied' }).where('id', '=', p.id).execute();
    expect((await member.get(`/api/files/${letter}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/proposals/${p.id}/handling`)).json().replies[0].file).toMatchObject({ id: letter });
  });
});
