// 社情民意 reports: the reports with their authors and versions (核稿), the bulletin issues and
// their counters, forwarding (报送) and leaders' instructions (批示).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await withId(e, db.schema.createTable('sqmy_reports'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', key, fk('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('submitted_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sqmy_reports_org_year')
    .on('sqmy_reports')
    .columns(['org_id', 'year', 'status'])
    .execute();

  await db.schema
    .createTable('sqmy_report_authors')
    .addColumn('report_id', key, fk('sqmy_reports.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sqmy_report_authors_pk', ['report_id', 'member_id'])
    .execute();
  await db.schema.createIndex('sqmy_report_authors_member').on('sqmy_report_authors').column('member_id').execute();

  await withId(e, db.schema.createTable('sqmy_report_versions'))
    .addColumn('report_id', key, fk('sqmy_reports.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by_user_id', key, fk('users.id', { notNull: true }))
    .addColumn('by_office', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sqmy_report_versions_number')
    .on('sqmy_report_versions')
    .columns(['report_id', 'number'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('sqmy_bulletins'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('issued_on', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  // The issue number is unique per organisation and year: the counter gives it, this guards it.
  await db.schema
    .createIndex('sqmy_bulletins_number')
    .on('sqmy_bulletins')
    .columns(['org_id', 'year', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('sqmy_bulletin_counters')
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sqmy_bulletin_counters_pk', ['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('sqmy_bulletin_items')
    .addColumn('bulletin_id', key, fk('sqmy_bulletins.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('report_id', key, fk('sqmy_reports.id', { notNull: true }))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sqmy_bulletin_items_pk', ['bulletin_id', 'report_id'])
    .execute();
  // A report is printed in one issue at most.
  await db.schema
    .createIndex('sqmy_bulletin_items_report')
    .on('sqmy_bulletin_items')
    .column('report_id')
    .unique()
    .execute();

  await withId(e, db.schema.createTable('sqmy_forwards'))
    .addColumn('report_id', key, fk('sqmy_reports.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('forwarded_on', 'text', (c) => c.notNull())
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sqmy_forwards_report').on('sqmy_forwards').column('report_id').execute();

  await withId(e, db.schema.createTable('sqmy_instructions'))
    .addColumn('report_id', key, fk('sqmy_reports.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('leader', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('instructed_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_at', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sqmy_instructions_report').on('sqmy_instructions').column('report_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'sqmy_instructions',
    'sqmy_forwards',
    'sqmy_bulletin_items',
    'sqmy_bulletin_counters',
    'sqmy_bulletins',
    'sqmy_report_versions',
    'sqmy_report_authors',
    'sqmy_reports',
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
