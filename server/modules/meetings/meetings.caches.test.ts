// The meetings module's read caches (meetings.caches.ts) never answer with what a write has
// changed: a member's "my meetings", the attendance board and the meeting's detail are read
// (twice, so the second comes from the cache), then every kind of write is made and the very
// next read must show it — through the same instance, and through a second instance on the
// same database whose caches hold what it read before (as behind a load balancer), and after
// a write by another client straight to the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCacheCounts } from '../../platform/read-cache.js';
import { writeElsewhere } from '../../test/read-cache-scenarios.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import {
  cachesOn,
  client,
  createSecondInstance,
  createTestContext,
  ENGINE,
  login,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import type { App } from '../../app.js';
import { kindIds } from './core/meetings.test-helpers.js';

type Reader = (c: Client) => Client;

/** Reads what each viewer sees: twice, so that the second read is served from the cache. */
function views(read: Reader, who: { staff: Client; zhang: Client; wang: Client }, id: number) {
  const twice = async (c: Client, path: string) => {
    const r = read(c);
    const first = await r.get(path);
    expect(first.statusCode, first.body).toBe(200);
    const second = await r.get(path);
    expect(second.body).toBe(first.body);
    return second.json();
  };
  const mine = async (c: Client) =>
    ((await twice(c, '/api/meetings')).items as { id: number; title: string; status: string; myReply: string }[]).find(
      (m) => m.id === id,
    );
  return {
    zhang: () => mine(who.zhang),
    wang: () => mine(who.wang),
    detail: () => twice(who.staff, `/api/meetings/${id}`),
    board: () => twice(who.staff, `/api/meetings/${id}/attendance`),
    row: async (memberId: number) =>
      (await twice(who.staff, `/api/meetings/${id}/attendance`)).rows.items.find(
        (r: { memberId: number }) => r.memberId === memberId,
      ),
  };
}

async function everyWriteShows(ctx: TestContext, fx: Fixture, read: Reader) {
  const [staff, zhang, li, wang] = await Promise.all(
    ['staff', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang'].map((u) => login(ctx, u, PASSWORD)),
  );
  const kinds = await kindIds(staff);
  const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
  const draft = await staff.post('/api/meetings', {
    kindId: kinds.consult_topic,
    title: '社区养老服务设施建设专题协商会',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    venue: '市政协机关二楼会议室',
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json().id as number;
  const v = views(read, { staff, zhang, wang }, id);
  const ok = async (res: Promise<{ statusCode: number; body: string }>) =>
    expect((await res).statusCode).toBeLessThan(300);

  // Invited to a draft: not in his list yet; the board already counts him.
  expect(await v.zhang()).toBeUndefined();
  expect((await v.board()).invited).toBe(0);
  await ok(
    staff.post(`/api/meetings/${id}/invitations`, { audience: { memberIds: [fx.members.zhang, fx.members.li] } }),
  );
  expect((await v.board()).invited).toBe(2);
  expect(await v.zhang()).toBeUndefined();

  await ok(staff.post(`/api/meetings/${id}/publish`));
  expect(await v.zhang()).toMatchObject({ status: 'published', myReply: 'pending' });
  expect((await v.detail()).replies).toMatchObject({ pending: 2, attending: 0 });

  await ok(staff.patch(`/api/meetings/${id}`, { title: '社区嵌入式养老服务设施建设专题协商会' }));
  expect((await v.zhang())!.title).toBe('社区嵌入式养老服务设施建设专题协商会');
  expect((await v.detail()).title).toBe('社区嵌入式养老服务设施建设专题协商会');

  await ok(zhang.post(`/api/meetings/${id}/attend`));
  expect((await v.zhang())!.myReply).toBe('attending');
  expect((await v.detail()).replies).toMatchObject({ pending: 1, attending: 1 });
  expect((await v.board()).replies).toMatchObject({ pending: 1, attending: 1 });

  await ok(li.post(`/api/meetings/${id}/leave`, { reason: '赴外地参加行业会议' }));
  expect((await v.row(fx.members.li!)).reply).toBe('leave_requested');
  const liInvitation = (await v.row(fx.members.li!)).id as number;
  await ok(staff.post(`/api/meetings/${id}/invitations/${liInvitation}/leave-decision`, { approve: true }));
  expect(await v.row(fx.members.li!)).toMatchObject({ reply: 'leave_approved', attendance: 'leave' });

  const code = (await staff.get(`/api/meetings/${id}/checkin-code`)).json().code as string;
  await ok(zhang.post(`/api/meetings/${id}/checkin`, { code }));
  expect(await v.row(fx.members.zhang!)).toMatchObject({ attendance: 'attended', checkinMethod: 'qr' });
  expect((await v.board()).present).toBe(1);

  const zhangInvitation = (await v.row(fx.members.zhang!)).id as number;
  await ok(staff.post(`/api/meetings/${id}/invitations/${zhangInvitation}/checkout`));
  expect((await v.row(fx.members.zhang!)).checkedOutAt).not.toBeNull();

  expect(await v.wang()).toBeUndefined();
  await ok(staff.post(`/api/meetings/${id}/walk-ins`, { memberId: fx.members.wang }));
  expect(await v.row(fx.members.wang!)).toMatchObject({ attendance: 'walk_in' });
  expect(await v.wang()).toMatchObject({ status: 'published' });

  // Another client writes straight to the database (psql, a CLI on the same file).
  await writeElsewhere(ctx.config, 'update meetings set title = $1 where id = $2', ['养老服务设施专题协商会', id]);
  expect((await v.zhang())!.title).toBe('养老服务设施专题协商会');
  expect((await v.detail()).title).toBe('养老服务设施专题协商会');

  await ok(staff.post(`/api/meetings/${id}/cancel`, { reason: '会期调整，另行通知' }));
  expect((await v.zhang())!.status).toBe('cancelled');
  expect((await v.detail()).status).toBe('cancelled');
}

describe(`meetings' read caches answer as the database does (${ENGINE})`, () => {
  let a: TestContext;
  let b: App & { close(): Promise<void> };
  let fx: Fixture;
  beforeAll(async () => {
    a = await createTestContext();
    fx = await seedFixture(a.platform);
    b = await createSecondInstance(a);
    await cachesOn(a.platform);
    await cachesOn(b.platform);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('every write shows on the next read through the same instance', async () => {
    const hits = () =>
      ['meetings.mine', 'meetings.board', 'meetings.replies'].map((n) => readCacheCounts().get(n)?.hits ?? 0);
    const before = hits();
    await everyWriteShows(a, fx, (c) => c);
    // The reads above were served from the caches (else this test would prove nothing about them).
    hits().forEach((n, i) => expect(n).toBeGreaterThan(before[i]!));
  });

  it('every write made through one instance shows on the next read through another', async () => {
    const onB = (c: Client) => {
      const copy = client(b);
      Object.assign(copy.cookies, c.cookies);
      copy.csrf = c.csrf;
      return copy;
    };
    await everyWriteShows(a, fx, onB);
  });
});
