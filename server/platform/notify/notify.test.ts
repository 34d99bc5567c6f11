import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { MINUTE } from '../clock.js';
import { NOTICE_BATCH, type Notice } from './notifier.js';

describe(`notifications (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let member2: Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    member = await login(ctx, 'zhangjianguo', PASSWORD);
    member2 = await login(ctx, 'lixiaomei', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const send = (notice: Partial<Notice> & Pick<Notice, 'title'>) =>
    inTransaction(ctx.platform.db, (trx) =>
      ctx.platform.notify.send(trx, {
        orgId: fx.city,
        userIds: [fx.users.member!.id],
        kind: 'proposal.assigned',
        ...notice,
      }),
    );

  it('lists my notices newest first with the unread count, marks one read and then all', async () => {
    await send({
      title: '您的提案已立案',
      body: '《关于推进老旧小区加装电梯的建议》已立案，交市住建局办理。',
      link: '/proposals/12',
      objectType: 'proposal',
      objectId: 12,
    });
    ctx.clock.advance(MINUTE);
    await send({ title: '请于3月20日前反馈办理意见', kind: 'proposal.feedback-due' });
    ctx.clock.advance(MINUTE);
    await send({
      title: '全体委员会议通知',
      kind: 'meeting.invite',
      userIds: [fx.users.member!.id, fx.users.member2!.id],
    });

    const list = (await member.get('/api/notifications')).json();
    expect(list.total).toBe(3);
    expect(list.unread).toBe(3);
    expect(list.items.map((n: { title: string }) => n.title)).toEqual([
      '全体委员会议通知',
      '请于3月20日前反馈办理意见',
      '您的提案已立案',
    ]);
    expect(list.items[2]).toMatchObject({ link: '/proposals/12', objectType: 'proposal', objectId: '12', read: false });
    expect((await member.get('/api/notifications/unread-count')).json()).toEqual({ unread: 3 });

    const first = list.items[2].id as number;
    expect((await member.post(`/api/notifications/${first}/read`)).json()).toEqual({ ok: true });
    // Marking it again is harmless.
    expect((await member.post(`/api/notifications/${first}/read`)).statusCode).toBe(200);
    expect((await member.get('/api/notifications/unread-count')).json()).toEqual({ unread: 2 });
    const unreadOnly = (await member.get('/api/notifications?unread=true')).json();
    expect(unreadOnly.items.map((n: { id: number }) => n.id)).not.toContain(first);
    expect(unreadOnly.total).toBe(2);

    expect((await member.post('/api/notifications/read-all')).json()).toEqual({ ok: true });
    expect((await member.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
    // Another user's copy of the shared notice is still unread.
    expect((await member2.get('/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
  });

  it('pages the list', async () => {
    for (let i = 1; i <= 5; i++)
      await send({ title: `学习提醒 ${i}`, kind: 'study.reminder', userIds: [fx.users.member3!.id] });
    const c = await login(ctx, 'wangzhiqiang', PASSWORD);
    const page2 = (await c.get('/api/notifications?page=2&pageSize=2')).json();
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2, unread: 5 });
    expect(page2.items.map((n: { title: string }) => n.title)).toEqual(['学习提醒 3', '学习提醒 2']);
    expectError(await c.get('/api/notifications?pageSize=1000'), 400, 'VALIDATION_FAILED');
  });

  it('sends a reminder with a dedupe key once per recipient, however often the scan runs', async () => {
    const reminder = {
      title: '提案答复即将到期',
      kind: 'proposal.reply-due',
      dedupeKey: 'reply-due:proposal:31:2026-04-01',
      userIds: [fx.users.unit!.id, fx.users.unit2!.id],
    };
    expect(await send(reminder)).toBe(2);
    expect(await send(reminder)).toBe(0);
    expect(await send({ ...reminder, userIds: [fx.users.unit!.id, fx.users.unit3!.id] })).toBe(1);
    const rows = await ctx.platform.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'proposal.reply-due')
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual(
      [fx.users.unit!.id, fx.users.unit2!.id, fx.users.unit3!.id].sort(),
    );
    // The same user listed twice gets one notice.
    expect(
      await send({ title: '重复收件人', kind: 'dup.test', userIds: [fx.users.leader!.id, fx.users.leader!.id] }),
    ).toBe(1);
  });

  it("does not let a user read or mark another user's notice", async () => {
    await send({ title: '仅本人可见的通知', kind: 'private.test', userIds: [fx.users.member2!.id] });
    const theirs = (await member2.get('/api/notifications'))
      .json()
      .items.find((n: { title: string }) => n.title === '仅本人可见的通知');
    expectError(await member.post(`/api/notifications/${theirs.id}/read`), 404, 'NOT_FOUND');
    expect((await member.get('/api/notifications')).json().items.map((n: { id: number }) => n.id)).not.toContain(
      theirs.id,
    );
    const still = await ctx.platform.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(still.read_at).toBeNull();
    expectError(await member.post('/api/notifications/99999999/read'), 404);
    expectError(await member.post('/api/notifications/abc/read'), 400, 'VALIDATION_FAILED');
    expectError(await ctx.app.inject({ method: 'GET', url: '/api/notifications' }), 401);
  });

  it('tells a whole body in batches: every account once, a repeat with the same key adds none', async () => {
    const at = ctx.clock.now().toISOString();
    const accounts = Array.from({ length: NOTICE_BATCH * 2 + 37 }, (_, i) => ({
      org_id: fx.city,
      username: `body${i}`,
      display_name: `委员${i}`,
      password_hash: 'x',
      roles: '["member"]',
      created_at: at,
      updated_at: at,
    }));
    const ids: number[] = [];
    for (let i = 0; i < accounts.length; i += 200)
      ids.push(
        ...(
          await ctx.platform.db
            .insertInto('users')
            .values(accounts.slice(i, i + 200))
            .returning('id')
            .execute()
        ).map((r) => r.id),
      );
    const notice = {
      title: '全体会议通知',
      kind: 'meeting.published',
      userIds: [...ids, ids[0]!],
      dedupeKey: 'body:1',
    };
    expect(await send(notice)).toBe(ids.length);
    expect(await send(notice)).toBe(0);
    const rows = await ctx.platform.db
      .selectFrom('notifications')
      .select(['user_id', 'dedupe_key'])
      .where('dedupe_key', 'like', 'body:1:%')
      .execute();
    expect(rows).toHaveLength(ids.length);
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set(ids));
  });
});
