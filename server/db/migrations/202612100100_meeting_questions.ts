// The forum's live questions (现场提问): members and the invited public ask during a forum or
// open meeting, the office moderates, the projector shows the approved ones, and the leaders'
// answers are kept with the meeting. One board row per meeting holds its public link, its
// screen link, the question on screen now and a revision counted up by every change (the
// screen's ETag, so a poll that finds nothing new reads one row).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await db.schema
    .createTable('meeting_question_boards')
    .addColumn('meeting_id', key, (c) => c.primaryKey().references('meetings.id').onDelete('restrict'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    // The public link's token (shared on posters and screens, so kept readable for the office).
    .addColumn('public_token', 'text')
    .addColumn('public_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    // The projector's read-only link.
    .addColumn('screen_token', 'text')
    // The key that signs the public page's challenges (never leaves the server).
    .addColumn('challenge_secret', 'text', (c) => c.notNull())
    .addColumn('current_question_id', key)
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_question_boards_public')
    .on('meeting_question_boards')
    .column('public_token')
    .unique()
    .execute();
  await db.schema
    .createIndex('meeting_question_boards_screen')
    .on('meeting_question_boards')
    .column('screen_token')
    .unique()
    .execute();

  await withId(e, db.schema.createTable('meeting_questions'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true }))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    // 'member' (signed in) or 'public' (through the public link).
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('member_id', key, fk('members.id'))
    .addColumn('user_id', key, fk('users.id'))
    // The name a public visitor gave (no account, no personal data asked).
    .addColumn('display_name', 'text')
    // Whether the screen hides the asker's name.
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    // The leader or guest the question is put to, as the asker wrote it.
    .addColumn('addressed_to', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    // The text as asked, kept once the office corrects it.
    .addColumn('original_body', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('merged_into', key, fk('meeting_questions.id'))
    .addColumn('answered_by', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('moderated_by', key, fk('users.id'))
    .addColumn('moderated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_questions_meeting_status')
    .on('meeting_questions')
    .columns(['meeting_id', 'status'])
    .execute();
  // The duty record's read model: a member's questions of a period.
  await db.schema
    .createIndex('meeting_questions_member')
    .on('meeting_questions')
    .columns(['member_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_questions').ifExists().execute();
  await db.schema.dropTable('meeting_question_boards').ifExists().execute();
}
