// Consultations (凝聚共识, issue 18): a topic put to members, invited handling units and the public
// by link; short statements (seeded by the office or added by participants and moderated) voted
// agree / disagree / pass; the latest analysis of the votes and the engine's state kept on the
// consultation so the next background run continues it.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('consultations'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('members_take_part', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('public_mode', 'text', (c) => c.notNull().defaultTo('off'))
    .addColumn('public_token_hash', 'text', (c) => c.unique())
    .addColumn('challenge_secret', 'text')
    .addColumn('topic_id', keyType(e), fk('workplan_topics.id'))
    .addColumn('meeting_id', keyType(e), fk('meetings.id'))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('platform'))
    .addColumn('analysis', 'text')
    .addColumn('analysis_state', 'text')
    .addColumn('analysed_votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('analysed_at', 'text')
    .addColumn('created_by', keyType(e), fk('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultations_org_status').on('consultations').columns(['org_id', 'status']).execute();

  await withId(e, db.schema.createTable('consultation_units'))
    .addColumn('consultation_id', keyType(e), fk('consultations.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('unit_id', keyType(e), fk('handling_units.id', { notNull: true }))
    .execute();
  await db.schema
    .createIndex('consultation_units_pair')
    .on('consultation_units')
    .columns(['consultation_id', 'unit_id'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('consultation_participants'))
    .addColumn('consultation_id', keyType(e), fk('consultations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', keyType(e), fk('users.id'))
    .addColumn('display_name', 'text')
    .addColumn('device_hash', 'text', (c) => c.unique())
    .addColumn('external_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_participants_user')
    .on('consultation_participants')
    .columns(['consultation_id', 'user_id'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('consultation_statements'))
    .addColumn('consultation_id', keyType(e), fk('consultations.id', { notNull: true }))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', keyType(e), fk('consultation_participants.id'))
    .addColumn('reject_reason', 'text')
    .addColumn('external_id', 'integer')
    .addColumn('moderated_by', keyType(e), fk('users.id'))
    .addColumn('moderated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_statements_status')
    .on('consultation_statements')
    .columns(['consultation_id', 'status'])
    .execute();

  await withId(e, db.schema.createTable('consultation_votes'))
    .addColumn('consultation_id', keyType(e), fk('consultations.id', { notNull: true }))
    .addColumn('participant_id', keyType(e), fk('consultation_participants.id', { notNull: true }))
    .addColumn('statement_id', keyType(e), fk('consultation_statements.id', { notNull: true }))
    .addColumn('vote', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .execute();
  // One vote per participant and statement: a later vote replaces the earlier (an upsert).
  await db.schema
    .createIndex('consultation_votes_pair')
    .on('consultation_votes')
    .columns(['participant_id', 'statement_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('consultation_votes_statement')
    .on('consultation_votes')
    .columns(['consultation_id', 'statement_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consultation_votes').ifExists().execute();
  await db.schema.dropTable('consultation_statements').ifExists().execute();
  await db.schema.dropTable('consultation_participants').ifExists().execute();
  await db.schema.dropTable('consultation_units').ifExists().execute();
  await db.schema.dropTable('consultations').ifExists().execute();
}
