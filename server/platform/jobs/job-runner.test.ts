import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type TestContext } from '../../test/harness.js';
import { MINUTE } from '../clock.js';

describe(`background jobs (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  const jobs = () => ctx.platform.jobs;

  it('queues many jobs of one kind in batches, each run once with its own payload', async () => {
    const ran: number[] = [];
    jobs().handle('test.many', async (job) => {
      ran.push((job.payload as { n: number }).n);
      return null;
    });
    const payloads = Array.from({ length: 1_201 }, (_, n) => ({ n }));
    const queued = await inTransaction(ctx.platform.db, (trx) =>
      jobs().enqueueMany(trx, 'test.many', payloads, { orgId: fx.city }),
    );
    expect(queued).toBe(1_201);
    const rows = await ctx.platform.db
      .selectFrom('jobs')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('kind', '=', 'test.many')
      .where('status', '=', 'queued')
      .where('org_id', '=', fx.city)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(1_201);
    expect(await jobs().drain()).toBe(1_201);
    expect(ran.sort((a, b) => a - b)).toEqual(payloads.map((p) => p.n));
    expect(await jobs().enqueueMany(ctx.platform.db, 'test.many', [])).toBe(0);
  });

  it('runs an enqueued job, records its progress and result, and shows them to whoever started it', async () => {
    const seen: { progress: number; total: number; message: string | null }[] = [];
    jobs().handle('test.export', async (job, progress) => {
      const { rows } = job.payload as { rows: number };
      for (let done = 0; done < rows; done += 50) {
        await progress.progress(done + 50, rows, `已导出 ${done + 50} 行`);
        const now = await jobs().status(job.id);
        seen.push({ progress: now!.progress, total: now!.total, message: now!.message });
      }
      return { file: '委员名册.xlsx', rows };
    });
    const id = await jobs().enqueue(
      ctx.platform.db,
      'test.export',
      { rows: 150 },
      { orgId: fx.city, createdBy: fx.users.staff!.id },
    );
    expect((await jobs().status(id))?.status).toBe('queued');
    expect(await jobs().drain()).toBe(1);
    expect(seen).toEqual([
      { progress: 50, total: 150, message: '已导出 50 行' },
      { progress: 100, total: 150, message: '已导出 100 行' },
      { progress: 150, total: 150, message: '已导出 150 行' },
    ]);

    const staff = await login(ctx, 'staff', PASSWORD);
    const res = await staff.get(`/api/jobs/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'done',
      progress: 150,
      total: 150,
      result: { file: '委员名册.xlsx', rows: 150 },
    });
    expect(res.json().finishedAt).toBeTruthy();
    // Someone else's job does not exist for you.
    expectError(await (await login(ctx, 'leader', PASSWORD)).get(`/api/jobs/${id}`), 404, 'JOB_NOT_FOUND');
    expectError(await staff.get('/api/jobs/999999'), 404, 'JOB_NOT_FOUND');
  });

  it('runs a job enqueued twice under one dedupe key only once', async () => {
    let runs = 0;
    jobs().handle('test.remind', async () => {
      runs++;
    });
    const first = await jobs().enqueue(
      ctx.platform.db,
      'test.remind',
      { proposalId: 7 },
      { dedupeKey: 'remind:proposal:7:2026-03' },
    );
    const second = await inTransaction(ctx.platform.db, (trx) =>
      jobs().enqueue(trx, 'test.remind', { proposalId: 7 }, { dedupeKey: 'remind:proposal:7:2026-03' }),
    );
    expect(second).toBe(first);
    await jobs().drain();
    await jobs().enqueue(ctx.platform.db, 'test.remind', { proposalId: 7 }, { dedupeKey: 'remind:proposal:7:2026-03' });
    await jobs().drain();
    expect(runs).toBe(1);
  });

  it("waits for a job's run time", async () => {
    let runs = 0;
    jobs().handle('test.later', async () => {
      runs++;
    });
    const id = await jobs().enqueue(
      ctx.platform.db,
      'test.later',
      {},
      { runAt: new Date(ctx.clock.now().getTime() + 30 * MINUTE) },
    );
    await jobs().drain();
    expect(runs).toBe(0);
    ctx.clock.advance(31 * MINUTE);
    await jobs().drain();
    expect(runs).toBe(1);
    expect((await jobs().status(id))?.status).toBe('done');
  });

  it('takes over a job whose worker died once its lease runs out', async () => {
    const ran: number[] = [];
    jobs().handle('test.import', async (job) => {
      ran.push(job.attempts);
      return { imported: 10 };
    });
    const id = await jobs().enqueue(ctx.platform.db, 'test.import', { file: 'roster.xlsx' });
    // A worker claimed it (lease of ten minutes) and then the process was killed.
    const lease = new Date(ctx.clock.now().getTime() + 10 * MINUTE).toISOString();
    await ctx.platform.db
      .updateTable('jobs')
      .set({ status: 'running', locked_until: lease, attempts: 1 })
      .where('id', '=', id)
      .execute();
    expect(await jobs().drain()).toBe(0); // the lease is still held
    ctx.clock.advance(11 * MINUTE);
    expect(await jobs().drain()).toBe(1);
    expect(ran).toEqual([2]);
    expect(await jobs().status(id)).toMatchObject({ status: 'done', result: { imported: 10 } });
  });

  it("does not let a worker whose lease was taken over overwrite the new worker's outcome", async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    jobs().handle('test.slow', async () => {
      calls++;
      if (calls === 1) {
        // The first worker stalls past its lease; meanwhile a second one takes the job over and finishes.
        ctx.clock.advance(11 * MINUTE);
        await new Promise<void>((r) => (release = r));
        return { by: 'stale worker' };
      }
      return { by: 'second worker' };
    });
    const id = await jobs().enqueue(ctx.platform.db, 'test.slow', {});
    const stale = jobs().drain();
    while (calls < 1) await new Promise((r) => setTimeout(r, 5));
    await jobs().drain();
    release();
    await stale;
    expect(await jobs().status(id)).toMatchObject({ status: 'done', result: { by: 'second worker' } });
  });

  it('retries a failing job with a growing delay, then marks it failed with a message', async () => {
    let attempts = 0;
    jobs().handle('test.flaky', async () => {
      attempts++;
      throw Object.assign(new Error('邮件服务器无响应'), { expose: true });
    });
    const id = await jobs().enqueue(ctx.platform.db, 'test.flaky', {});
    await jobs().drain();
    expect(await jobs().status(id)).toMatchObject({ status: 'queued', message: '邮件服务器无响应' });
    await jobs().drain();
    expect(attempts).toBe(1); // not before its retry time
    ctx.clock.advance(MINUTE + 1000);
    await jobs().drain();
    expect(attempts).toBe(2);
    ctx.clock.advance(MINUTE + 1000);
    await jobs().drain();
    expect(attempts).toBe(2); // the second retry waits two minutes
    ctx.clock.advance(MINUTE);
    await jobs().drain();
    expect(attempts).toBe(3);
    expect(await jobs().status(id)).toMatchObject({ status: 'failed', message: '邮件服务器无响应' });
    ctx.clock.advance(60 * MINUTE);
    await jobs().drain();
    expect(attempts).toBe(3);
  });

  it('fails at once on a permanent error, and hides internal messages', async () => {
    jobs().handle('test.broken', async () => {
      throw Object.assign(new Error('SQLITE_CORRUPT: database disk image is malformed'), { permanent: true });
    });
    const id = await jobs().enqueue(ctx.platform.db, 'test.broken', {});
    await jobs().drain();
    expect(await jobs().status(id)).toMatchObject({ status: 'failed', message: '任务执行失败' });
  });

  it('gives up on a job whose worker died on its last attempt instead of leaving it running forever', async () => {
    jobs().handle('test.crashy', async () => ({}));
    const id = await jobs().enqueue(ctx.platform.db, 'test.crashy', {});
    const lease = new Date(ctx.clock.now().getTime() + 10 * MINUTE).toISOString();
    await ctx.platform.db
      .updateTable('jobs')
      .set({ status: 'running', locked_until: lease, attempts: 3 })
      .where('id', '=', id)
      .execute();
    ctx.clock.advance(11 * MINUTE);
    await jobs().drain();
    expect(await jobs().status(id)).toMatchObject({ status: 'failed', message: '任务多次中断，已停止' });
  });

  it('runs a recurring task on its interval, and one failing task does not stop the others', async () => {
    const runs: string[] = [];
    jobs().every('test.scan-deadlines', 15 * MINUTE, async () => {
      runs.push('scan');
    });
    jobs().every('test.always-fails', 15 * MINUTE, async () => {
      runs.push('fail');
      throw new Error('boom');
    });
    await jobs().tick();
    await jobs().tick();
    expect(runs.filter((r) => r === 'scan')).toHaveLength(1);
    ctx.clock.advance(14 * MINUTE);
    await jobs().tick();
    expect(runs.filter((r) => r === 'scan')).toHaveLength(1);
    ctx.clock.advance(2 * MINUTE);
    await jobs().tick();
    expect(runs).toEqual(['scan', 'fail', 'scan', 'fail']);
  });
});
