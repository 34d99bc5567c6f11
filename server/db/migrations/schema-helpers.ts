// The schema-building helpers the migrations use, as they were when those migrations were
// written (server/db/dialect.ts, 2026-11-29). A migration imports nothing of the living
// code, which may change after it: only kysely, node and this folder. Never edit a helper a
// migration uses; a migration that needs another one adds it here under a new name.
import {
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  PostgresAdapter,
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
