// Inserts one table's rows from the backup in batches. A reference that cannot be satisfied
// yet (a row pointing at a later row of its own table, or at a table that comes later in a
// cycle) is written as null and remembered; restore fills it in once everything is there.
import { sql } from 'kysely';
import type { Db } from '../../db/tx.js';
import { decodeValue } from './ndjson.js';
import type { TableInfo } from './schema-info.js';

export interface PendingLink {
  table: string;
  keyColumn: string;
  key: unknown;
  column: string;
  value: unknown;
}

/** Both engines bind at most ~32k parameters per statement; stay well under. */
const MAX_PARAMS = 20_000;
const MAX_BATCH = 500;

function before(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : String(a) < String(b);
}

export async function insertTable(
  trx: Db,
  table: TableInfo,
  backupColumns: readonly string[],
  rows: AsyncIterable<Record<string, unknown>>,
  inserted: ReadonlySet<string>,
  pending: PendingLink[],
): Promise<{ rows: number; skippedColumns: string[] }> {
  const targetColumns = new Set(table.columns);
  const columns = backupColumns.filter((c) => targetColumns.has(c));
  const skippedColumns = backupColumns.filter((c) => !targetColumns.has(c));
  const keyColumn = table.primaryKey.length === 1 ? table.primaryKey[0]! : null;
  // Single-column, nullable references whose target may not be in place when the row is.
  const deferrable = table.foreignKeys
    .filter((fk) => fk.columns.length === 1 && !table.notNull.has(fk.columns[0]!) && keyColumn)
    .filter((fk) => fk.refTable === table.name || !inserted.has(fk.refTable))
    .map((fk) => ({ column: fk.columns[0]!, self: fk.refTable === table.name }));

  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(MAX_PARAMS / Math.max(1, columns.length))));
  let batch: Record<string, unknown>[] = [];
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    await sql`insert into ${sql.table(table.name)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(
      batch.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`),
    )}`.execute(trx);
    batch = [];
  };

  for await (const line of rows) {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c] = decodeValue(line[c] ?? null);
    for (const d of deferrable) {
      const value = row[d.column];
      if (value === null || value === undefined) continue;
      // Rows arrive in key order, so a link to an earlier key is already inserted (or in this batch).
      if (d.self && before(value, row[keyColumn!])) continue;
      pending.push({ table: table.name, keyColumn: keyColumn!, key: row[keyColumn!], column: d.column, value });
      row[d.column] = null;
    }
    batch.push(row);
    count++;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { rows: count, skippedColumns };
}
