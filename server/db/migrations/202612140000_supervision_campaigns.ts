// Democratic supervision (民主监督), evaluation campaigns (民主评议): the campaign, its criteria,
// the objects evaluated (parks, departments, projects, service windows), the members and teams
// taking part, who visits what, the visits captured on phones with their scores and photos, the
// office's review of each object, and the problems found and routed to departments.
// Inspections (视察) have their own migration.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await withId(e, db.schema.createTable('supervision_campaigns'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('object_kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('visits_per_object', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('album_file_id', 'text', fk('files.id', { onDelete: 'set null' }))
    .addColumn('album_built_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_campaigns_org')
    .on('supervision_campaigns')
    .columns(['org_id', 'starts_on'])
    .execute();

  await withId(e, db.schema.createTable('supervision_criteria'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('max_score', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('guide', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('supervision_criteria_campaign')
    .on('supervision_criteria')
    .column('campaign_id')
    .execute();

  await withId(e, db.schema.createTable('supervision_objects'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('district', 'text')
    .addColumn('category', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    // The department answerable for the object (a park's 园林局), as imported and, when it is
    // one of the organisation's handling units, that unit: problems found are routed to it.
    .addColumn('responsible_unit', 'text')
    .addColumn('responsible_unit_id', key, fk('handling_units.id'))
    // When the object evaluated IS a handling unit (key-proposal handling), that unit.
    .addColumn('unit_id', key, fk('handling_units.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_objects_name')
    .on('supervision_objects')
    .columns(['campaign_id', 'name'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('supervision_teams'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_teams_name')
    .on('supervision_teams')
    .columns(['campaign_id', 'name'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('supervision_participants'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('team_id', key, fk('supervision_teams.id', { onDelete: 'set null' }))
    // The member's own district: objects there are assigned to him first.
    .addColumn('district', 'text')
    .addColumn('added_by', key, fk('users.id', { notNull: true }))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_participants_member')
    .on('supervision_participants')
    .columns(['campaign_id', 'member_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('supervision_participants_by_member')
    .on('supervision_participants')
    .column('member_id')
    .execute();

  // Who visits what: a member, or a team (any of its members may visit for it).
  await withId(e, db.schema.createTable('supervision_assignments'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('object_id', key, fk('supervision_objects.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id'))
    .addColumn('team_id', key, fk('supervision_teams.id', { onDelete: 'cascade' }))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_assignments_object')
    .on('supervision_assignments')
    .columns(['object_id', 'member_id', 'team_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('supervision_assignments_member')
    .on('supervision_assignments')
    .columns(['member_id', 'campaign_id'])
    .execute();
  await db.schema
    .createIndex('supervision_assignments_campaign')
    .on('supervision_assignments')
    .column('campaign_id')
    .execute();

  // A visit as captured on the phone. client_id is made on the phone when the visit starts, so a
  // resend after a lost answer finds the visit instead of storing it twice.
  await withId(e, db.schema.createTable('supervision_visits'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true }))
    .addColumn('object_id', key, fk('supervision_objects.id', { notNull: true }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .addColumn('interviewee', 'text', (c) => c.notNull())
    .addColumn('interview_notes', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    // 'ok', or 'flagged' with the reasons (JSON list of codes) for the office to look at.
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('evidence_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_visits_client')
    .on('supervision_visits')
    .columns(['member_id', 'client_id'])
    .unique()
    .execute();
  await db.schema.createIndex('supervision_visits_object').on('supervision_visits').column('object_id').execute();
  await db.schema
    .createIndex('supervision_visits_campaign')
    .on('supervision_visits')
    .columns(['campaign_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('supervision_visit_scores')
    .addColumn('visit_id', key, fk('supervision_visits.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('criterion_id', key, fk('supervision_criteria.id', { notNull: true }))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_visit_scores_pk', ['visit_id', 'criterion_id'])
    .execute();

  await withId(e, db.schema.createTable('supervision_visit_photos'))
    .addColumn('visit_id', key, fk('supervision_visits.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('file_id', 'text', fk('files.id', { notNull: true }))
    .addColumn('taken_at', 'text')
    // Metres from the object's position to where the photo says it was taken (null: unknown).
    .addColumn('distance_m', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_album', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('supervision_visit_photos_file')
    .on('supervision_visit_photos')
    .column('file_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('supervision_visit_photos_visit')
    .on('supervision_visit_photos')
    .column('visit_id')
    .execute();

  // The office's official review (点评) of one object.
  await withId(e, db.schema.createTable('supervision_reviews'))
    .addColumn('object_id', key, fk('supervision_objects.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('written_by', key, fk('users.id', { notNull: true }))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_reviews_object')
    .on('supervision_reviews')
    .column('object_id')
    .unique()
    .execute();

  // Problems found, routed to the responsible department, answered and followed to done.
  await withId(e, db.schema.createTable('supervision_problems'))
    .addColumn('campaign_id', key, fk('supervision_campaigns.id', { notNull: true }))
    .addColumn('object_id', key, fk('supervision_objects.id', { notNull: true }))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit_id', key, fk('handling_units.id', { notNull: true }))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('answer', 'text')
    .addColumn('answered_by', key, fk('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_problems_campaign')
    .on('supervision_problems')
    .column('campaign_id')
    .execute();
  await db.schema
    .createIndex('supervision_problems_unit')
    .on('supervision_problems')
    .columns(['unit_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'supervision_problems',
    'supervision_reviews',
    'supervision_visit_photos',
    'supervision_visit_scores',
    'supervision_visits',
    'supervision_assignments',
    'supervision_participants',
    'supervision_teams',
    'supervision_objects',
    'supervision_criteria',
    'supervision_campaigns',
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
