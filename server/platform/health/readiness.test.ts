// GET /readyz: ready only with every migration applied, the database answering and the file
// store answering; otherwise 503 naming what is wrong. /healthz is not affected by migrations.
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { createTestContext, ENGINE, expectError, type TestContext } from '../../test/harness.js';
import { migrateTo } from '../backup/target.js';

describe(`readiness (${ENGINE})`, () => {
  const opened: TestContext[] = [];
  const open = async (...args: Parameters<typeof createTestContext>) => {
    const ctx = await createTestContext(...args);
    opened.push(ctx);
    return ctx;
  };
  afterAll(async () => {
    for (const c of opened) await c.close();
  });
  const names = Object.keys(migrations);

  it('is ready when migrated, with the database and the file store answering', async () => {
    const ctx = await open();
    const res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', fileStore: 'ok' } });
  });

  it('is not ready before the migrations have run, or with one still pending', async () => {
    const ctx = await open({}, { migrate: false });
    let res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expectError(res, 503, 'NOT_READY');
    expect(res.json().error.details).toEqual({ database: 'ok', migrations: 'never migrated', fileStore: 'ok' });
    // The database answers, so the cheaper health check still says so.
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await migrateTo(ctx.platform.db, names[names.length - 2]!);
    res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expectError(res, 503, 'NOT_READY');
    expect(res.json().error.details.migrations).toBe(`1 pending: ${names[names.length - 1]} (run lvzhi migrate)`);
    expect(res.json().error.message).toContain('migrations: 1 pending');
  });

  it('is not ready while the object store does not answer', async () => {
    const ctx = await open({
      FILE_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'lvzhi-files',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    const res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expectError(res, 503, 'NOT_READY');
    const { details } = res.json().error;
    expect(details.database).toBe('ok');
    expect(details.migrations).toBe('ok');
    expect(details.fileStore).toMatch(/^object store http:\/\/127\.0\.0\.1:9: /);
  });

  it('is not ready while the database does not answer', async () => {
    const ctx = await open({ DATABASE_URL: 'postgres://lvzhi@127.0.0.1:9/lvzhi' }, { migrate: false });
    const res = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expectError(res, 503, 'NOT_READY');
    const { details } = res.json().error;
    expect(details.database).toMatch(/ECONNREFUSED/);
    expect(details.migrations).toBe('unknown');
    expect(details.fileStore).toBe('ok');
    expectError(await ctx.app.inject({ method: 'GET', url: '/healthz' }), 503);
  });
});
