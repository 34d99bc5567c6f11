// Every query of strategic themes and the links saying which work carries them (and, for the
// coverage, the ids of the year's topics and research reports, the module's own tables).
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { ThemeTargetKind, WorkplanThemesTable } from '../../../db/tables/workplan-engagement.js';

export function createThemeRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('workplan_themes').selectAll().where('id', '=', id).executeTakeFirst(),
    list: (db: Db, orgId: number, active?: boolean) => {
      let q = db.selectFrom('workplan_themes').selectAll().where('org_id', '=', orgId);
      if (active !== undefined) q = q.where('active', '=', active ? 1 : 0);
      return q.orderBy('active', 'desc').orderBy('id').execute();
    },
    byName: (db: Db, orgId: number, name: string) =>
      db
        .selectFrom('workplan_themes')
        .select('id')
        .where('org_id', '=', orgId)
        .where('name', '=', name)
        .executeTakeFirst(),
    insert: async (db: Db, row: Insertable<WorkplanThemesTable>) =>
      (await db.insertInto('workplan_themes').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, set: Updateable<WorkplanThemesTable>) =>
      db.updateTable('workplan_themes').set(set).where('id', '=', id).execute(),

    linksOf: (db: Db, orgId: number, kind: ThemeTargetKind, targetId: number) =>
      db
        .selectFrom('workplan_theme_links as l')
        .innerJoin('workplan_themes as t', 't.id', 'l.theme_id')
        .select(['t.id', 't.name'])
        .where('l.org_id', '=', orgId)
        .where('l.kind', '=', kind)
        .where('l.target_id', '=', targetId)
        .orderBy('t.id')
        .execute(),
    setLinks: async (db: Db, orgId: number, kind: ThemeTargetKind, targetId: number, themeIds: number[]) => {
      await db
        .deleteFrom('workplan_theme_links')
        .where('org_id', '=', orgId)
        .where('kind', '=', kind)
        .where('target_id', '=', targetId)
        .execute();
      if (themeIds.length)
        await db
          .insertInto('workplan_theme_links')
          .values(themeIds.map((theme_id) => ({ theme_id, org_id: orgId, kind, target_id: targetId })))
          .execute();
    },
    allLinks: (db: Db, orgId: number) =>
      db
        .selectFrom('workplan_theme_links')
        .select(['theme_id', 'kind', 'target_id'])
        .where('org_id', '=', orgId)
        .execute(),

    topicOrg: (db: Db, id: number) =>
      db.selectFrom('workplan_topics').select('org_id').where('id', '=', id).executeTakeFirst(),
    reportOrg: (db: Db, id: number) =>
      db.selectFrom('workplan_reports').select('org_id').where('id', '=', id).executeTakeFirst(),
    topicIdsOf: async (db: Db, orgId: number, year: number) =>
      (
        await db
          .selectFrom('workplan_topics')
          .select('id')
          .where('org_id', '=', orgId)
          .where('year', '=', year)
          .execute()
      ).map((r) => r.id),
    reportIdsOf: async (db: Db, orgId: number, year: number) =>
      (
        await db
          .selectFrom('workplan_reports')
          .select('id')
          .where('org_id', '=', orgId)
          .where('year', '=', year)
          .execute()
      ).map((r) => r.id),
  };
}

export type ThemeRepo = ReturnType<typeof createThemeRepo>;
export type ThemeRow = NonNullable<Awaited<ReturnType<ThemeRepo['get']>>>;
