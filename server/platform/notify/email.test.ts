import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.js';
import { startFakeSmtp } from '../../test/fake-smtp.js';
import { seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';

describe(`e-mail notifications when SMTP is configured (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    ctx = await createTestContext({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: '江临市政协 <noreply@example.cn>',
      PUBLIC_BASE_URL: 'https://lvzhi.example.cn',
    });
    fx = await seedFixture(ctx.platform);
    await ctx.platform.db
      .updateTable('users')
      .set({ email: 'zhou@example.cn' })
      .where('id', '=', fx.users.staff!.id)
      .execute();
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
  });

  it('sends each notice once by e-mail to a user who has an address, with a link into the app', async () => {
    const { notify, db, jobs } = ctx.platform;
    await inTransaction(db, (trx) =>
      notify.send(trx, {
        orgId: fx.city,
        userIds: [fx.users.staff!.id, fx.users.leader!.id],
        kind: 'proposal.accepted',
        title: '提案已立案',
        body: '您的提案已立案。',
        link: '/proposals/12',
        dedupeKey: 'email-test',
      }),
    );
    await jobs.drain();
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to.join()).toContain('zhou@example.cn');
    expect(smtp.mails[0]!.data).toContain('https://lvzhi.example.cn/proposals/12');
    const row = await db
      .selectFrom('notifications')
      .select('emailed_at')
      .where('user_id', '=', fx.users.staff!.id)
      .executeTakeFirstOrThrow();
    expect(row.emailed_at).not.toBeNull();
    // The same notice again (same dedupe key) is neither stored nor mailed twice.
    await inTransaction(db, (trx) =>
      notify.send(trx, {
        orgId: fx.city,
        userIds: [fx.users.staff!.id],
        kind: 'proposal.accepted',
        title: '提案已立案',
        dedupeKey: 'email-test',
      }),
    );
    await jobs.drain();
    expect(smtp.mails).toHaveLength(1);
  });
});
