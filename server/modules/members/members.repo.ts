// Every query of the member roster: members and their contact-change requests.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { containsInsensitive, engineOf, escapeLike } from '../../db/dialect.js';
import type { Db } from '../../db/tx.js';
import type { MemberContactChangesTable, MembersTable } from '../../db/schema.js';

export type MemberRow = Selectable<MembersTable>;
export type ContactChangeRow = Selectable<MemberContactChangesTable>;

/** A filter already resolved by the service: search text split into its kinds, look-ups as blind indexes. */
export interface RosterQuery {
  orgId: number;
  name?: string;
  pinyinPrefix?: string;
  sectorId?: number;
  committeeId?: number;
  groupId?: number;
  party?: string;
  termId?: number;
  isNew?: boolean;
  active?: boolean;
  phoneBidx?: string;
  idNumberBidx?: string;
}

// Both engines cap the number of bound parameters per statement (SQLite 32766, PostgreSQL 65535).
const INSERT_BATCH = 400;

function filtered(db: Db, f: RosterQuery) {
  let q = db.selectFrom('members').where('org_id', '=', f.orgId);
  if (f.sectorId) q = q.where('sector_id', '=', f.sectorId);
  if (f.committeeId) q = q.where('committee_id', '=', f.committeeId);
  if (f.groupId) q = q.where('group_id', '=', f.groupId);
  if (f.party) q = q.where('party', '=', f.party);
  if (f.termId) q = q.where('term_id', '=', f.termId);
  if (f.isNew !== undefined) q = q.where('is_new', '=', f.isNew ? 1 : 0);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  if (f.phoneBidx) q = q.where('phone_bidx', '=', f.phoneBidx);
  if (f.idNumberBidx) q = q.where('id_number_bidx', '=', f.idNumberBidx);
  if (f.name || f.pinyinPrefix) {
    const engine = engineOf(db);
    const name = f.name;
    const prefix = f.pinyinPrefix ? `${escapeLike(f.pinyinPrefix)}%` : null;
    q = q.where((eb) =>
      eb.or([
        ...(name ? [containsInsensitive(engine, 'name', name)] : []),
        ...(prefix
          ? [sql<boolean>`pinyin like ${prefix} escape '\\'`, sql<boolean>`initials like ${prefix} escape '\\'`]
          : []),
      ]),
    );
  }
  return q;
}

export function createMemberRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst(),

    list: (db: Db, f: RosterQuery, limit: number, offset: number) =>
      filtered(db, f).selectAll().orderBy('pinyin').orderBy('name').orderBy('id').limit(limit).offset(offset).execute(),

    /** The next page in roster order after `after` (keyset paging: each page costs the same however deep). */
    listAfter: (db: Db, f: RosterQuery, limit: number, after: Pick<MemberRow, 'pinyin' | 'name' | 'id'> | null) => {
      let q = filtered(db, f).selectAll();
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb('pinyin', '>', after.pinyin),
            eb.and([eb('pinyin', '=', after.pinyin), eb('name', '>', after.name)]),
            eb.and([eb('pinyin', '=', after.pinyin), eb('name', '=', after.name), eb('id', '>', after.id)]),
          ]),
        );
      }
      return q.orderBy('pinyin').orderBy('name').orderBy('id').limit(limit).execute();
    },

    count: async (db: Db, f: RosterQuery) =>
      Number(
        (
          await filtered(db, f)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),

    insert: (db: Db, row: Insertable<MembersTable>) =>
      db.insertInto('members').values(row).returningAll().executeTakeFirstOrThrow(),

    insertMany: async (db: Db, rows: Insertable<MembersTable>[], onBatch?: (done: number) => Promise<void>) => {
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await db
          .insertInto('members')
          .values(rows.slice(i, i + INSERT_BATCH))
          .execute();
        await onBatch?.(Math.min(i + INSERT_BATCH, rows.length));
      }
    },

    /** Updates only if nobody changed the record since `version` was read; returns undefined when someone did. */
    update: (db: Db, id: number, version: number, set: Updateable<MembersTable>) =>
      db
        .updateTable('members')
        .set({ ...set, version: sql<number>`version + 1` })
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst(),

    /** Another member of the same term holding this phone or ID number (the roster's uniqueness rules). */
    findClash: (db: Db, termId: number, column: 'phone_bidx' | 'id_number_bidx', bidx: string, exceptId?: number) => {
      let q = db.selectFrom('members').select(['id', 'name']).where('term_id', '=', termId).where(column, '=', bidx);
      if (column === 'phone_bidx') q = q.where('active', '=', 1);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return q.executeTakeFirst();
    },

    /** Blind indexes already on a term's roster, for the import's duplicate checks (one query, not one per row). */
    termIndexes: (db: Db, termId: number) =>
      db
        .selectFrom('members')
        .select(['name', 'phone_bidx', 'id_number_bidx', 'active'])
        .where('term_id', '=', termId)
        .execute(),

    directory: (db: Db, orgId: number, q: { name?: string; pinyinPrefix?: string }, limit: number) =>
      filtered(db, { orgId, active: true, ...q })
        .select(['id', 'name', 'sector_id', 'committee_id'])
        .orderBy('pinyin')
        .orderBy('name')
        .limit(limit)
        .execute(),

    // Contact-change requests.
    insertChange: (db: Db, row: Insertable<MemberContactChangesTable>) =>
      db.insertInto('member_contact_changes').values(row).returningAll().executeTakeFirstOrThrow(),
    getChange: (db: Db, id: number) =>
      db.selectFrom('member_contact_changes').selectAll().where('id', '=', id).executeTakeFirst(),
    pendingChangeOf: (db: Db, memberId: number) =>
      db
        .selectFrom('member_contact_changes')
        .selectAll()
        .where('member_id', '=', memberId)
        .where('status', '=', 'pending')
        .orderBy('id', 'desc')
        .executeTakeFirst(),
    listChanges: (db: Db, orgId: number, status: ContactChangeRow['status'], limit: number, offset: number) =>
      db
        .selectFrom('member_contact_changes')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('status', '=', status)
        .orderBy('id', status === 'pending' ? 'asc' : 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
    countChanges: async (db: Db, orgId: number, status: ContactChangeRow['status']) =>
      Number(
        (
          await db
            .selectFrom('member_contact_changes')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('org_id', '=', orgId)
            .where('status', '=', status)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    /** Decides a request still pending; undefined if someone decided it first. */
    decideChange: (db: Db, id: number, set: Updateable<MemberContactChangesTable>) =>
      db
        .updateTable('member_contact_changes')
        .set(set)
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst(),
    membersByIds: (db: Db, ids: readonly number[]) =>
      ids.length
        ? db
            .selectFrom('members')
            .selectAll()
            .where('id', 'in', [...ids])
            .execute()
        : Promise.resolve([] as MemberRow[]),
  };
}

export type MemberRepo = ReturnType<typeof createMemberRepo>;

// Read models for other modules (published by index.ts): members by id.

/** A member's name, groups and phone (masked, and sealed for those allowed to unmask it). */
export const memberById = (db: Db, id: number) =>
  db
    .selectFrom('members')
    .select(['id', 'org_id', 'name', 'sector_id', 'committee_id', 'active', 'phone_masked', 'phone_enc'])
    .where('id', '=', id)
    .executeTakeFirst();

export const membersByIds = (db: Db, ids: readonly number[]) =>
  ids.length
    ? db
        .selectFrom('members')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);

/** Who a meeting's audience names: active members of the organisations, narrowed by committee, sector, group or party (any of them), or all of them. */
export interface MemberAudience {
  orgIds: readonly number[];
  all?: boolean;
  memberIds?: readonly number[];
  committeeIds?: readonly number[];
  sectorIds?: readonly number[];
  groupIds?: readonly number[];
  parties?: readonly string[];
  /** Narrows whoever the rest names to the new members (joined this term); alone, it names every new member. */
  newOnly?: boolean;
}

/**
 * The active members an audience names, as a query to select from (null when it names nobody):
 * invitations read the rows, notices insert-select from it so the whole body is one statement.
 */
export function audienceMembersQuery(db: Db, a: MemberAudience) {
  if (!a.orgIds.length) return null;
  let q = db
    .selectFrom('members')
    .where('members.org_id', 'in', [...a.orgIds])
    .where('members.active', '=', 1);
  if (a.newOnly) q = q.where('members.is_new', '=', 1);
  if (!a.all) {
    const parts: [string, readonly (number | string)[] | undefined][] = [
      ['id', a.memberIds],
      ['committee_id', a.committeeIds],
      ['sector_id', a.sectorIds],
      ['group_id', a.groupIds],
      ['party', a.parties],
    ];
    const named = parts.filter(([, v]) => v && v.length) as [string, (number | string)[]][];
    if (!named.length && !a.newOnly) return null;
    if (named.length)
      q = q.where((eb) => eb.or(named.map(([col, v]) => eb(`members.${col}` as 'members.id', 'in', v as number[]))));
  }
  return q;
}

/** The active members an audience names, each with the first part of the audience that named him. */
export async function membersOfAudience(
  db: Db,
  a: MemberAudience,
): Promise<{ id: number; committee_id: number | null; sector_id: number; group_id: number | null; party: string }[]> {
  const q = audienceMembersQuery(db, a);
  if (!q) return [];
  return q.select(['id', 'committee_id', 'sector_id', 'group_id', 'party']).orderBy('id').execute();
}

/** An organisation's members of one term still in office (active), with their party: whom study's coverage figures count. */
export const termRoster = (db: Db, orgId: number, termId: number) =>
  db
    .selectFrom('members')
    .select(['id', 'name', 'party', 'sector_id', 'committee_id'])
    .where('org_id', '=', orgId)
    .where('term_id', '=', termId)
    .where('active', '=', 1)
    .orderBy('pinyin')
    .orderBy('id')
    .execute();
