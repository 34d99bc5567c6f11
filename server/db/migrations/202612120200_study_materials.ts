// Study materials (学习资料) and each member's reading of them (issue 14, item 2). A material
// keeps the audience the office chose (JSON); publishing resolves it once into one reading row
// per member. The reading row is the record: the first open, the visible seconds the page
// reported (capped by wall time on the server), the finish and the member's reflection.
// (material_id, finished_at) serves the office's counts and unread list; (member_id,
// finished_at) a member's learning record for a year, the hot read; the unique
// (member_id, material_id) his list and every step on one material.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('study_materials'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('url', 'text')
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assigned_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema.createIndex('study_materials_org').on('study_materials').columns(['org_id', 'status']).execute();
  await withId(e, db.schema.createTable('study_material_reads'))
    .addColumn('material_id', keyType(e), fk('study_materials.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('opened_at', 'text')
    .addColumn('last_beat_at', 'text')
    .addColumn('seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('finished_at', 'text')
    .addColumn('reflection', 'text')
    .addColumn('reflected_at', 'text')
    .execute();
  await db.schema
    .createIndex('study_material_reads_member')
    .on('study_material_reads')
    .columns(['member_id', 'material_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('study_material_reads_material')
    .on('study_material_reads')
    .columns(['material_id', 'finished_at'])
    .execute();
  await db.schema
    .createIndex('study_material_reads_record')
    .on('study_material_reads')
    .columns(['member_id', 'finished_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('study_material_reads').ifExists().execute();
  await db.schema.dropTable('study_materials').ifExists().execute();
}
