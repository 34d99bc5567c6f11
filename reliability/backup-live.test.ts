// Issue 5 item 2, end to end: `lvzhi backup` run as its own process while the real server
// process takes proposal workflow writes and file uploads; `lvzhi restore` of that backup
// into an empty data directory (and an empty PostgreSQL database) as another process. The
// restored data has the manifest's row counts, audit head and file checksums, a verifying
// audit chain, no half-applied transition, and the server starts and serves it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { PASSWORD } from '../server/test/fixtures.js';
import { createPgDatabase } from '../server/test/harness.js';
import { multipartFile } from '../server/test/multipart.js';
import { countRows } from '../server/platform/backup/schema-info.js';
import { readManifest } from '../server/platform/backup/manifest.js';
import { consistencyProblems, withDatabase } from './support/consistency.js';
import { ENGINES } from './support/engines.js';
import { signIn, type HttpClient } from './support/http-client.js';
import { createDeployment, type ServerProcess } from './support/server-process.js';
import { drive, StepRefused, type Tracked } from './support/workflow.js';

async function upload(c: HttpClient, i: number): Promise<void> {
  const png = await sharp({
    create: { width: 20 + (i % 9), height: 14, channels: 3, background: { r: (i * 53) % 256, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  const { payload, headers } = multipartFile(`现场照片-${i}.png`, png, 'image/png');
  const res = await c.request('POST', '/api/files?purpose=attachment', payload, headers);
  if (res.status !== 201) throw new StepRefused(`upload: ${res.status} ${res.body}`);
}

describe.each(ENGINES)('live backup and restore through the CLI (%s)', (engine) => {
  it('backs up while the server takes writes; the restore matches the manifest and serves', async () => {
    const dep = await createDeployment(engine);
    const backups = mkdtempSync(join(tmpdir(), 'lvzhi-rel-backups-'));
    const targetDir = mkdtempSync(join(tmpdir(), 'lvzhi-rel-restored-'));
    const targetDb = engine === 'postgres' ? await createPgDatabase() : null;
    const target = { DATA_DIR: targetDir, ...(targetDb ? { DATABASE_URL: targetDb.url } : {}) };
    let server: ServerProcess | null = null;
    let restored: ServerProcess | null = null;
    try {
      server = await dep.start();
      const [member, staff, unit] = await Promise.all(
        ['zhangjianguo', 'staff', 'jiaoyuju'].map((u) => signIn(server!.url, u, PASSWORD)),
      );
      const cast = { member: member!, staff: staff!, unit: unit!, unitId: dep.seeded.units['市教育局']! };
      let stop = false;
      let writes = 0;
      const writers = [0, 1, 2].map(async (w) => {
        for (let i = 0; !stop; i++) {
          await drive(cast, { title: `关于完善社区养老服务的建议（第${w + 1}组第${i + 1}件）` } satisfies Tracked);
          await upload(member!, w * 1000 + i);
          writes++;
        }
      });
      while (writes < 3) await new Promise((r) => setTimeout(r, 20));
      const before = writes;
      const backup = await dep.cli(['backup', '--out', backups]);
      const during = writes - before;
      stop = true;
      await Promise.all(writers);
      expect(backup.status, backup.stdout + backup.stderr).toBe(0);
      expect(during, 'writes completed while the backup ran').toBeGreaterThan(0);
      const path = /backup written: (\S+)/.exec(backup.stdout)![1]!;
      const manifest = await readManifest(path);
      expect(manifest.problems).toEqual([]);
      await server.stop();

      const restore = await dep.cli(['restore', path], target);
      expect(restore.status, restore.stdout + restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(/audit trail intact/);
      const verify = await dep.cli(['audit-verify'], target);
      expect(verify.status, verify.stdout).toBe(0);

      const config = loadConfig({ ...dep.env, ...target });
      let submittedCount = -1;
      await withDatabase(config, async (db) => {
        const counts = await countRows(
          db,
          manifest.tables.map((t) => t.name),
        );
        expect(counts).toEqual(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])));
        const head = await db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
        expect({ seq: Number(head.seq), hash: head.hash }).toEqual({
          seq: manifest.audit.headSeq,
          hash: manifest.audit.headHash,
        });
        const files = await db.selectFrom('files').select(['sha256', 'storage_key']).execute();
        expect(files.length).toBe(manifest.blobs.count);
        for (const f of files) {
          const actual = createHash('sha256')
            .update(readFileSync(join(config.filesDir, f.storage_key)))
            .digest('hex');
          expect(actual).toBe(f.sha256);
          expect(manifest.checksums[`blobs/${f.storage_key}`]).toBe(actual);
        }
        // One snapshot: no proposal in the backup is caught half-way through a transition.
        expect(await consistencyProblems(db, engine)).toEqual([]);
        submittedCount = (await db.selectFrom('proposals').select('id').where('state', '!=', 'draft').execute()).length;
      });

      // The server starts on the restored data and serves it (drafts are their authors' alone).
      restored = await dep.start(target);
      const again = await signIn(restored.url, 'staff', PASSWORD);
      const list = (await again.get('/api/proposals?pageSize=1')).json();
      expect(list.total).toBe(submittedCount);
      console.log(
        `backup (${engine}): ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows, ${manifest.blobs.count} files, ${during} workflow writes during the backup`,
      );
    } finally {
      await server?.kill().catch(() => undefined);
      await restored?.stop();
      await dep.remove();
      await targetDb?.drop();
      rmSync(backups, { recursive: true, force: true });
      rmSync(targetDir, { recursive: true, force: true });
    }
  });
});
