// The opinions module's core (意见建议): the sector activity week's campaigns, the
// organisations and members taking part, the categories and themes, and the opinions. Groups,
// routes, answers and the classifier come in 202612130100; 社情民意 reports in 202612130200.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('opinion_campaigns'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('public_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_token_hash', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('opinion_campaigns_org_year')
    .on('opinion_campaigns')
    .columns(['org_id', 'year'])
    .execute();
  await db.schema
    .createIndex('opinion_campaigns_public_token')
    .on('opinion_campaigns')
    .column('public_token_hash')
    .unique()
    .execute();

  await withId(e, db.schema.createTable('opinion_campaign_orgs'))
    .addColumn('campaign_id', keyType(e), fk('opinion_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .execute();
  await db.schema
    .createIndex('opinion_campaign_orgs_pair')
    .on('opinion_campaign_orgs')
    .columns(['campaign_id', 'org_id'])
    .unique()
    .execute();
  await db.schema.createIndex('opinion_campaign_orgs_org').on('opinion_campaign_orgs').column('org_id').execute();

  await withId(e, db.schema.createTable('opinion_campaign_participants'))
    .addColumn('campaign_id', keyType(e), fk('opinion_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('added_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('opinion_campaign_participants_member')
    .on('opinion_campaign_participants')
    .columns(['campaign_id', 'member_id'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('opinion_categories'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('opinion_categories_name')
    .on('opinion_categories')
    .columns(['org_id', 'kind', 'name'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('opinions'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('campaign_id', keyType(e), fk('opinion_campaigns.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('member_id', keyType(e), fk('members.id'))
    .addColumn('author_name', 'text')
    .addColumn('contact_enc', 'text')
    .addColumn('contact_masked', 'text')
    .addColumn('sector_id', keyType(e), fk('sectors.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('category_id', keyType(e), fk('opinion_categories.id'))
    .addColumn('theme_id', keyType(e), fk('opinion_categories.id'))
    .addColumn('classified_by', 'text')
    .addColumn('classified_confidence', 'real')
    .addColumn('group_id', keyType(e))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted'))
    .addColumn('closed_reason', 'text')
    .addColumn('receipt_hash', 'text')
    .addColumn('created_by', keyType(e), fk('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opinions_org_created').on('opinions').columns(['org_id', 'created_at']).execute();
  await db.schema.createIndex('opinions_campaign').on('opinions').columns(['campaign_id', 'org_id']).execute();
  await db.schema.createIndex('opinions_member').on('opinions').columns(['member_id', 'created_at']).execute();
  await db.schema.createIndex('opinions_group').on('opinions').column('group_id').execute();
  await db.schema.createIndex('opinions_receipt').on('opinions').column('receipt_hash').unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('opinions').ifExists().execute();
  await db.schema.dropTable('opinion_categories').ifExists().execute();
  await db.schema.dropTable('opinion_campaign_participants').ifExists().execute();
  await db.schema.dropTable('opinion_campaign_orgs').ifExists().execute();
  await db.schema.dropTable('opinion_campaigns').ifExists().execute();
}
