// Columns the first meetings migration made room for and nothing ever used: a plenary's group,
// seat, lodging and transport live in the guide's own tables (202612100000_meeting_guide), and
// the public questions link in meeting_question_boards (202612100100_meeting_questions). Kept,
// they read as data a reader might trust; no index or key touches them, so both engines drop
// them in place.
import type { Kysely } from 'kysely';
import { keyType, engineOf } from './schema-helpers.js';

const INVITATION_TEXT = ['seat', 'lodging', 'transport'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['group_id', ...INVITATION_TEXT])
    await db.schema.alterTable('meeting_invitations').dropColumn(column).execute();
  await db.schema.alterTable('meetings').dropColumn('public_token').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('public_token', 'text').execute();
  await db.schema
    .alterTable('meeting_invitations')
    .addColumn('group_id', keyType(engineOf(db)))
    .execute();
  for (const column of INVITATION_TEXT)
    await db.schema.alterTable('meeting_invitations').addColumn(column, 'text').execute();
}
