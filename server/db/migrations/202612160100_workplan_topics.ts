// "Four jointly" topics (四共同): proposed by the party committee, the government or the CPPCC,
// jointly set, then researched, consulted on and implemented; each stage reached is a row with
// its dates, participants, note and meeting (the consultation's; its documents are files owned by the stage row).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('workplan_topics'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('flag', 'text')
    .addColumn('assigned_by', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_topics_org_year_stage')
    .on('workplan_topics')
    .columns(['org_id', 'year', 'stage'])
    .execute();

  await withId(e, db.schema.createTable('workplan_topic_stages'))
    .addColumn('topic_id', keyType(e), fk('workplan_topics.id', { notNull: true }))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('meeting_id', keyType(e), fk('meetings.id'))
    .addColumn('note', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_topic_stages_pair')
    .on('workplan_topic_stages')
    .columns(['topic_id', 'stage'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_topic_stages').ifExists().execute();
  await db.schema.dropTable('workplan_topics').ifExists().execute();
}
