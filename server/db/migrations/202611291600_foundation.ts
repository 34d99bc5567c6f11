// Foundation tables: organisations and their reference data, accounts and sessions, the
// member roster, the audit chain, jobs, files and notifications.
// Times are ISO-8601 UTC text and flags are 0/1 integers on both engines (ADR 0002).
import { type Kysely, sql } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);

  await withId(e, db.schema.createTable('organisations'))
    .addColumn('parent_id', key, fk('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('share_with_parent', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('totp_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_parent').on('organisations').column('parent_id').execute();

  await withId(e, db.schema.createTable('terms'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('terms_org_number', ['org_id', 'number'])
    .execute();

  await withId(e, db.schema.createTable('term_sessions'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('term_id', key, fk('terms.id', { notNull: true }))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('term_sessions_term_number', ['term_id', 'number'])
    .execute();

  for (const table of ['sectors', 'committees'] as const) {
    await withId(e, db.schema.createTable(table))
      .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint(`${table}_org_name`, ['org_id', 'name'])
      .execute();
  }

  await withId(e, db.schema.createTable('member_groups'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('committee_id', key, fk('committees.id', { notNull: true }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('member_groups_committee_name', ['committee_id', 'name'])
    .execute();

  await withId(e, db.schema.createTable('handling_units'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('handling_units_org_name', ['org_id', 'name'])
    .execute();

  await withId(e, db.schema.createTable('members'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('term_id', key, fk('terms.id', { notNull: true }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pinyin', 'text', (c) => c.notNull())
    .addColumn('initials', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('sector_id', key, fk('sectors.id', { notNull: true }))
    .addColumn('committee_id', key, fk('committees.id'))
    .addColumn('group_id', key, fk('member_groups.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('work_unit', 'text')
    .addColumn('job_title', 'text')
    .addColumn('is_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_bidx', 'text')
    .addColumn('phone_masked', 'text')
    .addColumn('id_number_enc', 'text')
    .addColumn('id_number_bidx', 'text')
    .addColumn('id_number_masked', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deactivated_at', 'text')
    .addColumn('deactivation_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('members_org_pinyin').on('members').columns(['org_id', 'active', 'pinyin']).execute();
  await db.schema.createIndex('members_org_initials').on('members').columns(['org_id', 'initials']).execute();
  await db.schema.createIndex('members_org_sector').on('members').columns(['org_id', 'sector_id']).execute();
  await db.schema.createIndex('members_org_committee').on('members').columns(['org_id', 'committee_id']).execute();
  await db.schema.createIndex('members_org_term').on('members').columns(['org_id', 'term_id']).execute();
  await db.schema.createIndex('members_phone_bidx').on('members').column('phone_bidx').execute();
  await db.schema.createIndex('members_id_number_bidx').on('members').column('id_number_bidx').execute();
  // One record per person per term: the same ID number may not appear twice in a term's roster.
  await db.schema
    .createIndex('members_term_id_number_unique')
    .on('members')
    .columns(['term_id', 'id_number_bidx'])
    .unique()
    .where(sql.ref('id_number_bidx'), 'is not', null)
    .execute();

  await withId(e, db.schema.createTable('users'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_bidx', 'text', (c) => c.unique())
    .addColumn('phone_masked', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('member_id', key, fk('members.id', { onDelete: 'set null' }))
    .addColumn('unit_id', key, fk('handling_units.id', { onDelete: 'set null' }))
    .addColumn('leader_title', 'text')
    .addColumn('totp_secret_enc', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('totp_last_step', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_login_at', 'text')
    .addColumn('password_changed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_org').on('users').column('org_id').execute();
  await db.schema.createIndex('users_member').on('users').column('member_id').execute();
  await db.schema.createIndex('users_unit').on('users').column('unit_id').execute();

  await withId(e, db.schema.createTable('member_contact_changes'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('requested_by', key, fk('users.id', { notNull: true }))
    .addColumn('changes_enc', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', key, fk('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_contact_changes_org_status')
    .on('member_contact_changes')
    .columns(['org_id', 'status'])
    .execute();

  // Failed-login counters are kept per login name whether or not the account exists, so
  // lockout behaviour cannot be used to discover accounts.
  await db.schema
    .createTable('login_attempts')
    .addColumn('login_key', 'text', (c) => c.primaryKey())
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', key, fk('users.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('current_org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('mfa_state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', key, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', key)
    .addColumn('actor_name', 'text')
    .addColumn('org_id', key)
    .addColumn('ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_org_seq').on('audit_log').columns(['org_id', 'seq']).execute();
  await db.schema
    .createIndex('audit_log_object')
    .on('audit_log')
    .columns(['object_type', 'object_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'seq']).execute();
  // A single row that every append locks: it serialises the chain across app instances.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', key, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head')
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
    .execute();
  // Defence in depth: the database itself refuses to change or remove an audit entry.
  if (e === 'sqlite') {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(
      db,
    );
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(
      db,
    );
  } else {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()`.execute(
      db,
    );
  }

  await withId(e, db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('org_id', key, fk('organisations.id'))
    .addColumn('created_by', key, fk('users.id', { onDelete: 'set null' }))
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('result', 'text')
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('taken_at', 'text')
    .addColumn('gps', 'text')
    .addColumn('created_by', key, fk('users.id', { onDelete: 'set null' }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_owner').on('files').columns(['owner_type', 'owner_id']).execute();

  await withId(e, db.schema.createTable('notifications'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('user_id', key, fk('users.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_user_unread')
    .on('notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') await sql`drop function if exists audit_log_append_only cascade`.execute(db);
  for (const t of [
    'notifications',
    'files',
    'jobs',
    'audit_head',
    'audit_log',
    'auth_sessions',
    'login_attempts',
    'member_contact_changes',
    'users',
    'members',
    'handling_units',
    'member_groups',
    'committees',
    'sectors',
    'term_sessions',
    'terms',
    'organisations',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
