// The year's work priorities (年度工作要点) of an organisation: its items, each with an owner
// (a committee or the office) and a deadline, the meetings, topics and reports that carry an
// item out (typed links: kind + id), and the monthly plans: one entry per item and month with
// its progress, a slipped one with its reason.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('workplan_priorities'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_priorities_org_year')
    .on('workplan_priorities')
    .columns(['org_id', 'year'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('workplan_priority_items'))
    .addColumn('priority_id', keyType(e), fk('workplan_priorities.id', { notNull: true }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('committee_id', keyType(e), fk('committees.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_priority_items_priority')
    .on('workplan_priority_items')
    .columns(['priority_id', 'seq'])
    .execute();

  await withId(e, db.schema.createTable('workplan_item_links'))
    .addColumn('item_id', keyType(e), fk('workplan_priority_items.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', keyType(e), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_item_links_triple')
    .on('workplan_item_links')
    .columns(['item_id', 'kind', 'target_id'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('workplan_month_entries'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('item_id', keyType(e), fk('workplan_priority_items.id', { notNull: true }))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('slip_reason', 'text')
    .addColumn('updated_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_month_entries_item_month')
    .on('workplan_month_entries')
    .columns(['item_id', 'month'])
    .unique()
    .execute();
  await db.schema
    .createIndex('workplan_month_entries_org_month')
    .on('workplan_month_entries')
    .columns(['org_id', 'month'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_month_entries').ifExists().execute();
  await db.schema.dropTable('workplan_item_links').ifExists().execute();
  await db.schema.dropTable('workplan_priority_items').ifExists().execute();
  await db.schema.dropTable('workplan_priorities').ifExists().execute();
}
