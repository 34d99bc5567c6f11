// Issue 11 item 2: a unit assigned to a proposal may reveal the proposers' phone numbers
// while its assignment is open, each reveal audited as the office's unmask is; refused after
// the assignment closes and for a unit not assigned. The card and the Word export stay masked.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { assigned, ok, replied, signInHandlingCast, submitted } from '../core/proposals.test-helpers.js';

describe(`proposals: a handling unit reveals the proposers' phone numbers (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let otherMember: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let eduId: number;
  let housingId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ({ member, otherMember, staff, edu, housing } = await signInHandlingCast(ctx));
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
  });
  afterAll(async () => ctx?.close());

  const unmaskTrail = () =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select(['actor_name', 'object_type', 'object_id', 'result', 'detail'])
      .where('action', '=', 'member.unmask')
      .orderBy('seq')
      .execute();

  it('reveals the lead and co-proposers while the assignment is open, one audit entry per member', async () => {
    const draft = await submitted(member, { kind: 'joint', coProposerIds: [fx.members.li] });
    await ok(otherMember.post(`/api/proposals/${draft.id}/invitation`, { accept: true }), 'accept invitation');
    await ok(staff.post(`/api/proposals/${draft.id}/accept`, {}), 'accept');
    await ok(staff.post(`/api/proposals/${draft.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }), 'assign');
    const id = draft.id;

    // Masked by default: the unit's handling view carries masked numbers only.
    const view = (await edu.get(`/api/proposals/${id}/handling`)).json();
    expect(view.proposerContacts).toEqual([
      { memberId: fx.members.zhang, name: '张建国', role: 'lead', phoneMasked: '138****8001' },
      { memberId: fx.members.li, name: '李晓梅', role: 'co', phoneMasked: '139****9002' },
    ]);
    // Before signing too: a unit may call the proposer to decide whether the proposal is its to handle.
    expect((await edu.get(`/api/proposals/${id}`)).json().allowedActions).toContain('revealPhones');
    const before = (await unmaskTrail()).length;
    const revealed = await ok(edu.post(`/api/proposals/${id}/proposer-phones`, {}), 'reveal');
    expect(revealed.proposers).toEqual([
      { memberId: fx.members.zhang, name: '张建国', role: 'lead', phone: '13800138001' },
      { memberId: fx.members.li, name: '李晓梅', role: 'co', phone: '13900139002' },
    ]);
    const trail = (await unmaskTrail()).slice(before);
    expect(trail.map((a) => [a.actor_name, a.object_type, a.object_id, a.result])).toEqual([
      ['市教育局', 'member', String(fx.members.zhang), 'ok'],
      ['市教育局', 'member', String(fx.members.li), 'ok'],
    ]);
    expect(JSON.parse(trail[0]!.detail!)).toMatchObject({ fields: ['phone'], proposalId: id, name: '张建国' });

    // The office and the proposer see no such list (the office unmasks through the roster).
    expect((await staff.get(`/api/proposals/${id}/handling`)).json().proposerContacts).toEqual([]);
    expect((await member.get(`/api/proposals/${id}/handling`)).json().proposerContacts).toEqual([]);
  });

  it('is refused to a unit not assigned (404) and to others (403), and after the assignment closes (409, audited)', async () => {
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    expectError(await housing.post(`/api/proposals/${p.id}/proposer-phones`, {}), 404);
    expectError(await member.post(`/api/proposals/${p.id}/proposer-phones`, {}), 403);
    expectError(await staff.post(`/api/proposals/${p.id}/proposer-phones`, {}), 403);

    // A unit that declined its assignment still sees the proposal, but no longer has it open.
    const co = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    await ok(housing.post(`/api/proposals/${co.id}/decline`, { reason: '不属本局职责。' }), 'decline');
    expectError(await housing.post(`/api/proposals/${co.id}/proposer-phones`, {}), 409, 'INVALID_STATE');

    // Closed: the proposal went through handling and the office closed it.
    const done = await replied(member, staff, edu, eduId);
    await ok(edu.post(`/api/proposals/${done.id}/proposer-phones`, {}), 'reveal while replied');
    await ok(staff.post(`/api/proposals/${done.id}/close`, {}), 'close');
    const before = (await unmaskTrail()).length;
    expectError(await edu.post(`/api/proposals/${done.id}/proposer-phones`, {}), 409, 'INVALID_STATE');
    expect((await edu.get(`/api/proposals/${done.id}`)).json().allowedActions).not.toContain('revealPhones');
    const denied = (await unmaskTrail()).slice(before);
    expect(denied.map((a) => [a.actor_name, a.object_type, a.object_id, a.result])).toEqual([
      ['市教育局', 'proposal', String(done.id), 'denied'],
    ]);
  });

  it("the unit's Word export keeps the phone masked", async () => {
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    const res = await edu.get(`/api/proposals/${p.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('138****8001');
    expect(text).not.toContain('13800138001');
  });
});
