// Party building (党建工作) of the study module: the three responsibility lists' items per
// organisation and year with their checks, the party organisation chain (党组 → 机关党委 →
// 党支部) with its members, and the liaison pairs (a party member linked to a non-party
// member). Coverage is never stored: it is computed from the roster on every read.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('party_duty_items'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('owner_member_id', keyType(e), fk('members.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('progress', 'text')
    .addColumn('progress_at', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('party_duty_items_org_year')
    .on('party_duty_items')
    .columns(['org_id', 'year', 'list'])
    .execute();

  await withId(e, db.schema.createTable('party_duty_checks'))
    .addColumn('item_id', keyType(e), fk('party_duty_items.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('by_user_id', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('party_duty_checks_item').on('party_duty_checks').column('item_id').execute();

  await withId(e, db.schema.createTable('party_orgs'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', keyType(e), fk('party_orgs.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('party_orgs_org').on('party_orgs').columns(['org_id', 'kind']).execute();

  // `branch_member_id` repeats member_id on a branch's rows only: its unique index keeps a
  // member in at most one branch even under concurrent writes (NULLs never collide).
  await withId(e, db.schema.createTable('party_org_members'))
    .addColumn('party_org_id', keyType(e), fk('party_orgs.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('branch_member_id', keyType(e), fk('members.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('party_org_members_unique')
    .on('party_org_members')
    .columns(['party_org_id', 'member_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('party_org_members_branch')
    .on('party_org_members')
    .column('branch_member_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('party_org_members_org')
    .on('party_org_members')
    .columns(['org_id', 'member_id'])
    .execute();

  await withId(e, db.schema.createTable('party_liaisons'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('party_member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('party_liaisons_pair')
    .on('party_liaisons')
    .columns(['party_member_id', 'member_id'])
    .unique()
    .execute();
  await db.schema.createIndex('party_liaisons_org').on('party_liaisons').columns(['org_id', 'member_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('party_liaisons').ifExists().execute();
  await db.schema.dropTable('party_org_members').ifExists().execute();
  await db.schema.dropTable('party_orgs').ifExists().execute();
  await db.schema.dropTable('party_duty_checks').ifExists().execute();
  await db.schema.dropTable('party_duty_items').ifExists().execute();
}
