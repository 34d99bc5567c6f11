// `lvzhi backup`: a consistent online backup in a portable form that either engine can
// restore: manifest.json, one NDJSON file per table, and the stored files the backed-up
// `files` rows point at. Built in a `.partial` folder and renamed (or packed) at the end,
// so a backup that did not finish never looks like one that did.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { openFileStore } from '../files/open-store.js';
import { isStorageKey } from '../files/store.js';
import { copyToFile, isMissing } from './blobs.js';
import {
  BackupError,
  dataKeyCheck,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  rowsText,
  type Manifest,
} from './manifest.js';
import { encodeValue, ndjsonReader, ndjsonWriter } from './ndjson.js';
import { countRows, listTables, sequencePositions } from './schema-info.js';
import { openSnapshot, readTable } from './snapshot.js';
import { packTarGz } from './tar.js';

export interface BackupOptions {
  /** Folder the backup is created in (a new lvzhi-backup-<time> folder or .tar.gz inside it). */
  outDir: string;
  tarGz?: boolean;
  now?: Date;
  /** Progress lines; awaited at each table, so a caller may pace the backup. */
  onProgress?: (line: string) => void | Promise<void>;
  appVersion?: string;
}

export interface BackupResult {
  path: string;
  manifest: Manifest;
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

export async function createBackup(
  config: Pick<Config, 'database' | 'fileStore' | 'dataKey'>,
  opts: BackupOptions,
): Promise<BackupResult> {
  const say = opts.onProgress ?? (() => undefined);
  const createdAt = opts.now ?? new Date();
  const outDir = resolve(opts.outDir);
  const name = `lvzhi-backup-${stamp(createdAt)}`;
  const finalPath = join(outDir, opts.tarGz ? `${name}.tar.gz` : name);
  const stage = join(outDir, `${name}.partial`);
  await mkdir(join(stage, 'tables'), { recursive: true });

  const snapshot = openSnapshot(config.database);
  const store = openFileStore(config);
  const checksums: Record<string, string> = {};
  const problems: string[] = [];
  try {
    const dump = await snapshot.read(async (db) => {
      const migrations = (
        await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db).catch(() => {
          throw new BackupError('the database has never been migrated: there is nothing to back up');
        })
      ).rows.map((r) => r.name);
      const head = (await sql<{ seq: number; hash: string }>`select seq, hash from audit_head where id = 1`.execute(db))
        .rows[0];
      const tables = await listTables(db, snapshot.engine);
      const counts = await countRows(
        db,
        tables.map((t) => t.name),
      );
      const sequences = await sequencePositions(db, snapshot.engine);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      await say(`snapshot taken (${snapshot.engine}): ${tables.length} tables, ${total} rows`);
      const entries: Manifest['tables'] = [];
      for (const table of tables) {
        const file = `tables/${table.name}.ndjson`;
        const writer = ndjsonWriter(join(stage, file));
        let rows = 0;
        for await (const row of readTable(db, snapshot.engine, table)) {
          const out: Record<string, unknown> = {};
          for (const c of table.columns) out[c] = encodeValue(row[c]);
          await writer.write(out);
          if (++rows % 20000 === 0) say(`  ${table.name}: ${rows}/${counts[table.name]} rows`);
        }
        const { sha256 } = await writer.end();
        checksums[file] = sha256;
        entries.push({ name: table.name, file, rows, columns: table.columns });
        await say(`  ${table.name}: ${rowsText(rows)}`);
      }
      return { migrations, head, entries, sequences };
    });
    if (!dump.migrations.length)
      throw new BackupError('the database has never been migrated: there is nothing to back up');

    // The blobs of exactly the files rows in the snapshot; blobs never change once written.
    const blobs = { count: 0, bytes: 0 };
    const filesTable = dump.entries.find((t) => t.name === 'files');
    if (filesTable && filesTable.rows > 0) {
      const reader = ndjsonReader(join(stage, filesTable.file));
      for await (const row of reader.rows) {
        const key = row.storage_key;
        if (!isStorageKey(key)) {
          problems.push(`file ${String(row.id)}: storage key ${JSON.stringify(key)} is not valid; not copied`);
          continue;
        }
        const rel = `blobs/${key}`;
        try {
          const { sha256, bytes } = await copyToFile(await store.get(key), join(stage, rel));
          checksums[rel] = sha256;
          if (sha256 !== row.sha256)
            problems.push(
              `file ${String(row.id)} (${String(row.original_name)}): stored bytes do not match its checksum`,
            );
          blobs.count++;
          blobs.bytes += bytes;
          if (blobs.count % 500 === 0)
            say(`  files: ${blobs.count}/${filesTable.rows} (${(blobs.bytes / 1048576).toFixed(1)} MiB)`);
        } catch (err) {
          if (!isMissing(err)) throw err;
          problems.push(`file ${String(row.id)} (${String(row.original_name)}): missing from ${store.location}`);
        }
      }
      say(`  files: ${blobs.count}/${filesTable.rows} (${(blobs.bytes / 1048576).toFixed(1)} MiB)`);
    }

    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      app: { name: 'lvzhi', version: opts.appVersion ?? '0.1.0' },
      engine: snapshot.engine,
      createdAt: createdAt.toISOString(),
      migrations: dump.migrations,
      tables: dump.entries,
      sequences: dump.sequences,
      audit: { headSeq: Number(dump.head?.seq ?? 0), headHash: dump.head?.hash ?? '' },
      blobs,
      dataKeyCheck: dataKeyCheck(config.dataKey),
      checksums,
      problems,
    };
    await writeFile(join(stage, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
    if (opts.tarGz) {
      say('packing the archive');
      await packTarGz(stage, `${finalPath}.partial`, MANIFEST_FILE);
      await rename(`${finalPath}.partial`, finalPath);
      await rm(stage, { recursive: true, force: true });
    } else {
      await rename(stage, finalPath);
    }
    return { path: finalPath, manifest };
  } catch (err) {
    await rm(stage, { recursive: true, force: true });
    await rm(`${finalPath}.partial`, { force: true });
    throw err;
  } finally {
    await snapshot.close();
    await store.close();
  }
}
