// Strategic themes (the city's named initiatives) as data per organisation, and which topics,
// meetings, research reports and 社情民意 reports carry each. The proposals' themes were a list of
// names in each organisation's proposal settings: they are copied here as the organisation's
// first themes, so the work plan and the proposals speak of the same named initiatives (a
// proposal still stores the names it carries; coverage matches them by name).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('workplan_themes'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_themes_org_name')
    .on('workplan_themes')
    .columns(['org_id', 'name'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('workplan_theme_links'))
    .addColumn('theme_id', keyType(e), fk('workplan_themes.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', keyType(e), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_theme_links_target')
    .on('workplan_theme_links')
    .columns(['org_id', 'kind', 'target_id', 'theme_id'])
    .unique()
    .execute();

  const settings = await db.selectFrom('proposal_settings').select(['org_id', 'themes']).execute();
  const at = new Date().toISOString();
  for (const s of settings as { org_id: number; themes: string }[]) {
    let names: unknown;
    try {
      names = JSON.parse(s.themes);
    } catch {
      continue;
    }
    if (!Array.isArray(names)) continue;
    const unique = [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
    for (const name of unique)
      await db
        .insertInto('workplan_themes')
        .values({ org_id: s.org_id, name: name.trim(), active: 1, created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(['org_id', 'name']).doNothing())
        .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_theme_links').ifExists().execute();
  await db.schema.dropTable('workplan_themes').ifExists().execute();
}
