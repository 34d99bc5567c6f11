// FILE_STORE=s3 as a province runs it: two app instances on one database and one bucket. A file
// uploaded through one is read through the other, with the same access checks; sealed files
// reach the bucket sealed; detached files are purged from the bucket; backup takes the objects
// and restore puts them into another bucket, from which a new instance serves them.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.js';
import { loadConfig, type Config } from '../../config.js';
import { inTransaction } from '../../db/tx.js';
import { staffActor } from '../../test/actors.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import {
  client,
  createPgDatabase,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type TestContext,
} from '../../test/harness.js';
import { plainPdf } from '../../test/hostile-files.js';
import { multipartFile } from '../../test/multipart.js';
import { startS3Server, type S3TestServer } from '../../test/s3.js';
import type { Actor } from '../access/actor.js';
import { createBackup } from '../backup/backup.js';
import { restoreBackup, RestoreRefused } from '../backup/restore.js';
import { HOUR } from '../clock.js';
import { openFileStore } from './open-store.js';
import type { FileStore } from './store.js';

async function bytesOf(store: FileStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await store.get(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Leaders may read files of the test owner type; nobody else. */
const registerTestOwner = (app: App) =>
  app.platform.files.registerOwner('test-owner', async (actor) => actor.roles.includes('leader'));

describe(`object store shared by two instances (${ENGINE})`, () => {
  let s3: S3TestServer;
  let a: TestContext;
  let b: App;
  let bDir: string;
  let fx: Fixture;
  let staff: Actor;
  const pdf = Buffer.concat([plainPdf(), Buffer.from(`% 政协提案附件 ${'办理情况说明'.repeat(200)}\n`)]);

  beforeAll(async () => {
    s3 = await startS3Server();
    const bucket = await s3.bucket('province/');
    a = await createTestContext(bucket.env);
    // Instance B: its own data folder (nothing local is shared), the same database, key and bucket.
    bDir = mkdtempSync(join(tmpdir(), 'lvzhi-instance-b-'));
    const bConfig: Config = {
      ...loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: bDir,
        LVZHI_DATA_KEY: a.config.dataKey.toString('hex'),
        LOG_LEVEL: 'silent',
        PASSWORD_HASH_COST: '10',
        ...bucket.env,
      }),
      database: a.config.database,
    };
    b = await buildApp(bConfig, { clock: a.clock, logger: false, webDir: null });
    await b.app.ready();
    registerTestOwner(a);
    registerTestOwner(b);
    fx = await seedFixture(a.platform);
    staff = staffActor(fx);
  });

  afterAll(async () => {
    await b?.app.close();
    await a?.close();
    await s3?.stop();
    if (bDir) rmSync(bDir, { recursive: true, force: true });
  });

  let uploadedId = '';

  it('serves through instance B a file uploaded through instance A, to its uploader only', async () => {
    const staffA = await login(a, 'staff', PASSWORD);
    const { payload, headers } = multipartFile('办理答复.pdf', pdf, 'application/pdf');
    const res = await staffA.request({ method: 'POST', url: '/api/files', payload, headers });
    expect(res.statusCode, res.body).toBe(201);
    uploadedId = res.json().id;
    const row = await a.platform.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', uploadedId)
      .executeTakeFirstOrThrow();
    // The bytes are in the bucket, and in no instance's data folder.
    expect((await bytesOf(a.platform.files.store, row.storage_key)).equals(pdf)).toBe(true);
    expect(readdirSync(a.dataDir)).not.toContain('files');
    expect(readdirSync(bDir)).not.toContain('files');

    const staffB = await login(b, 'staff', PASSWORD);
    const got = await staffB.get(`/api/files/${uploadedId}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-length']).toBe(String(pdf.length));
    expect(got.rawPayload.equals(pdf)).toBe(true);

    // Unattached: nobody but its uploader sees it, on either instance.
    const memberB = await login(b, 'zhangjianguo', PASSWORD);
    expectError(await memberB.get(`/api/files/${uploadedId}`), 404);
    expectError(await client(b).get(`/api/files/${uploadedId}`), 401);
  });

  it("applies the owner's access check on the instance that serves the file", async () => {
    await inTransaction(a.platform.db, (trx) => a.platform.files.attach(trx, staff, [uploadedId], 'test-owner', 7));
    const leaderB = await login(b, 'leader', PASSWORD);
    expect((await leaderB.get(`/api/files/${uploadedId}`)).rawPayload.equals(pdf)).toBe(true);
    const publicB = await login(b, 'public', PASSWORD);
    expectError(await publicB.get(`/api/files/${uploadedId}`), 404);
    const staffB = await login(b, 'staff', PASSWORD);
    expectError(await staffB.get(`/api/files/${uploadedId}`), 404);
  });

  it('keeps personal-data files sealed in the bucket and opens them on the other instance', async () => {
    const sealed = await inTransaction(a.platform.db, (trx) =>
      a.platform.files.accept(trx, staff, { data: pdf, filename: '名册.pdf' }, { allowed: ['pdf'], seal: true }),
    );
    const row = await a.platform.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', sealed.id)
      .executeTakeFirstOrThrow();
    const raw = await bytesOf(a.platform.files.store, row.storage_key);
    expect(raw.length).toBeGreaterThan(pdf.length);
    expect(raw.includes(pdf.subarray(0, 16))).toBe(false);
    expect(raw.includes(Buffer.from('办理情况说明'))).toBe(false);
    const staffB = await login(b, 'staff', PASSWORD);
    const got = await staffB.get(`/api/files/${sealed.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
  });

  it('purges a detached file from the bucket, whichever instance runs the purge', async () => {
    const extra = await inTransaction(a.platform.db, (trx) =>
      a.platform.files.accept(trx, staff, { data: pdf, filename: '旧版附件.pdf' }, { allowed: ['pdf'] }),
    );
    await inTransaction(a.platform.db, (trx) => a.platform.files.attach(trx, staff, [extra.id], 'test-owner', 8));
    const { storage_key: key } = await a.platform.db
      .selectFrom('files')
      .select('storage_key')
      .where('id', '=', extra.id)
      .executeTakeFirstOrThrow();
    await inTransaction(a.platform.db, (trx) => a.platform.files.detach(trx, [extra.id], 'test-owner', 8));
    const leaderB = await login(b, 'leader', PASSWORD);
    expectError(await leaderB.get(`/api/files/${extra.id}`), 404);
    a.clock.advance(HOUR);
    expect(await b.platform.files.purgeExpired()).toBe(1);
    expect(await a.platform.files.store.stat(key)).toBeNull();
    expect(await a.platform.db.selectFrom('files').select('id').where('id', '=', extra.id).executeTakeFirst()).toBe(
      undefined,
    );
  });

  it('backs up the objects and restores them into another bucket, served by a new instance', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lvzhi-s3-backup-'));
    const targetDir = mkdtempSync(join(tmpdir(), 'lvzhi-s3-target-'));
    const pgDb = ENGINE === 'postgres' ? await createPgDatabase() : null;
    try {
      const backup = await createBackup(a.config, { outDir: out });
      const rows = await a.platform.db.selectFrom('files').select(['storage_key', 'sha256']).execute();
      expect(rows.length).toBe(2);
      expect(backup.manifest.blobs.count).toBe(2);
      expect(backup.manifest.problems).toEqual([]);
      for (const r of rows) expect(backup.manifest.checksums[`blobs/${r.storage_key}`]).toBe(r.sha256);

      const bucket = await s3.bucket('restored/');
      const targetConfig = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: targetDir,
        LVZHI_DATA_KEY: a.config.dataKey.toString('hex'),
        LOG_LEVEL: 'silent',
        PASSWORD_HASH_COST: '10',
        ...(pgDb ? { DATABASE_URL: pgDb.url, DATABASE_POOL_SIZE: '2' } : {}),
        ...bucket.env,
      });
      // A bucket that already holds objects is not an empty target.
      const occupied = openFileStore(targetConfig);
      await occupied.put('ab/cd/abcdabcd-0000-4000-8000-000000000000', Buffer.from('已有对象'));
      await expect(restoreBackup(targetConfig, { source: backup.path })).rejects.toThrow(RestoreRefused);
      await expect(restoreBackup(targetConfig, { source: backup.path })).rejects.toThrow(
        /s3:\/\/lvzhi-t-\w+\/restored\/ is not empty \(1 stored files\)/,
      );
      await occupied.delete('ab/cd/abcdabcd-0000-4000-8000-000000000000');
      await occupied.close();

      const summary = await restoreBackup(targetConfig, { source: backup.path });
      expect(summary.blobs.count).toBe(2);
      expect(summary.audit.ok).toBe(true);

      const c = await buildApp(targetConfig, { logger: false, webDir: null });
      try {
        await c.app.ready();
        registerTestOwner(c);
        for (const r of rows) expect(await c.platform.files.store.stat(r.storage_key)).not.toBeNull();
        const leader = await login(c, 'leader', PASSWORD);
        expect((await leader.get(`/api/files/${uploadedId}`)).rawPayload.equals(pdf)).toBe(true);
        const staff = await login(c, 'staff', PASSWORD);
        const sealedId = (
          await c.platform.db.selectFrom('files').select('id').where('sealed', '=', 1).executeTakeFirstOrThrow()
        ).id;
        expect((await staff.get(`/api/files/${sealedId}`)).rawPayload.equals(pdf)).toBe(true);
      } finally {
        await c.app.close();
      }
    } finally {
      await pgDb?.drop();
      rmSync(out, { recursive: true, force: true });
      rmSync(targetDir, { recursive: true, force: true });
    }
  });
});
