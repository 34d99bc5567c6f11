// Proposals (提案): the proposal and its proposers, numbering counters, assignments to
// handling units, contacts, co-opinions and replies, commitments and their progress,
// feedback, extensions, urging, key-proposal events, unit evaluation scores, the search
// index (FTS5 on SQLite, tsvector on PostgreSQL) and the similarity vectors.
import { type Kysely, sql } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);

  await db.schema
    .createTable('proposal_settings')
    .addColumn('org_id', key, (c) => c.primaryKey().references('organisations.id'))
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull())
    .addColumn('result_labels', 'text', (c) => c.notNull())
    .addColumn('reject_reasons', 'text', (c) => c.notNull())
    .addColumn('sign_days', 'integer', (c) => c.notNull())
    .addColumn('reply_months', 'integer', (c) => c.notNull())
    .addColumn('rehandle_limit', 'integer', (c) => c.notNull())
    .addColumn('invite_days', 'integer', (c) => c.notNull())
    .addColumn('session_lead_days', 'integer', (c) => c.notNull())
    .addColumn('holidays', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(e, db.schema.createTable('proposals'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('term_id', key, fk('terms.id', { notNull: true }))
    .addColumn('session_id', key, fk('term_sessions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('collective_type', 'text')
    .addColumn('collective_ref', 'text')
    .addColumn('collective_name', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('suggestions', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suggested_unit_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('series', 'text')
    .addColumn('number', 'integer')
    .addColumn('number_label', 'text')
    .addColumn('author_user_id', key, fk('users.id', { notNull: true }))
    .addColumn('lead_member_id', key, fk('members.id'))
    .addColumn('lead_sector_id', key, fk('sectors.id'))
    .addColumn('lead_committee_id', key, fk('committees.id'))
    .addColumn('content_hash', 'text')
    .addColumn('merged_into_id', key, fk('proposals.id'))
    .addColumn('reject_reason', 'text')
    .addColumn('review_note', 'text')
    .addColumn('result_class', 'text')
    .addColumn('reply_deadline', 'text')
    .addColumn('rehandle_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_key', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('key_status', 'text')
    .addColumn('key_leader_user_id', key, fk('users.id'))
    .addColumn('is_excellent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('excellent_year', 'integer')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const idx = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('proposals').columns(columns).execute();
  await idx('proposals_org_state', ['org_id', 'state', 'id']);
  await idx('proposals_org_term_session', ['org_id', 'term_id', 'session_id', 'number']);
  await idx('proposals_org_submitted', ['org_id', 'submitted_at']);
  await idx('proposals_org_category', ['org_id', 'category', 'id']);
  await idx('proposals_org_sector', ['org_id', 'lead_sector_id', 'id']);
  await idx('proposals_org_committee', ['org_id', 'lead_committee_id', 'id']);
  await idx('proposals_org_key', ['org_id', 'is_key', 'id']);
  await idx('proposals_org_deadline', ['org_id', 'reply_deadline']);
  await idx('proposals_author', ['author_user_id', 'id']);
  await idx('proposals_content_hash', ['content_hash']);
  await idx('proposals_merged_into', ['merged_into_id']);
  await idx('proposals_public', ['is_public', 'state', 'id']);

  await db.schema
    .createTable('proposal_counters')
    .addColumn('org_id', key, (c) => c.notNull().references('organisations.id'))
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_counters_pk', ['org_id', 'series_key'])
    .execute();

  await db.schema
    .createTable('proposal_proposers')
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invited_at', 'text')
    .addColumn('invite_deadline', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('via_proposal_id', key, fk('proposals.id'))
    .addPrimaryKeyConstraint('proposal_proposers_pk', ['proposal_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('proposal_proposers_member')
    .on('proposal_proposers')
    .columns(['member_id', 'status', 'proposal_id'])
    .execute();

  await withId(e, db.schema.createTable('proposal_assignments'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('part_note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sign_deadline', 'text', (c) => c.notNull())
    .addColumn('reply_deadline', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('urge_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_urged_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_assignments_unit')
    .on('proposal_assignments')
    .columns(['unit_id', 'status', 'proposal_id'])
    .execute();
  await db.schema
    .createIndex('proposal_assignments_proposal')
    .on('proposal_assignments')
    .columns(['proposal_id', 'status'])
    .execute();
  await db.schema
    .createIndex('proposal_assignments_deadline')
    .on('proposal_assignments')
    .columns(['status', 'reply_deadline'])
    .execute();

  await withId(e, db.schema.createTable('proposal_replies'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('assignment_id', key, fk('proposal_assignments.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('result_class', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', fk('files.id'))
    .addColumn('signer', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sent_back_note', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_replies_proposal')
    .on('proposal_replies')
    .columns(['proposal_id', 'kind', 'status'])
    .execute();
  await db.schema
    .createIndex('proposal_replies_unit')
    .on('proposal_replies')
    .columns(['unit_id', 'kind', 'created_at'])
    .execute();

  await withId(e, db.schema.createTable('proposal_commitments'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('reply_id', key, fk('proposal_replies.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_commitments_unit')
    .on('proposal_commitments')
    .columns(['unit_id', 'status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('proposal_commitments_proposal')
    .on('proposal_commitments')
    .column('proposal_id')
    .execute();

  await withId(e, db.schema.createTable('proposal_commitment_updates'))
    .addColumn('commitment_id', key, fk('proposal_commitments.id', { notNull: true }))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('marks_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_commitment_updates_commitment')
    .on('proposal_commitment_updates')
    .column('commitment_id')
    .execute();

  await withId(e, db.schema.createTable('proposal_contacts'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('contacted_on', 'text', (c) => c.notNull())
    .addColumn('way', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_contacts_proposal').on('proposal_contacts').column('proposal_id').execute();

  await withId(e, db.schema.createTable('proposal_feedback'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('contacted', 'text', (c) => c.notNull())
    .addColumn('attitude', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('comments', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('proposal_feedback_round', ['proposal_id', 'round'])
    .execute();

  await withId(e, db.schema.createTable('proposal_extensions'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('assignment_id', key, fk('proposal_assignments.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('requested_deadline', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', key, fk('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_extensions_status')
    .on('proposal_extensions')
    .columns(['status', 'proposal_id'])
    .execute();

  await withId(e, db.schema.createTable('proposal_urgings'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('assignment_id', key, fk('proposal_assignments.id', { notNull: true }))
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('note', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_urgings_assignment').on('proposal_urgings').column('assignment_id').execute();

  await withId(e, db.schema.createTable('proposal_key_events'))
    .addColumn('proposal_id', key, fk('proposals.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('leader_user_id', key, fk('users.id'))
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_key_events_proposal').on('proposal_key_events').column('proposal_id').execute();

  await db.schema
    .createTable('unit_evaluation_scores')
    .addColumn('org_id', key, (c) => c.notNull().references('organisations.id'))
    .addColumn('unit_id', key, (c) => c.notNull().references('handling_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_evaluation_scores_pk', ['unit_id', 'year'])
    .execute();

  // Term vectors for similar-proposal detection, kept so an app instance can rebuild its
  // in-memory index without re-tokenising every proposal.
  await db.schema
    .createTable('proposal_vectors')
    .addColumn('proposal_id', key, (c) => c.primaryKey().references('proposals.id').onDelete('cascade'))
    .addColumn('org_id', key, (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_vectors_updated').on('proposal_vectors').column('updated_at').execute();

  // Full-text search over title, reasons, suggestions and replies, as jieba tokens.
  if (e === 'sqlite') {
    await sql`create virtual table proposal_fts using fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
  } else {
    await db.schema
      .createTable('proposal_search')
      .addColumn('proposal_id', key, (c) => c.primaryKey().references('proposals.id').onDelete('cascade'))
      .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`create index proposal_search_tsv on proposal_search using gin (tsv)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  if (e === 'sqlite') await sql`drop table if exists proposal_fts`.execute(db);
  for (const t of [
    'proposal_search',
    'proposal_vectors',
    'unit_evaluation_scores',
    'proposal_key_events',
    'proposal_urgings',
    'proposal_extensions',
    'proposal_feedback',
    'proposal_contacts',
    'proposal_commitment_updates',
    'proposal_commitments',
    'proposal_replies',
    'proposal_assignments',
    'proposal_proposers',
    'proposal_counters',
    'proposals',
    'proposal_settings',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
