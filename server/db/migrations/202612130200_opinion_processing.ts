// Processing of opinions (意见建议办理): where each opinion (or a whole near-duplicate group) was
// routed — a department for an answer with a due date, a proposal draft, a 社情民意 report — and
// the answer that came back. One route row per routing step; opinions.route_id points at the
// opinion's current route, so routing a group writes one row for all its opinions and a
// department answers the group once. The classifier is fitted in memory from the opinions
// already classified (nothing stored that cannot be recomputed). PostgreSQL: the dashboard's
// read cache is read from the opinions, their routes and categories, watched here (ADR 0015:
// a cache over an unwatched table never serves); SQLite's change tracker sees every statement.
import { sql, type Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('opinion_routes'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('group_id', keyType(e))
    .addColumn('unit_id', keyType(e), fk('handling_units.id'))
    .addColumn('due_on', 'text')
    .addColumn('proposal_id', keyType(e))
    .addColumn('report_id', keyType(e))
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('reroute_reason', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', keyType(e), fk('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('routed_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('routed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opinion_routes_org_status').on('opinion_routes').columns(['org_id', 'status']).execute();
  await db.schema
    .createIndex('opinion_routes_unit_status')
    .on('opinion_routes')
    .columns(['unit_id', 'status'])
    .execute();

  await db.schema.alterTable('opinions').addColumn('route_id', keyType(e)).execute();
  await db.schema.createIndex('opinions_route').on('opinions').column('route_id').execute();
  // The dashboard counts an organisation's opinions by status: opinions_org_status, made by 202612130050.
  if (e === 'postgres')
    for (const table of WATCHED) await sql`select lvzhi_watch_table(${table}, ${[]}::text[])`.execute(db);
}

const WATCHED = ['opinions', 'opinion_routes', 'opinion_categories'];

export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    for (const table of WATCHED)
      for (const op of ['insert', 'update', 'delete', 'truncate'])
        await sql`drop trigger if exists ${sql.raw(`lvzhi_changes_${op}`)} on ${sql.table(table)}`.execute(db);
    await sql`select pg_notify('lvzhi_changes', '*')`.execute(db);
  }
  await db.schema.dropIndex('opinions_route').ifExists().execute();
  await db.schema.alterTable('opinions').dropColumn('route_id').execute();
  await db.schema.dropTable('opinion_routes').ifExists().execute();
}
