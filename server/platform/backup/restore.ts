// `lvzhi restore`: a backup into an empty database and data directory, on either engine.
// Migrates to the backup's level, copies the files (checking every checksum), inserts the
// tables in foreign-key order in one transaction, moves sequences past the restored ids,
// and verifies the audit chain against the head recorded at backup time.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { openDatabase, type Database } from '../../db/database.js';
import { inTransaction } from '../../db/tx.js';
import { createAuditLog } from '../audit/audit-log.js';
import { systemClock } from '../clock.js';
import { openFileStore } from '../files/open-store.js';
import { isStorageKey, type FileStore } from '../files/store.js';
import { copyToStore } from './blobs.js';
import { BackupError, dataKeyCheck, readManifest, rowsText, type Manifest } from './manifest.js';
import { ndjsonReader } from './ndjson.js';
import { countRows, dropSchema, foreignKeyOrder, listTables, resetSequences } from './schema-info.js';
import { insertTable, type PendingLink } from './insert-rows.js';
import { unpackTarGz } from './tar.js';
import { checkMigrations, describeTarget, inspectTarget, migrateTo, moveAside } from './target.js';

export interface RestoreOptions {
  /** A backup folder or .tar.gz made by `lvzhi backup`. */
  source: string;
  /** Replace a non-empty target (SQLite file and files are moved aside first). */
  force?: boolean;
  /** Restore even though LVZHI_DATA_KEY differs from the backup's (personal data will be unreadable). */
  allowKeyMismatch?: boolean;
  onProgress?: (line: string) => void;
  now?: Date;
}

export interface RestoreSummary {
  from: { engine: string; createdAt: string };
  tables: { name: string; rows: number }[];
  rows: number;
  blobs: { count: number; bytes: number };
  audit: { ok: boolean; checked: number; headSeq: number; headHash: string; problems: string[] };
  /** Tables or columns in the backup that this engine's schema does not have (engine-specific indexes). */
  skipped: string[];
  movedAside: string | null;
  warnings: string[];
}

export class RestoreRefused extends BackupError {}

async function openSource(
  source: string,
  say: (l: string) => void,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new BackupError(`no backup at ${source}`);
  }
  if (info.isDirectory()) return { dir: source, cleanup: async () => undefined };
  const dir = await mkdtemp(join(tmpdir(), 'lvzhi-restore-'));
  say(`unpacking ${source}`);
  try {
    await unpackTarGz(source, dir);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw new BackupError(`cannot unpack ${source}: ${(err as Error).message}`);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function copyBlobs(
  dir: string,
  manifest: Manifest,
  store: FileStore,
  written: string[],
  say: (l: string) => void,
): Promise<{ count: number; bytes: number }> {
  const done = { count: 0, bytes: 0 };
  const bad: string[] = [];
  const blobs = Object.entries(manifest.checksums).filter(([rel]) => rel.startsWith('blobs/'));
  for (const [rel, expected] of blobs) {
    const key = rel.slice('blobs/'.length);
    if (!isStorageKey(key)) throw new BackupError(`the backup holds an unexpected file name: ${rel}`);
    written.push(key);
    const { sha256, bytes } = await copyToStore(join(dir, rel), store, key).catch(() => ({
      sha256: 'missing',
      bytes: 0,
    }));
    if (sha256 !== expected) bad.push(`${rel} (${sha256 === 'missing' ? 'missing' : 'checksum mismatch'})`);
    done.count++;
    done.bytes += bytes;
    if (done.count % 500 === 0) say(`  files: ${done.count}/${blobs.length}`);
  }
  if (bad.length)
    throw new BackupError(
      `the backup is damaged: ${bad.length} file(s) fail their checksum: ${bad.slice(0, 5).join(', ')}`,
    );
  say(`  files: ${done.count} copied and checked (${(done.bytes / 1048576).toFixed(1)} MiB)`);
  return done;
}

export async function restoreBackup(
  config: Pick<Config, 'database' | 'fileStore' | 'dataDir' | 'dataKey'>,
  opts: RestoreOptions,
): Promise<RestoreSummary> {
  const say = opts.onProgress ?? (() => undefined);
  const now = opts.now ?? new Date();
  // Look at the target first: a refusal should not wait for a large archive to unpack.
  let database: Database | null = openDatabase(config);
  const store = openFileStore(config);
  const state = await inspectTarget(database.db, database.engine, store).catch(async (err) => {
    await database?.close();
    await store.close();
    throw err;
  });
  const occupied = state.dataTables.length > 0 || state.fileEntries > 0;
  if (occupied && !opts.force) {
    await database.close();
    await store.close();
    throw new RestoreRefused(describeTarget(config, state));
  }
  let source: { dir: string; cleanup: () => Promise<void> } | null = null;
  try {
    source = await openSource(opts.source, say);
    const dir = source.dir;
    const manifest = await readManifest(dir);
    checkMigrations(manifest.migrations);
    if (manifest.dataKeyCheck !== dataKeyCheck(config.dataKey) && !opts.allowKeyMismatch) {
      throw new RestoreRefused(
        "LVZHI_DATA_KEY differs from the key the backup's personal data was sealed with: phone and ID numbers would be unreadable. " +
          'Set LVZHI_DATA_KEY (in development: DATA_DIR/data.key) to the original key, or pass --allow-key-mismatch to restore anyway.',
      );
    }
    const warnings = manifest.problems.map((p) => `backup: ${p}`);
    for (const w of warnings) say(`warning: ${w}`);

    let movedAside: string | null = null;
    if (occupied) {
      if (database.engine === 'sqlite') {
        await database.close();
        database = null;
      }
      movedAside = await moveAside(config, now);
      const kept = store.kind === 's3' ? `; the objects already in ${store.location} stay there` : '';
      say(
        database
          ? `--force: the tables are replaced${store.kind === 'local' ? `; the previous files were moved to ${movedAside}` : kept}`
          : `--force: the previous database${store.kind === 'local' ? ' and files were' : ' was'} moved to ${movedAside}${kept}`,
      );
      database ??= openDatabase(config);
    }
    const { db, engine } = database;
    say(`restoring a ${manifest.engine} backup of ${manifest.createdAt} into ${engine}`);
    await dropSchema(db, engine);
    await migrateTo(db, manifest.migrations[manifest.migrations.length - 1]!);
    say(`schema migrated to ${manifest.migrations[manifest.migrations.length - 1]}`);

    const target = new Map((await listTables(db, engine)).map((t) => [t.name, t]));
    const skipped = manifest.tables.filter((t) => !target.has(t.name)).map((t) => `table ${t.name}`);
    const order = foreignKeyOrder(manifest.tables.filter((t) => target.has(t.name)).map((t) => target.get(t.name)!));
    const entries = new Map(manifest.tables.map((t) => [t.name, t]));

    let blobs: RestoreSummary['blobs'];
    const written: string[] = [];
    try {
      blobs = await copyBlobs(dir, manifest, store, written, say);
      await inTransaction(db, async (trx) => {
        // The migrations' own rows (the audit chain's genesis head) give way to the backup's.
        for (const t of [...order].reverse()) await sql`delete from ${sql.table(t.name)}`.execute(trx);
        const pending: PendingLink[] = [];
        const inserted = new Set<string>();
        for (const table of order) {
          const entry = entries.get(table.name)!;
          const reader = ndjsonReader(join(dir, entry.file));
          const result = await insertTable(trx, table, entry.columns, reader.rows, inserted, pending).catch(
            (err: Error) => {
              // A damaged line or a row the database refuses: name the table; everything rolls back.
              throw new BackupError(`restoring ${table.name} failed, nothing was restored: ${err.message}`);
            },
          );
          if (reader.sha256() !== manifest.checksums[entry.file])
            throw new BackupError(`the backup is damaged: ${entry.file} fails its checksum`);
          if (result.rows !== entry.rows)
            throw new BackupError(`${entry.file} holds ${result.rows} rows, the manifest says ${entry.rows}`);
          skipped.push(...result.skippedColumns.map((c) => `column ${table.name}.${c}`));
          inserted.add(table.name);
          say(`  ${table.name}: ${rowsText(result.rows)}`);
        }
        for (const link of pending) {
          await sql`update ${sql.table(link.table)} set ${sql.ref(link.column)} = ${link.value} where ${sql.ref(link.keyColumn)} = ${link.key}`.execute(
            trx,
          );
        }
        await resetSequences(trx, engine, manifest.sequences);
        const counts = await countRows(
          trx,
          order.map((t) => t.name),
        );
        const wrong = order.filter((t) => counts[t.name] !== entries.get(t.name)!.rows);
        if (wrong.length)
          throw new BackupError(`row counts differ after restore: ${wrong.map((t) => t.name).join(', ')}`);
      });
    } catch (err) {
      // Take back what this restore wrote. Into a bucket that held objects before (--force),
      // nothing is deleted: a key the restore wrote may have been there already.
      if (config.fileStore.kind === 'local') await rm(config.fileStore.dir, { recursive: true, force: true });
      else if (state.fileEntries === 0) for (const key of written) await store.delete(key).catch(() => undefined);
      throw err;
    }

    say('verifying the audit chain');
    const report = await createAuditLog({ db, clock: systemClock }).verify();
    const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    const problems = report.problems.map((p) => `#${p.seq}: ${p.problem}`);
    if (head?.seq !== manifest.audit.headSeq || head?.hash !== manifest.audit.headHash)
      problems.push('the chain head differs from the one recorded in the backup');
    const tables = order.map((t) => ({ name: t.name, rows: entries.get(t.name)!.rows }));
    for (const s of skipped) warnings.push(`not restored (not part of this engine's schema): ${s}`);
    return {
      from: { engine: manifest.engine, createdAt: manifest.createdAt },
      tables,
      rows: tables.reduce((a, t) => a + t.rows, 0),
      blobs,
      audit: {
        ok: problems.length === 0,
        checked: report.checked,
        headSeq: head?.seq ?? 0,
        headHash: head?.hash ?? '',
        problems,
      },
      skipped,
      movedAside,
      warnings,
    };
  } finally {
    await database?.close();
    await store.close();
    await source?.cleanup();
  }
}
