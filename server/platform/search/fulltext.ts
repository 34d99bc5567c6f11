// Full-text search over jieba tokens on both engines: an FTS5 table on SQLite, a tsvector
// column with a GIN index on PostgreSQL. Tokens are stored as given (no parser), so both
// engines match exactly the same terms.
import { sql, type RawBuilder } from 'kysely';
import { engineOf } from '../../db/dialect.js';
import type { Db } from '../../db/tx.js';
import { searchTokens } from './tokenizer.js';

export interface FullTextIndex {
  /** SQLite FTS5 table (rowid = record id). */
  sqliteTable: string;
  /** PostgreSQL table with `<idColumn> bigint primary key, tsv tsvector`. */
  pgTable: string;
  idColumn: string;
}

export async function indexDocument(db: Db, index: FullTextIndex, id: number, text: string): Promise<void> {
  const tokens = [...new Set(searchTokens(text))];
  if (engineOf(db) === 'sqlite') {
    await sql`delete from ${sql.table(index.sqliteTable)} where rowid = ${id}`.execute(db);
    await sql`insert into ${sql.table(index.sqliteTable)} (rowid, tokens) values (${id}, ${tokens.join(' ')})`.execute(db);
  } else {
    await sql`insert into ${sql.table(index.pgTable)} (${sql.ref(index.idColumn)}, tsv)
      values (${id}, array_to_tsvector(${tokens}::text[]))
      on conflict (${sql.ref(index.idColumn)}) do update set tsv = excluded.tsv`.execute(db);
  }
}

export async function removeDocument(db: Db, index: FullTextIndex, id: number): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`delete from ${sql.table(index.sqliteTable)} where rowid = ${id}`.execute(db);
  else await sql`delete from ${sql.table(index.pgTable)} where ${sql.ref(index.idColumn)} = ${id}`.execute(db);
}

/** The query's tokens, de-duplicated; empty when the query has no searchable word. */
export function queryTokens(query: string): string[] {
  return [...new Set(searchTokens(query))].slice(0, 32);
}

/**
 * A condition "record id matches every token of the query", to put in a WHERE clause on
 * the record's id column. Returns null for a query with no searchable word.
 */
export function matchCondition(db: Db, index: FullTextIndex, idRef: string, query: string): RawBuilder<boolean> | null {
  const tokens = queryTokens(query);
  if (!tokens.length) return null;
  if (engineOf(db) === 'sqlite') {
    const expr = tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    return sql<boolean>`${sql.ref(idRef)} in (select rowid from ${sql.table(index.sqliteTable)} where ${sql.table(index.sqliteTable)} match ${expr})`;
  }
  const tsquery = tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
  return sql<boolean>`${sql.ref(idRef)} in (select ${sql.ref(index.idColumn)} from ${sql.table(index.pgTable)} where tsv @@ ${tsquery}::tsquery)`;
}
