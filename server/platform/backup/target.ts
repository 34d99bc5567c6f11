// The restore target: is it empty, and (with --force) clearing it. "Empty" means holding
// nothing beyond what the migrations themselves write (the audit chain's genesis head),
// found by migrating a scratch in-memory database to the same level and comparing counts.
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteDialect } from 'kysely';
import type { Config } from '../../config.js';
import type { Engine } from '../../db/dialect.js';
import { migrations } from '../../db/migrations/index.js';
import { BackupError, rowsText } from './manifest.js';
import type { FileStore } from '../files/store.js';
import { countRows, listTables, type AnyDb, type AnySchema } from './schema-info.js';

function migrator(db: AnyDb): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
}

/** Migrates to exactly `last` (the backup's level), never beyond. */
export async function migrateTo(db: AnyDb, last: string): Promise<void> {
  const { error, results } = await migrator(db).migrateTo(last);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
}

async function appliedMigrations(db: AnyDb, engine: Engine): Promise<string[]> {
  const exists =
    engine === 'sqlite'
      ? await sql<{
          n: number;
        }>`select count(*) as n from sqlite_master where type = 'table' and name = 'schema_migrations'`.execute(db)
      : await sql<{
          n: number;
        }>`select count(*) as n from information_schema.tables where table_schema = current_schema() and table_name = 'schema_migrations'`.execute(
          db,
        );
  if (!Number(exists.rows[0]?.n)) return [];
  return (await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db)).rows.map(
    (r) => r.name,
  );
}

/** Rows the migrations up to `applied` write by themselves, per table. */
async function migrationRows(applied: string[]): Promise<Record<string, number>> {
  const last = applied[applied.length - 1];
  if (!last || !(last in migrations)) return {};
  const scratch = new Kysely<AnySchema>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  try {
    await migrateTo(scratch, last);
    const tables = await listTables(scratch, 'sqlite');
    return await countRows(
      scratch,
      tables.map((t) => t.name),
    );
  } finally {
    await scratch.destroy();
  }
}

export interface TargetState {
  /** "table: n rows" for every table holding more than the migrations put there. */
  dataTables: string[];
  /** Files already in the store (counted up to FILE_COUNT_LIMIT + 1). */
  fileEntries: number;
  /** The store's kind and location, for messages. */
  store: { kind: FileStore['kind']; location: string };
}

const FILE_COUNT_LIMIT = 1000;

export async function inspectTarget(db: AnyDb, engine: Engine, store: FileStore): Promise<TargetState> {
  const dataTables: string[] = [];
  const tables = await listTables(db, engine);
  if (tables.length) {
    const counts = await countRows(
      db,
      tables.map((t) => t.name),
    );
    const baseline = await migrationRows(await appliedMigrations(db, engine));
    for (const [t, n] of Object.entries(counts)) if (n > (baseline[t] ?? 0)) dataTables.push(`${t}: ${rowsText(n)}`);
  }
  let fileEntries = 0;
  for await (const key of store.list()) {
    void key;
    if (++fileEntries > FILE_COUNT_LIMIT) break;
  }
  return { dataTables, fileEntries, store: { kind: store.kind, location: store.location } };
}

export function describeTarget(config: Pick<Config, 'database'>, state: TargetState): string {
  const where = config.database.kind === 'sqlite' ? config.database.file : 'the PostgreSQL database in DATABASE_URL';
  const lines = ['Refusing to restore: the target is not empty.'];
  if (state.dataTables.length)
    lines.push(
      `  ${where} holds data: ${state.dataTables.slice(0, 8).join(', ')}${state.dataTables.length > 8 ? ', …' : ''}`,
    );
  if (state.fileEntries) {
    const n = state.fileEntries > FILE_COUNT_LIMIT ? `more than ${FILE_COUNT_LIMIT}` : String(state.fileEntries);
    lines.push(`  ${state.store.location} is not empty (${n} stored files)`);
  }
  const files =
    state.store.kind === 'local'
      ? 'files are moved aside'
      : 'objects already in the bucket stay where they are, beside the restored ones';
  lines.push(
    'Restore into an empty database and file store, or pass --force to replace what is there' +
      (config.database.kind === 'sqlite'
        ? ` (the current database file is moved aside, not deleted; ${files}).`
        : ` (the current tables are dropped; ${files}).`),
  );
  return lines.join('\n');
}

/**
 * --force: moves the SQLite file and the local files folder into DATA_DIR/pre-restore-<time>/
 * (the database must be closed first). PostgreSQL tables are dropped by the caller; objects in
 * an object store are left in place (their keys are random, so the restored ones sit beside them).
 */
export async function moveAside(
  config: Pick<Config, 'database' | 'fileStore' | 'dataDir'>,
  now: Date,
): Promise<string> {
  const aside = join(
    config.dataDir,
    `pre-restore-${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}`,
  );
  await mkdir(aside, { recursive: true });
  const moves = config.fileStore.kind === 'local' ? [config.fileStore.dir] : [];
  if (config.database.kind === 'sqlite') {
    const f = config.database.file;
    moves.push(f, `${f}-wal`, `${f}-shm`);
  }
  for (const from of moves) if (existsSync(from)) await rename(from, join(aside, basename(from)));
  return aside;
}

/** Refuses a backup this build cannot take: unknown (newer) migrations or a different history. */
export function checkMigrations(backup: string[]): void {
  const known = Object.keys(migrations);
  const unknown = backup.filter((m) => !(m in migrations));
  if (unknown.length) {
    throw new BackupError(
      `the backup was made by a newer version of Lvzhi: this build does not know migration(s) ${unknown.join(', ')}. Upgrade Lvzhi, then restore.`,
    );
  }
  if (backup.some((m, i) => known[i] !== m)) {
    throw new BackupError(
      `the backup's migrations (${backup.join(', ')}) are not a prefix of this build's (${known.join(', ')})`,
    );
  }
  if (!backup.length) throw new BackupError('the backup records no migrations');
}
