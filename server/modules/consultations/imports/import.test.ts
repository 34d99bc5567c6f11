// A Polis export imported as a closed consultation (test-data/polis/15-per-hour-seattle, as
// `lvzhi import-polis` reads it): its statements, participants and votes land in the
// organisation, moderated-out statements as rejected, the analysis has run, and the office reads
// the report while nobody can vote in it and another organisation's office gets a 404.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type TestContext } from '../../../test/harness.js';
import { signIn } from '../consultations.test-helpers.js';
import { createPolisImport } from '../index.js';

const DIR = new URL('../../../../test-data/polis/15-per-hour-seattle/', import.meta.url);
const read = (name: string) => gunzipSync(readFileSync(new URL(`${name}.gz`, DIR))).toString('utf8');

describe(`consultations: Polis import (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('imports the conversation closed and analysed; the office reads its report, nobody votes', async () => {
    const comments = read('comments.csv');
    const done = await createPolisImport(ctx.platform).importPolis(fx.city, '最低工资15美元（Polis 导入）', {
      comments,
      votes: read('votes.csv'),
    });
    const stored = await ctx.platform.db
      .selectFrom('consultation_statements')
      .select('id')
      .where('consultation_id', '=', done.id)
      .execute();
    expect(stored).toHaveLength(done.statements);
    expect(done.statements).toBeGreaterThan(40);
    expect(done.participants).toBeGreaterThan(100);
    const c = await signIn(ctx, { staff: 'staff', zhang: 'zhangjianguo', county: 'dongcheng' });
    const detail = (await c.staff.get(`/api/consultations/${done.id}`)).json();
    expect(detail).toMatchObject({ status: 'closed', source: 'polis' });
    expect(detail.counts.voters).toBe(done.participants);
    expect(detail.allowed).not.toContain('editConsultation');
    const report = (await c.staff.get(`/api/consultations/${done.id}/report`)).json();
    expect(report.groups.length).toBeGreaterThanOrEqual(2);
    expect(report.participants).toBe(done.participants);
    expectError(await c.zhang.get(`/api/consultations/${done.id}/next`), 409, 'CONSULTATION_NOT_OPEN');
    expectError(await c.county.get(`/api/consultations/${done.id}/report`), 404);
    expectError(await c.staff.patch(`/api/consultations/${done.id}`, { title: '改名' }), 409, 'CONSULTATION_IMPORTED');
  });
});
