// Every query of the organisations module.
import type { Db } from '../../db/tx.js';
import type {
  HandlingUnitsTable,
  MemberGroupsTable,
  NamedRefTable,
  OrganisationsTable,
  TermSessionsTable,
  TermsTable,
} from '../../db/schema.js';
import type { Insertable, Selectable, Updateable } from 'kysely';

export type OrgRow = Selectable<OrganisationsTable>;
export type TermRow = Selectable<TermsTable>;
export type TermSessionRow = Selectable<TermSessionsTable>;
export type NamedRefRow = Selectable<NamedRefTable>;
export type GroupRow = Selectable<MemberGroupsTable>;
export type UnitRow = Selectable<HandlingUnitsTable>;
export type NamedRefTableName = 'sectors' | 'committees';

export function createOrgRepo() {
  return {
    getOrg: (db: Db, id: number) => db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst(),
    listOrgs: (db: Db, ids: readonly number[]) =>
      ids.length
        ? db
            .selectFrom('organisations')
            .selectAll()
            .where('id', 'in', [...ids])
            .orderBy('id')
            .execute()
        : Promise.resolve([]),
    insertOrg: (db: Db, row: Insertable<OrganisationsTable>) =>
      db.insertInto('organisations').values(row).returningAll().executeTakeFirstOrThrow(),
    updateOrg: (db: Db, id: number, set: Updateable<OrganisationsTable>) =>
      db.updateTable('organisations').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    orgNameTaken: async (db: Db, name: string, exceptId?: number) => {
      let q = db.selectFrom('organisations').select('id').where('name', '=', name);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return !!(await q.executeTakeFirst());
    },
    hasActiveChildren: async (db: Db, id: number) =>
      !!(await db
        .selectFrom('organisations')
        .select('id')
        .where('parent_id', '=', id)
        .where('active', '=', 1)
        .executeTakeFirst()),

    listTerms: (db: Db, orgId: number) =>
      db.selectFrom('terms').selectAll().where('org_id', '=', orgId).orderBy('number', 'desc').execute(),
    getTerm: (db: Db, id: number) => db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst(),
    currentTerm: (db: Db, orgId: number) =>
      db.selectFrom('terms').selectAll().where('org_id', '=', orgId).where('is_current', '=', 1).executeTakeFirst(),
    insertTerm: (db: Db, row: Insertable<TermsTable>) =>
      db.insertInto('terms').values(row).returningAll().executeTakeFirstOrThrow(),
    updateTerm: (db: Db, id: number, set: Updateable<TermsTable>) =>
      db.updateTable('terms').set(set).where('id', '=', id).execute(),
    termNumberTaken: async (db: Db, orgId: number, number: number) =>
      !!(await db
        .selectFrom('terms')
        .select('id')
        .where('org_id', '=', orgId)
        .where('number', '=', number)
        .executeTakeFirst()),
    clearCurrentTerm: (db: Db, orgId: number) =>
      db.updateTable('terms').set({ is_current: 0 }).where('org_id', '=', orgId).execute(),

    listSessions: (db: Db, orgId: number) =>
      db
        .selectFrom('term_sessions')
        .selectAll()
        .where('org_id', '=', orgId)
        .orderBy('term_id')
        .orderBy('number')
        .execute(),
    getSession: (db: Db, id: number) =>
      db.selectFrom('term_sessions').selectAll().where('id', '=', id).executeTakeFirst(),
    insertSession: (db: Db, row: Insertable<TermSessionsTable>) =>
      db.insertInto('term_sessions').values(row).returningAll().executeTakeFirstOrThrow(),
    updateSession: (db: Db, id: number, set: Updateable<TermSessionsTable>) =>
      db.updateTable('term_sessions').set(set).where('id', '=', id).execute(),
    sessionNumberTaken: async (db: Db, termId: number, number: number) =>
      !!(await db
        .selectFrom('term_sessions')
        .select('id')
        .where('term_id', '=', termId)
        .where('number', '=', number)
        .executeTakeFirst()),

    listNamed: (db: Db, table: NamedRefTableName, orgId: number) =>
      db.selectFrom(table).selectAll().where('org_id', '=', orgId).orderBy('sort_order').orderBy('id').execute(),
    getNamed: (db: Db, table: NamedRefTableName, id: number) =>
      db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst(),
    insertNamed: (db: Db, table: NamedRefTableName, row: Insertable<NamedRefTable>) =>
      db.insertInto(table).values(row).returningAll().executeTakeFirstOrThrow(),
    updateNamed: (db: Db, table: NamedRefTableName, id: number, set: Updateable<NamedRefTable>) =>
      db.updateTable(table).set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    namedExists: async (db: Db, table: NamedRefTableName, orgId: number, name: string, exceptId?: number) => {
      let q = db.selectFrom(table).select('id').where('org_id', '=', orgId).where('name', '=', name);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return !!(await q.executeTakeFirst());
    },

    listGroups: (db: Db, orgId: number) =>
      db.selectFrom('member_groups').selectAll().where('org_id', '=', orgId).orderBy('id').execute(),
    getGroup: (db: Db, id: number) =>
      db.selectFrom('member_groups').selectAll().where('id', '=', id).executeTakeFirst(),
    insertGroup: (db: Db, row: Insertable<MemberGroupsTable>) =>
      db.insertInto('member_groups').values(row).returningAll().executeTakeFirstOrThrow(),
    updateGroup: (db: Db, id: number, set: Updateable<MemberGroupsTable>) =>
      db.updateTable('member_groups').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    groupNameTaken: async (db: Db, committeeId: number, name: string, exceptId?: number) => {
      let q = db
        .selectFrom('member_groups')
        .select('id')
        .where('committee_id', '=', committeeId)
        .where('name', '=', name);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return !!(await q.executeTakeFirst());
    },

    listUnits: (db: Db, orgId: number) =>
      db
        .selectFrom('handling_units')
        .selectAll()
        .where('org_id', '=', orgId)
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    getUnit: (db: Db, id: number) =>
      db.selectFrom('handling_units').selectAll().where('id', '=', id).executeTakeFirst(),
    insertUnit: (db: Db, row: Insertable<HandlingUnitsTable>) =>
      db.insertInto('handling_units').values(row).returningAll().executeTakeFirstOrThrow(),
    updateUnit: (db: Db, id: number, set: Updateable<HandlingUnitsTable>) =>
      db.updateTable('handling_units').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    unitNameTaken: async (db: Db, orgId: number, name: string, exceptId?: number) => {
      let q = db.selectFrom('handling_units').select('id').where('org_id', '=', orgId).where('name', '=', name);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return !!(await q.executeTakeFirst());
    },
  };
}

export type OrgRepo = ReturnType<typeof createOrgRepo>;

// Read models for other modules (published by index.ts): an organisation's names, its terms
// and sessions, its handling units and named groups, each by id.

/** The organisation's short name (政协江临市委员会 -> 江临市政协). */
export async function orgShortName(db: Db, orgId: number): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('short_name')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return row.short_name;
}

/** The organisation's full name, or '' for an unknown one. */
export async function orgName(db: Db, orgId: number): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst())?.name ?? '';
}

/** The organisation's current term, if it has one. */
export const currentTerm = (db: Db, orgId: number) =>
  db.selectFrom('terms').selectAll().where('org_id', '=', orgId).where('is_current', '=', 1).executeTakeFirst();

export const termById = (db: Db, id: number) =>
  db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();

/** A term's plenary sessions, in order. */
export const termSessions = (db: Db, termId: number) =>
  db.selectFrom('term_sessions').selectAll().where('term_id', '=', termId).orderBy('number').execute();

export const sessionById = (db: Db, id: number) =>
  db.selectFrom('term_sessions').selectAll().where('id', '=', id).executeTakeFirst();

/** Handling units by id, of any organisation (the caller checks they are its own). */
export const unitsByIds = (db: Db, ids: readonly number[]) =>
  ids.length
    ? db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'short_name', 'active'])
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);

/** A sector, committee or member group by id (a collective proposal is made in its name). */
export const namedRefById = (db: Db, table: 'sectors' | 'committees' | 'member_groups', id: number) =>
  db.selectFrom(table).select(['id', 'org_id', 'name']).where('id', '=', id).executeTakeFirst();

/** Names of sectors, committees or handling units by id (labels of figures). */
export const refNames = (db: Db, table: 'sectors' | 'committees' | 'handling_units', ids: readonly number[]) =>
  ids.length
    ? db
        .selectFrom(table)
        .select(['id', 'name'])
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);

/** Every handling unit of an organisation, active or not, in the office's order. */
export const unitsOf = (db: Db, orgId: number) =>
  db
    .selectFrom('handling_units')
    .select(['id', 'name', 'short_name', 'active', 'sort_order'])
    .where('org_id', '=', orgId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
