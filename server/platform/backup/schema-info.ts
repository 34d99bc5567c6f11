// What backup and restore need to know about the live schema, read from the database
// itself (so tables added by later migrations are covered without editing this code):
// tables, their columns, primary keys, foreign keys and sequences. SQLite and PostgreSQL
// describe themselves differently; both answers end up in the same shape here.
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/dialect.js';

export interface ForeignKey {
  columns: string[];
  refTable: string;
  refColumns: string[];
}

export interface TableInfo {
  name: string;
  /** Stored columns in declaration order (generated and hidden columns left out). */
  columns: string[];
  notNull: Set<string>;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Tables that belong to the migration machinery, not to the data. */
export const BOOKKEEPING_TABLES = new Set(['schema_migrations', 'schema_migrations_lock']);

/** Backup reads whatever tables the live schema has, so it works on an untyped Kysely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema is discovered at run time
export type AnySchema = any;
export type AnyDb = Kysely<AnySchema>;

async function sqliteTables(db: AnyDb): Promise<TableInfo[]> {
  // table_list marks FTS5 tables 'virtual' and their storage 'shadow': both are derived
  // from other tables (a contentless index cannot even be read back), so neither is data.
  const list = await sql<{
    name: string;
    type: string;
  }>`select name, type from pragma_table_list where schema = 'main'`.execute(db);
  const out: TableInfo[] = [];
  for (const { name, type } of list.rows) {
    if (type !== 'table' || name.startsWith('sqlite_') || BOOKKEEPING_TABLES.has(name)) continue;
    const cols = await sql<{ name: string; notnull: number; pk: number; hidden: number }>`
      select name, "notnull", pk, hidden from pragma_table_xinfo(${name}) order by cid`.execute(db);
    const fks = await sql<{ id: number; seq: number; table: string; from: string; to: string | null }>`
      select id, seq, "table", "from", "to" from pragma_foreign_key_list(${name}) order by id, seq`.execute(db);
    const stored = cols.rows.filter((c) => c.hidden === 0);
    const byId = new Map<number, ForeignKey>();
    for (const f of fks.rows) {
      let fk = byId.get(f.id);
      if (!fk) byId.set(f.id, (fk = { columns: [], refTable: f.table, refColumns: [] }));
      fk.columns.push(f.from);
      fk.refColumns.push(f.to ?? 'id');
    }
    out.push({
      name,
      columns: stored.map((c) => c.name),
      notNull: new Set(stored.filter((c) => c.notnull || c.pk).map((c) => c.name)),
      primaryKey: stored
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: [...byId.values()],
    });
  }
  return out;
}

async function postgresTables(db: AnyDb): Promise<TableInfo[]> {
  const cols = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
    select table_name, column_name, is_nullable from information_schema.columns
    where table_schema = current_schema() and is_generated = 'NEVER'
      and table_name in (select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE')
    order by table_name, ordinal_position`.execute(db);
  const pks = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indisprimary and c.relnamespace = current_schema()::regnamespace
    order by c.relname, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const fks = await sql<{
    name: string;
    table_name: string;
    ref_table: string;
    column_name: string;
    ref_column: string;
  }>`
    select con.conname as name, c.relname as table_name, rc.relname as ref_table, a.attname as column_name, ra.attname as ref_column
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_class rc on rc.oid = con.confrelid
    cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, refattnum, ord)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
    join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.refattnum
    where con.contype = 'f' and c.relnamespace = current_schema()::regnamespace
    order by c.relname, con.conname, k.ord`.execute(db);
  const tables = new Map<string, TableInfo>();
  for (const c of cols.rows) {
    if (BOOKKEEPING_TABLES.has(c.table_name)) continue;
    let t = tables.get(c.table_name);
    if (!t)
      tables.set(
        c.table_name,
        (t = { name: c.table_name, columns: [], notNull: new Set(), primaryKey: [], foreignKeys: [] }),
      );
    t.columns.push(c.column_name);
    if (c.is_nullable === 'NO') t.notNull.add(c.column_name);
  }
  for (const p of pks.rows) tables.get(p.table_name)?.primaryKey.push(p.column_name);
  const byName = new Map<string, ForeignKey>();
  for (const f of fks.rows) {
    const t = tables.get(f.table_name);
    if (!t) continue;
    let fk = byName.get(`${f.table_name}.${f.name}`);
    if (!fk) {
      fk = { columns: [], refTable: f.ref_table, refColumns: [] };
      byName.set(`${f.table_name}.${f.name}`, fk);
      t.foreignKeys.push(fk);
    }
    fk.columns.push(f.column_name);
    fk.refColumns.push(f.ref_column);
  }
  return [...tables.values()];
}

export async function listTables(db: AnyDb, engine: Engine): Promise<TableInfo[]> {
  const tables = engine === 'sqlite' ? await sqliteTables(db) : await postgresTables(db);
  return tables.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Tables ordered so that every table comes after the tables it references. A cycle (two
 * tables pointing at each other) is broken where it is found; restore fills such links
 * in a second pass, so the order only has to be as good as possible.
 */
export function foreignKeyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: TableInfo[] = [];
  const visit = (t: TableInfo) => {
    if (done.has(t.name) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const fk of t.foreignKeys) {
      const ref = byName.get(fk.refTable);
      if (ref && ref !== t) visit(ref);
    }
    visiting.delete(t.name);
    done.add(t.name);
    order.push(t);
  };
  for (const t of tables) visit(t);
  return order;
}

/** Row counts of every table: the emptiness check and the after-restore comparison. */
export async function countRows(db: AnyDb, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(db);
    out[t] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}

/** The next number each auto-numbered table would hand out, so restored ids are never reused. */
export async function sequencePositions(db: AnyDb, engine: Engine): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (engine === 'sqlite') {
    const exists = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where name = 'sqlite_sequence'`.execute(db);
    if (!Number(exists.rows[0]?.n)) return out;
    const rows = await sql<{ name: string; seq: number }>`select name, seq from sqlite_sequence`.execute(db);
    for (const r of rows.rows) out[r.name] = Number(r.seq);
    return out;
  }
  for (const s of await postgresSequences(db)) {
    const r = await sql<{
      last_value: number | string;
      is_called: boolean;
    }>`select last_value, is_called from ${sql.raw(s.sequence)}`.execute(db);
    const row = r.rows[0];
    if (row) out[s.table] = row.is_called ? Number(row.last_value) : Number(row.last_value) - 1;
  }
  return out;
}

async function postgresSequences(db: AnyDb): Promise<{ table: string; column: string; sequence: string }[]> {
  const r = await sql<{ table_name: string; column_name: string; seq: string | null }>`
    select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
    from information_schema.columns
    where table_schema = current_schema()
      and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(db);
  return r.rows.filter((x) => x.seq).map((x) => ({ table: x.table_name, column: x.column_name, sequence: x.seq! }));
}

/**
 * PostgreSQL sequences do not follow explicitly inserted ids: move each one past both the
 * largest id now in its table and the position it had when the backup was taken.
 */
export async function resetSequences(db: AnyDb, engine: Engine, highWater: Record<string, number>): Promise<void> {
  if (engine === 'sqlite') {
    // SQLite keeps AUTOINCREMENT positions in sqlite_sequence, already raised by the inserts.
    for (const [table, seq] of Object.entries(highWater)) {
      await sql`update sqlite_sequence set seq = ${seq} where name = ${table} and seq < ${seq}`.execute(db);
    }
    return;
  }
  for (const s of await postgresSequences(db)) {
    const r = await sql<{
      m: number | string | null;
    }>`select max(${sql.ref(s.column)}) as m from ${sql.table(s.table)}`.execute(db);
    const next = Math.max(Number(r.rows[0]?.m ?? 0), highWater[s.table] ?? 0);
    if (next > 0) await sql`select setval(${s.sequence}, ${next}, true)`.execute(db);
    else await sql`select setval(${s.sequence}, 1, false)`.execute(db);
  }
}

/**
 * Removes every table (and on PostgreSQL every function) of an empty or to-be-replaced
 * database, so migrations can build the schema at exactly the backup's level.
 */
export async function dropSchema(db: AnyDb, engine: Engine): Promise<void> {
  if (engine === 'sqlite') {
    // Virtual tables first: their shadow tables go with them.
    const objs = await sql<{ name: string; type: string }>`
      select name, type from pragma_table_list where schema = 'main' and type in ('virtual', 'table', 'view') and name not like 'sqlite_%'
      order by case type when 'virtual' then 0 when 'view' then 1 else 2 end`.execute(db);
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      for (const o of objs.rows) {
        await sql`drop ${sql.raw(o.type === 'view' ? 'view' : 'table')} if exists ${sql.table(o.name)}`.execute(db);
      }
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
    return;
  }
  const tables = await sql<{
    name: string;
  }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db);
  for (const t of tables.rows) await sql`drop table if exists ${sql.table(t.name)} cascade`.execute(db);
  const fns = await sql<{ sig: string }>`
    select p.oid::regprocedure::text as sig from pg_proc p
    where p.pronamespace = current_schema()::regnamespace
      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`.execute(db);
  for (const f of fns.rows) await sql`drop function if exists ${sql.raw(f.sig)} cascade`.execute(db);
}
