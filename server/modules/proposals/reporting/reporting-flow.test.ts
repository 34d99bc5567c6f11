import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { client, createTestContext, ENGINE, login, type Client, type TestContext } from '../../../test/harness.js';
import { accepted, replyAfterContact } from '../core/proposals.test-helpers.js';

/** The reading side over data made by the real handling workflow, not by factories. */
describe(`proposals: boards, figures, exports and the public page after real handling (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let lead: Client;
  let co: Client;
  let id: number;
  const REPLY = '我局已将老旧小区加装电梯纳入年度民生实事，全年计划完成加装两百台，补助标准提高到每台二十万元。';
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, staff, lead, co] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'zhujianju', PASSWORD),
      login(ctx, 'jiaoyuju', PASSWORD),
    ]);
    const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);
    id = (await accepted(member, staff, { isPublic: true })).id;
    ok(await staff.post(`/api/proposals/${id}/key/nominate`, {}));
    ok(
      await staff.post(`/api/proposals/${id}/assign`, {
        units: [
          { unitId: fx.units['市住房和城乡建设局'], role: 'lead' },
          { unitId: fx.units['市教育局'], role: 'co' },
        ],
      }),
    );
    ok(await lead.post(`/api/proposals/${id}/sign`, {}));
    ok(await co.post(`/api/proposals/${id}/sign`, {}));
    ok(await co.post(`/api/proposals/${id}/co-opinion`, { body: '会办意见：学校周边小区可优先安排。' }));
    ok(
      await replyAfterContact(lead, id, {
        body: REPLY,
        signer: '市住房和城乡建设局',
        resultClass: 'A',
        commitments: [{ content: '年底前完成两百台加装', dueDate: '2026-12-31' }],
      }),
    );
    ok(
      await member.post(`/api/proposals/${id}/feedback`, {
        contacted: 'visited',
        attitude: 'satisfied',
        result: 'basic',
      }),
    );
  });
  afterAll(async () => ctx?.close());

  it('the key board, the statistics and the unit evaluation read the handled proposal', async () => {
    const board = (await staff.get('/api/proposals/key-board')).json();
    expect(board.items[0]).toMatchObject({
      id,
      keyStatus: 'nominated',
      resultClass: 'A',
      units: [
        { name: '市住房和城乡建设局', role: 'lead', status: 'replied' },
        { name: '市教育局', role: 'co', status: 'replied' },
      ],
    });
    const stats = (await staff.get('/api/proposals/stats')).json();
    expect(stats.onTimeReply).toMatchObject({ due: 1, onTime: 1, rate: 1 });
    expect(stats.satisfaction.result).toMatchObject({ rated: 1, satisfiedOrBasic: 1 });
    const evaluation = (await staff.get('/api/proposals/unit-evaluation?year=2026')).json();
    const byName = Object.fromEntries(evaluation.items.map((i: { unit: { name: string } }) => [i.unit.name, i]));
    expect(byName['市住房和城乡建设局']).toMatchObject({
      rank: 1,
      signFor: { numerator: 1, denominator: 1 },
      onTimeReply: { numerator: 1, denominator: 1 },
      resultClasses: { A: 1 },
      attitude: { rate: 1 },
      result: { rate: 1, basic: 1 },
      commitments: { total: 1, unfulfilled: 0 },
      composite: 100,
    });
    expect(byName['市教育局']).toMatchObject({
      signFor: { rate: 1 },
      onTimeReply: { denominator: 0, rate: null },
      attitude: { denominator: 0, rate: null },
    });
  });

  it('the Word export and the public page carry the formal reply and never the co-opinion', async () => {
    const docx = await JSZip.loadAsync((await member.get(`/api/proposals/${id}/export.docx`)).rawPayload);
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(xml).toContain(REPLY);
    expect(xml).not.toContain('会办意见');
    const page = await client(ctx).get('/api/public/proposals');
    expect(page.json().items.map((i: { id: number; state: string }) => [i.id, i.state])).toEqual([[id, 'closed']]);
    expect(page.body).toContain(REPLY);
    expect(page.body).not.toContain('会办意见');
  });
});
