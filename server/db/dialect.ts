// The few places where SQLite and PostgreSQL differ. Anything engine-specific that is not
// here is a bug: services and repos write one query for both.
import {
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type ReferenceExpression,
  sql,
} from 'kysely';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column type of primary and foreign keys. */
export function keyType(engine: Engine): ColumnDataType {
  return engine === 'sqlite' ? 'integer' : 'bigint';
}

/** Adds an auto-numbered primary key `id`. */
export function withId<TB extends string, C extends string>(
  engine: Engine,
  table: CreateTableBuilder<TB, C>,
): CreateTableBuilder<TB, C | 'id'> {
  return engine === 'sqlite'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'bigserial', (c) => c.primaryKey());
}

/** A foreign key column; `onDelete` defaults to restrict so history is never lost silently. */
export function fk(
  target: `${string}.${string}`,
  opts: { notNull?: boolean; onDelete?: 'cascade' | 'set null' | 'restrict' } = {},
): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return (c) => {
    let col = c.references(target).onDelete(opts.onDelete ?? 'restrict');
    if (opts.notNull) col = col.notNull();
    return col;
  };
}

/** Case-insensitive substring match: SQLite's LIKE already ignores ASCII case, PostgreSQL needs ILIKE. */
export function containsInsensitive(
  engine: Engine,
  column: ReferenceExpression<any, any>,
  needle: string,
): RawBuilder<boolean> {
  const pattern = `%${escapeLike(needle)}%`;
  return engine === 'sqlite'
    ? sql<boolean>`${sql.ref(column as string)} like ${pattern} escape '\\'`
    : sql<boolean>`${sql.ref(column as string)} ilike ${pattern} escape '\\'`;
}

export function startsWith(column: string, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${escapeLike(prefix) + '%'} escape '\\'`;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => '\\' + m);
}

/** Integer division result as a float on both engines (PostgreSQL would truncate). */
export function ratio(numerator: RawBuilder<unknown>, denominator: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(cast(${numerator} as real) / nullif(${denominator}, 0))`;
}

/** Whether a statement failed on a unique index (SQLite's message, PostgreSQL's SQLSTATE 23505). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === '23505' || /UNIQUE constraint failed/.test(String(e?.message ?? ''));
}
