// Every query of processing: the opinions (their classification, status and current route),
// the categories and themes, the routes and answers. Departments' and members' names are
// joined for display only.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { OpinionRoutesTable } from '../../../db/tables/opinion-processing.js';
import type { CategoryKind, OpinionCategoriesTable, OpinionsTable } from '../../../db/tables/opinions.js';
import type { Db } from '../../../db/tx.js';
import { TRAINING_LIMIT } from './classifier.model.js';

export type OpinionRow = Selectable<OpinionsTable> & { route_id: number | null };
export type RouteRow = Selectable<OpinionRoutesTable>;
export type CategoryRow = Selectable<OpinionCategoriesTable>;

/** The columns the classifier and the processing views read of an opinion. */
const OPINION_COLUMNS = [
  'id',
  'org_id',
  'campaign_id',
  'channel',
  'member_id',
  'author_name',
  'contact_enc',
  'contact_masked',
  'sector_id',
  'title',
  'body',
  'place',
  'category_id',
  'theme_id',
  'classified_by',
  'classified_confidence',
  'group_id',
  'status',
  'closed_reason',
  'receipt_hash',
  'created_by',
  'created_at',
  'updated_at',
  'route_id',
] as const;

export function createProcessingRepo() {
  return {
    opinion: (db: Db, id: number) =>
      db.selectFrom('opinions').select(OPINION_COLUMNS).where('id', '=', id).executeTakeFirst() as Promise<
        OpinionRow | undefined
      >,
    opinionsByIds: (db: Db, ids: readonly number[]) =>
      (ids.length
        ? db
            .selectFrom('opinions')
            .select(OPINION_COLUMNS)
            .where('id', 'in', [...ids])
            .orderBy('id')
            .execute()
        : Promise.resolve([])) as Promise<OpinionRow[]>,
    /** The opinions of a near-duplicate group of the organisation. */
    opinionsOfGroup: (db: Db, orgId: number, groupId: number) =>
      db
        .selectFrom('opinions')
        .select(OPINION_COLUMNS)
        .where('org_id', '=', orgId)
        .where('group_id', '=', groupId)
        .orderBy('id')
        .execute() as Promise<OpinionRow[]>,
    groupSize: async (db: Db, groupId: number) =>
      Number(
        (
          await db
            .selectFrom('opinions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('group_id', '=', groupId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    /** Opinions of the organisation not yet classified, oldest first. */
    unclassified: (db: Db, orgId: number, limit: number) =>
      db
        .selectFrom('opinions')
        .select(OPINION_COLUMNS)
        .where('org_id', '=', orgId)
        .where('classified_by', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute() as Promise<OpinionRow[]>,
    setClassification: (
      db: Db,
      id: number,
      set: Pick<Updateable<OpinionsTable>, 'category_id' | 'theme_id' | 'classified_by' | 'classified_confidence'>,
      at: string,
    ) =>
      db
        .updateTable('opinions')
        .set({ ...set, updated_at: at })
        .where('id', '=', id)
        .execute(),
    setStatus: (
      db: Db,
      ids: readonly number[],
      set: { status: OpinionRow['status']; route_id?: number | null; closed_reason?: string | null },
      at: string,
    ) =>
      ids.length
        ? db
            .updateTable('opinions')
            .set({ ...set, updated_at: at })
            .where('id', 'in', [...ids])
            .execute()
        : Promise.resolve([]),

    /** How much the organisation's classifier has to learn from: all labelled, and the office's corrections. */
    trainingCounts: async (db: Db, orgId: number) => {
      const rows = await db
        .selectFrom('opinions')
        .select(['classified_by', (eb) => eb.fn.countAll().as('n')])
        .where('org_id', '=', orgId)
        .where('classified_by', 'in', ['rule', 'office'])
        .groupBy('classified_by')
        .execute();
      const of = (k: string) => Number(rows.find((r) => r.classified_by === k)?.n ?? 0);
      return { office: of('office'), labelled: of('office') + of('rule') };
    },
    /** The labelled opinions a fit learns from: every office correction, and the latest rule labels. */
    trainingRows: async (db: Db, orgId: number) => {
      const cols = ['title', 'body', 'category_id', 'theme_id', 'classified_by'] as const;
      const [office, rule] = await Promise.all([
        db
          .selectFrom('opinions')
          .select(cols)
          .where('org_id', '=', orgId)
          .where('classified_by', '=', 'office')
          .execute(),
        db
          .selectFrom('opinions')
          .select(cols)
          .where('org_id', '=', orgId)
          .where('classified_by', '=', 'rule')
          .orderBy('id', 'desc')
          .limit(TRAINING_LIMIT)
          .execute(),
      ]);
      return [...office, ...rule];
    },

    categories: (db: Db, orgId: number) =>
      db
        .selectFrom('opinion_categories')
        .selectAll()
        .where('org_id', '=', orgId)
        .orderBy('kind')
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    category: (db: Db, id: number) =>
      db.selectFrom('opinion_categories').selectAll().where('id', '=', id).executeTakeFirst(),
    categoryNamed: (db: Db, orgId: number, kind: CategoryKind, name: string, exceptId = 0) =>
      db
        .selectFrom('opinion_categories')
        .select('id')
        .where('org_id', '=', orgId)
        .where('kind', '=', kind)
        .where('name', '=', name)
        .where('id', '!=', exceptId)
        .executeTakeFirst(),
    insertCategory: (db: Db, row: Insertable<OpinionCategoriesTable>) =>
      db.insertInto('opinion_categories').values(row).returningAll().executeTakeFirstOrThrow(),
    updateCategory: (db: Db, id: number, set: Updateable<OpinionCategoriesTable>) =>
      db.updateTable('opinion_categories').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    /** How many opinions each category or theme holds. */
    categoryCounts: async (db: Db, orgId: number) => {
      const [c, t] = await Promise.all(
        (['category_id', 'theme_id'] as const).map((col) =>
          db
            .selectFrom('opinions')
            .select([col, (eb) => eb.fn.countAll().as('n')])
            .where('org_id', '=', orgId)
            .where(col, 'is not', null)
            .groupBy(col)
            .execute(),
        ),
      );
      const out = new Map<number, number>();
      for (const r of c!) out.set(r.category_id!, Number(r.n));
      for (const r of t!) out.set(r.theme_id!, Number(r.n));
      return out;
    },

    unit: (db: Db, id: number) =>
      db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', '=', id)
        .executeTakeFirst(),
    route: (db: Db, id: number) => db.selectFrom('opinion_routes').selectAll().where('id', '=', id).executeTakeFirst(),
    insertRoute: (db: Db, row: Insertable<OpinionRoutesTable>) =>
      db.insertInto('opinion_routes').values(row).returningAll().executeTakeFirstOrThrow(),
    updateRoute: (db: Db, id: number, set: Updateable<OpinionRoutesTable>) =>
      db.updateTable('opinion_routes').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    opinionsOfRoute: (db: Db, routeId: number) =>
      db
        .selectFrom('opinions')
        .select(OPINION_COLUMNS)
        .where('route_id', '=', routeId)
        .orderBy('id')
        .execute() as Promise<OpinionRow[]>,
    /** Routes left without opinions once theirs went elsewhere. */
    emptyRoutes: async (db: Db, routeIds: readonly number[]) => {
      if (!routeIds.length) return [];
      const held = await db
        .selectFrom('opinions')
        .select('route_id')
        .distinct()
        .where('route_id', 'in', [...routeIds])
        .execute();
      return routeIds.filter((id) => !held.some((h) => h.route_id === id));
    },
    /** A department's routes, newest first, with their opinions' titles and texts. */
    routesOfUnit: (db: Db, unitId: number, statuses: readonly RouteRow['status'][], limit: number) =>
      db
        .selectFrom('opinion_routes')
        .selectAll()
        .where('unit_id', '=', unitId)
        .where('kind', '=', 'unit')
        .where('status', 'in', [...statuses])
        .orderBy('routed_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),
    opinionsOfRoutes: (db: Db, routeIds: readonly number[]) =>
      routeIds.length
        ? db
            .selectFrom('opinions')
            .select(['id', 'route_id', 'title', 'body', 'place', 'created_at'])
            .where('route_id', 'in', [...routeIds])
            .orderBy('id')
            .execute()
        : Promise.resolve([]),
    unitNames: async (db: Db, ids: readonly number[]) =>
      new Map(
        (ids.length
          ? await db
              .selectFrom('handling_units')
              .select(['id', 'name'])
              .where('id', 'in', [...ids])
              .execute()
          : []
        ).map((u) => [u.id, u.name]),
      ),
    /** The opinion a receipt code names. */
    byReceipt: (db: Db, hashes: readonly string[]) =>
      db
        .selectFrom('opinions')
        .select(OPINION_COLUMNS)
        .where('receipt_hash', 'in', [...hashes])
        .executeTakeFirst() as Promise<OpinionRow | undefined>,
  };
}

export type ProcessingRepo = ReturnType<typeof createProcessingRepo>;
