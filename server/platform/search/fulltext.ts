// Full-text search over jieba tokens on both engines: an FTS5 table on SQLite, a tsvector
// column with a GIN index on PostgreSQL. Tokens are stored as given (no parser), so both
// engines match exactly the same terms. Documents are indexed within a scope (for proposals,
// their organisation): every token is stored as "word + scope", so a search within one
// organisation reads only that organisation's entries and its cost follows its own matches,
// not the whole province's; the count of a plain search is the index's own.
import { sql, type RawBuilder } from 'kysely';
import { engineOf } from '../../db/dialect.js';
import { atGroupCommit, type Db } from '../../db/tx.js';
import { searchTokens } from './tokenizer.js';

export interface FullTextIndex {
  /** SQLite FTS5 table (rowid = record id). */
  sqliteTable: string;
  /** PostgreSQL table with `<idColumn> bigint primary key, tsv tsvector`. */
  pgTable: string;
  idColumn: string;
}

/**
 * Joins a word to its scope. The mark is a private-use character: no typed query holds it,
 * and FTS5's tokenizer and PostgreSQL both keep "word + mark + scope" as one token.
 */
export const SCOPE_MARK = '\uE000';

export function scoped(tokens: readonly string[], scope?: number): string[] {
  return scope === undefined ? [...tokens] : tokens.map((t) => `${t}${SCOPE_MARK}${scope}`);
}

/** What the index stores for a document: its distinct search tokens, in its scope. */
export function documentTokens(text: string, scope?: number): string[] {
  return scoped([...new Set(searchTokens(text))], scope);
}

export async function indexDocument(
  db: Db,
  index: FullTextIndex,
  id: number,
  text: string,
  scope?: number,
): Promise<void> {
  const tokens = documentTokens(text, scope);
  if (engineOf(db) === 'sqlite') {
    // Written when the group of transactions commits (see atGroupCommit): one FTS5 flush a group.
    await atGroupCommit(db, `fts:${index.sqliteTable}:${id}`, async (conn) => {
      await sql`delete from ${sql.table(index.sqliteTable)} where rowid = ${id}`.execute(conn);
      await sql`insert into ${sql.table(index.sqliteTable)} (rowid, tokens) values (${id}, ${tokens.join(' ')})`.execute(
        conn,
      );
    });
  } else {
    await sql`insert into ${sql.table(index.pgTable)} (${sql.ref(index.idColumn)}, tsv)
      values (${id}, array_to_tsvector(${tokens}::text[]))
      on conflict (${sql.ref(index.idColumn)}) do update set tsv = excluded.tsv`.execute(db);
  }
}

export async function removeDocument(db: Db, index: FullTextIndex, id: number): Promise<void> {
  if (engineOf(db) === 'sqlite') {
    await atGroupCommit(db, `fts:${index.sqliteTable}:${id}`, (conn) =>
      sql`delete from ${sql.table(index.sqliteTable)} where rowid = ${id}`.execute(conn).then(() => undefined),
    );
  } else await sql`delete from ${sql.table(index.pgTable)} where ${sql.ref(index.idColumn)} = ${id}`.execute(db);
}

/**
 * The query's tokens, de-duplicated; empty when the query has no searchable word. A single
 * character beside longer words is left out: typed searches end mid-word ("白沙县加" cuts
 * into 白沙县 and 加), and a lone 加 matches no document's words, so every token being
 * required, it would empty the result.
 */
export function queryTokens(query: string): string[] {
  const tokens = [...new Set(searchTokens(query))];
  const words = tokens.filter((t) => [...t].length > 1);
  return (words.length ? words : tokens).slice(0, 32);
}

function matchExpr(db: Db, query: string, scope?: number): string | null {
  const tokens = scoped(queryTokens(query), scope);
  if (!tokens.length) return null;
  return engineOf(db) === 'sqlite'
    ? tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')
    : tokens.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

/**
 * A condition "record id matches every token of the query" within the scope the documents
 * were indexed in, to put in a WHERE clause on the record's id column. Returns null for a query with
 * no searchable word. On SQLite the id is written `+id`: the planner then walks the records
 * in the list's order and checks each against the matches, instead of fetching every match
 * first and sorting them, which costs far more for a common word.
 */
export function matchCondition(
  db: Db,
  index: FullTextIndex,
  idRef: string,
  query: string,
  scope?: number,
): RawBuilder<boolean> | null {
  const expr = matchExpr(db, query, scope);
  if (expr === null) return null;
  if (engineOf(db) === 'sqlite') {
    return sql<boolean>`+${sql.ref(idRef)} in (select rowid from ${sql.table(index.sqliteTable)} where ${sql.table(index.sqliteTable)} match ${expr})`;
  }
  return sql<boolean>`${sql.ref(idRef)} in (select ${sql.ref(index.idColumn)} from ${sql.table(index.pgTable)} where tsv @@ ${expr}::tsquery)`;
}

/**
 * The same condition, checked record by record: on PostgreSQL a look-up of the record's own
 * document by key (the GIN index is not used). A list ordered by an index and limited to a
 * page then walks the records in that order and stops after the page, where the indexed
 * condition first fetches every match: for a word in thousands of documents of the scope,
 * probing the few hundred records the page needs is far cheaper. SQLite's `+id` condition
 * already lets its planner choose the walk.
 */
export function probeCondition(
  db: Db,
  index: FullTextIndex,
  idRef: string,
  query: string,
  scope?: number,
): RawBuilder<boolean> | null {
  const expr = matchExpr(db, query, scope);
  if (expr === null || engineOf(db) === 'sqlite') return matchCondition(db, index, idRef, query, scope);
  // A scalar subquery is never turned into a join: the planner cannot start from the search
  // table (guessing, wrongly, that few documents match) and must probe each record by key.
  return sql<boolean>`coalesce((select s.tsv @@ ${expr}::tsquery from ${sql.table(index.pgTable)} as s
    where s.${sql.ref(index.idColumn)} = ${sql.ref(idRef)}), false)`;
}

/** How many documents of the scope match the query, counted by the index alone (0 for a query with no searchable word). */
export async function countMatches(db: Db, index: FullTextIndex, query: string, scope: number): Promise<number> {
  const expr = matchExpr(db, query, scope);
  if (expr === null) return 0;
  const row =
    engineOf(db) === 'sqlite'
      ? await sql<{
          n: number;
        }>`select count(*) as n from ${sql.table(index.sqliteTable)} where ${sql.table(index.sqliteTable)} match ${expr}`.execute(
          db,
        )
      : await sql<{
          n: number;
        }>`select count(*) as n from ${sql.table(index.pgTable)} where tsv @@ ${expr}::tsquery`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}
