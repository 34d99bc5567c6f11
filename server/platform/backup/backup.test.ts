import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import type { Engine } from '../../db/dialect.js';
import { inTransaction } from '../../db/tx.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import {
  createPgDatabase,
  createTestContext,
  ENGINE,
  login,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { createAuditLog } from '../audit/audit-log.js';
import { systemClock } from '../clock.js';
import { createBackup } from './backup.js';
import { BackupError, MANIFEST_FILE, type Manifest } from './manifest.js';
import { restoreBackup, RestoreRefused } from './restore.js';
import { countRows, listTables } from './schema-info.js';

const OTHER: Engine = ENGINE === 'sqlite' ? 'postgres' : 'sqlite';
// Moving data between engines needs both: without a PostgreSQL server (TEST_DATABASE_URL) this
// one case is skipped; .ci/run always provides one, so CI never skips it.
const canCrossEngine = Boolean(process.env.TEST_DATABASE_URL);

interface Target {
  config: Config;
  drop(): Promise<void>;
}

/** An empty data directory (and, for PostgreSQL, an empty database) sharing the source's data key. */
async function emptyTarget(engine: Engine, dataKey: Buffer): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lvzhi-restore-target-'));
  const pgDb = engine === 'postgres' ? await createPgDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LVZHI_DATA_KEY: dataKey.toString('hex'),
    LOG_LEVEL: 'silent',
    ...(pgDb ? { DATABASE_URL: pgDb.url, DATABASE_POOL_SIZE: '2' } : {}),
  });
  return {
    config,
    async drop() {
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function png(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 24 + (seed % 7),
      height: 16,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: 120 },
    },
  })
    .png()
    .toBuffer();
}

/** What a restore must reproduce: row counts of every table, the audit head, every stored file's bytes. */
async function fingerprint(config: Config) {
  const database = openDatabase(config);
  try {
    const tables = (await listTables(database.db, database.engine)).map((t) => t.name);
    const counts = await countRows(database.db, tables);
    const report = await createAuditLog({ db: database.db, clock: systemClock }).verify();
    const head = await database.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
    const files = await database.db.selectFrom('files').select(['id', 'sha256', 'storage_key']).orderBy('id').execute();
    const onDisk = files.map((f) => ({
      id: f.id,
      recorded: f.sha256,
      actual: createHash('sha256')
        .update(readFileSync(join(config.filesDir, f.storage_key)))
        .digest('hex'),
    }));
    const uploads = await database.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'file.upload')
      .execute();
    const notices = await database.db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'backup.test')
      .execute();
    const noticeAudits = await database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('object_type', '=', 'backup-test')
      .execute();
    return {
      counts,
      report,
      head,
      onDisk,
      uploads: uploads.map((u) => u.object_id).sort(),
      notices: notices.length,
      noticeAudits: noticeAudits.length,
    };
  } finally {
    await database.close();
  }
}

describe(`backup and restore (${ENGINE})`, () => {
  let src: TestContext;
  let fx: Fixture;
  let staff: Client;
  let backupDir: string;
  let backup: { path: string; manifest: Manifest };
  const targets: Target[] = [];

  beforeAll(async () => {
    src = await createTestContext();
    fx = await seedFixture(src.platform);
    staff = await login(src, 'staff', PASSWORD);
    backupDir = mkdtempSync(join(tmpdir(), 'lvzhi-backups-'));
    // Enough rows that the backup reads notifications in several pages while writers go on.
    const now = src.clock.now().toISOString();
    for (let chunk = 0; chunk < 5; chunk++) {
      await src.platform.db
        .insertInto('notifications')
        .values(
          Array.from({ length: 500 }, (_, i) => ({
            org_id: fx.city,
            user_id: fx.users.member!.id,
            kind: 'bulk',
            title: `第${chunk * 500 + i + 1}条提醒：请按时提交年度履职报告`,
            created_at: now,
          })),
        )
        .execute();
    }
  });
  afterAll(async () => {
    for (const t of targets) await t.drop();
    await src?.close();
    if (backupDir) rmSync(backupDir, { recursive: true, force: true });
  });

  async function upload(i: number): Promise<void> {
    const { payload, headers } = multipartFile(`现场照片-${i}.png`, await png(i), 'image/png');
    const res = await staff.request({ method: 'POST', url: '/api/files?purpose=attachment', payload, headers });
    expect(res.statusCode).toBe(201);
  }

  async function noticeWithAudit(i: number): Promise<void> {
    await inTransaction(src.platform.db, async (trx) => {
      await src.platform.notify.send(trx, {
        orgId: fx.city,
        userIds: [fx.users.member2!.id],
        kind: 'backup.test',
        title: `会议通知 ${i}`,
      });
      await src.platform.audit.append(
        trx,
        { kind: 'system', name: 'backup-test' },
        { action: 'demo.seed', objectType: 'backup-test', objectId: i, orgId: fx.city },
      );
    });
  }

  it('backs up while writes go on, and a restore into an empty target has the same rows, audit chain and files', async () => {
    for (let i = 0; i < 3; i++) await upload(i);
    let stop = false;
    let writes = 0;
    const writer = (async () => {
      for (let i = 100; !stop; i++) {
        await upload(i);
        await noticeWithAudit(i);
        writes++;
      }
    })();
    while (writes < 2) await new Promise((r) => setTimeout(r, 5));
    const progress: string[] = [];
    let midway = 0;
    backup = await createBackup(src.config, {
      outDir: backupDir,
      onProgress: async (line) => {
        progress.push(line);
        // Between reading audit_log and reading files, more uploads commit (the backup must not
        // block them): a backup that read each table at its own moment would hold their files
        // rows without their audit entries.
        if (line.startsWith('  audit_log:')) {
          for (let i = 0; i < 3; i++) await upload(500 + i);
          await noticeWithAudit(500);
          midway = 4;
        }
      },
    });
    expect(midway).toBe(4);
    const afterBackup = writes;
    while (writes < afterBackup + 2) await new Promise((r) => setTimeout(r, 5));
    stop = true;
    await writer;

    expect(backup.manifest.problems).toEqual([]);
    expect(progress.some((l) => l.includes('snapshot taken'))).toBe(true);
    expect(backup.manifest.migrations.length).toBeGreaterThan(0);
    expect(backup.manifest.blobs.count).toBe(backup.manifest.tables.find((t) => t.name === 'files')!.rows);
    // The server kept writing after the snapshot: the live database is ahead of the backup.
    const live = await fingerprint(src.config);
    expect(live.counts.files).toBeGreaterThan(backup.manifest.tables.find((t) => t.name === 'files')!.rows);

    const target = await emptyTarget(ENGINE, src.config.dataKey);
    targets.push(target);
    const summary = await restoreBackup(target.config, { source: backup.path });
    expect(summary.audit).toMatchObject({
      ok: true,
      headSeq: backup.manifest.audit.headSeq,
      headHash: backup.manifest.audit.headHash,
    });

    const restored = await fingerprint(target.config);
    for (const t of backup.manifest.tables) expect(restored.counts[t.name], t.name).toBe(t.rows);
    expect(restored.report.ok).toBe(true);
    expect(restored.head).toEqual({ seq: backup.manifest.audit.headSeq, hash: backup.manifest.audit.headHash });
    expect(restored.onDisk.length).toBe(backup.manifest.blobs.count);
    for (const f of restored.onDisk) expect(f.actual, f.id).toBe(f.recorded);
    // One snapshot: every upload row has its audit entry and every audit entry its row.
    expect(restored.uploads).toEqual(restored.onDisk.map((f) => f.id).sort());
    expect(restored.notices).toBe(restored.noticeAudits);

    // The restored deployment works: sign-in, and the file downloads byte for byte.
    const app = await createTestContext(
      {
        DATA_DIR: target.config.dataDir,
        LVZHI_DATA_KEY: src.config.dataKey.toString('hex'),
        ...(target.config.database.kind === 'postgres' ? { DATABASE_URL: target.config.database.url } : {}),
      },
      { migrate: false },
    );
    try {
      const c = await login(app, 'staff', PASSWORD);
      const file = restored.onDisk[0]!;
      const res = await c.get(`/api/files/${file.id}`);
      expect(res.statusCode).toBe(200);
      expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(file.recorded);
      // New rows get new ids after the restored ones (sequences moved on).
      const { payload, headers } = multipartFile('新照片.png', await png(7), 'image/png');
      expect((await c.request({ method: 'POST', url: '/api/files', payload, headers })).statusCode).toBe(201);
      const n = await app.platform.db
        .insertInto('notifications')
        .values({
          org_id: fx.city,
          user_id: fx.users.staff!.id,
          kind: 'after',
          title: '恢复后的通知',
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(n.id).toBeGreaterThan(restored.counts.notifications!);
    } finally {
      await app.close();
    }
  });

  it('refuses a target that is not empty, and --force replaces it (from a .tar.gz)', async () => {
    const target = await emptyTarget(ENGINE, src.config.dataKey);
    targets.push(target);
    await restoreBackup(target.config, { source: backup.path });
    const again = restoreBackup(target.config, { source: backup.path });
    await expect(again).rejects.toBeInstanceOf(RestoreRefused);
    await expect(restoreBackup(target.config, { source: backup.path })).rejects.toThrow(
      /not empty[\s\S]*audit_log: \d+ rows[\s\S]*--force/,
    );

    const tar = await createBackup(src.config, {
      outDir: backupDir,
      tarGz: true,
      now: new Date('2026-03-02T03:04:05Z'),
    });
    expect(tar.path.endsWith('lvzhi-backup-20260302T030405Z.tar.gz')).toBe(true);
    const summary = await restoreBackup(target.config, { source: tar.path, force: true });
    expect(summary.audit.ok).toBe(true);
    expect(summary.movedAside).toBeTruthy();
    const restored = await fingerprint(target.config);
    for (const t of tar.manifest.tables) expect(restored.counts[t.name], t.name).toBe(t.rows);
  });

  it('refuses a backup made by a newer version, a damaged one, and one sealed with another data key', async () => {
    const copy = join(backupDir, 'edited');
    rmSync(copy, { recursive: true, force: true });
    const { cpSync } = await import('node:fs');
    cpSync(backup.path, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, MANIFEST_FILE), 'utf8')) as Manifest;
    const target = await emptyTarget(ENGINE, src.config.dataKey);
    targets.push(target);

    writeFileSync(
      join(copy, MANIFEST_FILE),
      JSON.stringify({ ...manifest, migrations: [...manifest.migrations, '209912310000_from_the_future'] }),
    );
    await expect(restoreBackup(target.config, { source: copy })).rejects.toThrow(
      /newer version of Lvzhi[\s\S]*209912310000_from_the_future/,
    );

    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify(manifest));
    const other = await emptyTarget(ENGINE, randomBytes(32));
    targets.push(other);
    await expect(restoreBackup(other.config, { source: copy })).rejects.toThrow(/LVZHI_DATA_KEY differs/);

    const usersFile = join(copy, 'tables', 'users.ndjson');
    writeFileSync(usersFile, readFileSync(usersFile, 'utf8').replace('周秘书', '周秘书长'));
    await expect(restoreBackup(target.config, { source: copy })).rejects.toBeInstanceOf(BackupError);
    await expect(restoreBackup(target.config, { source: copy })).rejects.toThrow(/users\.ndjson fails its checksum/);
    // The failed restore left the target empty: nothing half-restored.
    const state = await fingerprint(target.config);
    expect(state.counts.users ?? 0).toBe(0);
    expect(state.onDisk).toEqual([]);
  });

  it.skipIf(!canCrossEngine)(`moves data between engines: ${ENGINE} backup restored into ${OTHER}`, async () => {
    const target = await emptyTarget(OTHER, src.config.dataKey);
    targets.push(target);
    const summary = await restoreBackup(target.config, { source: backup.path });
    expect(summary.audit.ok).toBe(true);
    const restored = await fingerprint(target.config);
    for (const t of backup.manifest.tables) {
      if (summary.skipped.includes(`table ${t.name}`)) continue;
      expect(restored.counts[t.name], t.name).toBe(t.rows);
    }
    expect(restored.head).toEqual({ seq: backup.manifest.audit.headSeq, hash: backup.manifest.audit.headHash });
    for (const f of restored.onDisk) expect(f.actual).toBe(f.recorded);
    // Personal data sealed on one engine reads back on the other.
    const app = await createTestContext(
      {
        DATA_DIR: target.config.dataDir,
        LVZHI_DATA_KEY: src.config.dataKey.toString('hex'),
        ...(target.config.database.kind === 'postgres' ? { DATABASE_URL: target.config.database.url } : {}),
      },
      { migrate: false, engine: OTHER },
    );
    try {
      const row = await app.platform.db
        .selectFrom('members')
        .select('phone_enc')
        .where('id', '=', fx.members.zhang!)
        .executeTakeFirstOrThrow();
      expect(app.platform.cipher.decrypt(row.phone_enc!)).toBe('13800138001');
      await login(app, 'zhangjianguo', PASSWORD);
    } finally {
      await app.close();
    }
  });
});
