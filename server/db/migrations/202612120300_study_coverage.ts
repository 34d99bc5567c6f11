// Training coverage (培训覆盖): what the office sets beside the figures, which themselves are
// computed from attendance and never stored — each organisation's annual targets (the share of
// all members, and of the new members, to be reached by training in a year) and its cohorts
// (named lists of members for backbone or key-work training, each with its own coverage).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await withId(e, db.schema.createTable('study_coverage_targets'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('updated_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_coverage_targets_org_year')
    .on('study_coverage_targets')
    .columns(['org_id', 'year', 'measure'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('study_coverage_cohorts'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_coverage_cohorts_org_year')
    .on('study_coverage_cohorts')
    .columns(['org_id', 'year', 'name'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('study_coverage_cohort_members'))
    .addColumn('cohort_id', key, fk('study_coverage_cohorts.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .execute();
  await db.schema
    .createIndex('study_coverage_cohort_members_key')
    .on('study_coverage_cohort_members')
    .columns(['cohort_id', 'member_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['study_coverage_cohort_members', 'study_coverage_cohorts', 'study_coverage_targets'])
    await db.schema.dropTable(t).ifExists().execute();
}
