import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { DEFAULT_SETTINGS } from './settings.schema.js';

describe(`proposals: the organisation's settings (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let member: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [staff, member] = await Promise.all([login(ctx, 'staff', PASSWORD), login(ctx, 'zhangjianguo', PASSWORD)]);
  });
  afterAll(async () => ctx?.close());

  it('members read the defaults the draft form offers', async () => {
    const res = await member.get('/api/proposals/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_SETTINGS);
  });

  it('the office changes them (trimmed) and only the office may', async () => {
    const body = {
      ...DEFAULT_SETTINGS,
      categories: [' 城乡建设 ', '乡村振兴'],
      replyMonths: 2,
      holidays: { off: ['2027-02-08'], work: [] },
    };
    expectError(await member.put('/api/proposals/settings', body), 403);
    const res = await staff.put('/api/proposals/settings', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      categories: ['城乡建设', '乡村振兴'],
      replyMonths: 2,
      holidays: { off: ['2027-02-08'], work: [] },
    });
    expect((await member.get('/api/proposals/settings')).json().categories).toEqual(['城乡建设', '乡村振兴']);
    expectError(await staff.put('/api/proposals/settings', { ...body, categories: [] }), 400, 'VALIDATION_FAILED');
  });
});
