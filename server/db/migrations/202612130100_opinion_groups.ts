// Near-duplicate groups of opinions (issue 15): one row per group of a campaign's organisation
// with its representative opinion and size; opinions.group_id (core table) points at it. The
// office's corrections are kept on the opinion (group_fixed): 'alone' — taken out of a group,
// a regroup leaves it alone; 'placed' — put into its group by the office (moved or merged), a
// regroup keeps it there.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('opinion_groups'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('campaign_id', keyType(e), fk('opinion_campaigns.id', { onDelete: 'cascade' }))
    .addColumn('representative_id', keyType(e))
    .addColumn('size', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('opinion_groups_scope')
    .on('opinion_groups')
    .columns(['org_id', 'campaign_id', 'size'])
    .execute();
  await db.schema.alterTable('opinions').addColumn('group_fixed', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opinions').dropColumn('group_fixed').execute();
  await db.schema.dropTable('opinion_groups').ifExists().execute();
}
