// Every query of account management: the users table, the sessions and failed-login
// counters of an account, and the two look-ups an account links to (a roster member, a
// handling unit) — read by id only, to check that the link stays inside the organisation.
import type { Insertable, Selectable, Updateable } from 'kysely';
import { containsInsensitive, type Engine } from '../../db/dialect.js';
import type { UsersTable } from '../../db/schema.js';
import type { Db } from '../../db/tx.js';
import { LEADER_ROLES, type Role } from '../../platform/access/roles.js';

export type UserRow = Selectable<UsersTable>;
export type UserWithMember = UserRow & { member_name: string | null };

export interface UserFilter {
  orgId: number;
  role?: string;
  q?: string;
  active?: boolean;
}

export function createAccountRepo(engine: Engine) {
  function filtered(db: Db, f: UserFilter) {
    let q = db.selectFrom('users').where('users.org_id', '=', f.orgId);
    // Roles are a JSON array of plain words: the quoted word matches exactly one role.
    if (f.role) q = q.where('users.roles', 'like', `%"${f.role}"%`);
    if (f.active !== undefined) q = q.where('users.active', '=', f.active ? 1 : 0);
    if (f.q) {
      const needle = f.q;
      q = q.where((eb) =>
        eb.or([
          containsInsensitive(engine, 'users.username', needle),
          containsInsensitive(engine, 'users.display_name', needle),
        ]),
      );
    }
    return q;
  }

  const withMember = (db: Db) =>
    db
      .selectFrom('users')
      .leftJoin('members', 'members.id', 'users.member_id')
      .selectAll('users')
      .select('members.name as member_name');

  return {
    async list(
      db: Db,
      f: UserFilter,
      page: number,
      pageSize: number,
    ): Promise<{ rows: UserWithMember[]; total: number }> {
      const ids = filtered(db, f).select('users.id');
      const [rows, count] = await Promise.all([
        withMember(db)
          .where('users.id', 'in', ids)
          .orderBy('users.active', 'desc')
          .orderBy('users.username')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        filtered(db, f)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    get: (db: Db, id: number): Promise<UserWithMember | undefined> =>
      withMember(db).where('users.id', '=', id).executeTakeFirst(),

    usernameTaken: async (db: Db, username: string) =>
      !!(await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()),

    phoneTaken: async (db: Db, phoneBidx: string, exceptId?: number) => {
      let q = db.selectFrom('users').select('id').where('phone_bidx', '=', phoneBidx);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return !!(await q.executeTakeFirst());
    },

    /** The account already linked to a roster member, if any (one account per member). */
    accountOfMember: (db: Db, memberId: number, exceptId?: number) => {
      let q = db.selectFrom('users').select(['id', 'username']).where('member_id', '=', memberId);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return q.executeTakeFirst();
    },

    insert: (db: Db, row: Insertable<UsersTable>) =>
      db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow(),

    update: (db: Db, id: number, set: Updateable<UsersTable>) =>
      db.updateTable('users').set(set).where('id', '=', id).execute(),

    endSessions: (db: Db, userId: number) => db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute(),

    /** Which of these sign-in keys are locked out at `nowIso`. */
    async lockedKeys(db: Db, keys: string[], nowIso: string): Promise<Set<string>> {
      if (!keys.length) return new Set();
      const rows = await db
        .selectFrom('login_attempts')
        .select('login_key')
        .where('login_key', 'in', keys)
        .where('locked_until', '>', nowIso)
        .execute();
      return new Set(rows.map((r) => r.login_key));
    },

    /** Forgets failures and lockouts; returns how many counters there were. */
    async clearLoginAttempts(db: Db, keys: string[]): Promise<number> {
      if (!keys.length) return 0;
      const res = await db.deleteFrom('login_attempts').where('login_key', 'in', keys).executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    member: (db: Db, id: number) =>
      db.selectFrom('members').select(['id', 'org_id', 'name', 'active']).where('id', '=', id).executeTakeFirst(),

    unit: (db: Db, id: number) =>
      db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** Active roster members of an organisation for the account form's picker, with whether each has an account. */
    memberOptions(db: Db, orgId: number, q: string | undefined) {
      let query = db
        .selectFrom('members')
        .leftJoin('users', 'users.member_id', 'members.id')
        .select(['members.id', 'members.name', 'users.id as user_id'])
        .where('members.org_id', '=', orgId)
        .where('members.active', '=', 1);
      if (q) {
        query = query.where((eb) =>
          eb.or([
            containsInsensitive(engine, 'members.name', q),
            containsInsensitive(engine, 'members.pinyin', q),
            containsInsensitive(engine, 'members.initials', q),
          ]),
        );
      }
      return query.orderBy('members.pinyin').limit(30).execute();
    },
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;

// Read models for other modules (published by index.ts): whom to notify, and leaders.

const activeIds = async (q: Promise<{ id: number }[]>) => (await q).map((r) => r.id);

/** Active accounts linked to these members. */
export const activeUserIdsOfMembers = (db: Db, memberIds: readonly number[]) =>
  memberIds.length
    ? activeIds(
        db
          .selectFrom('users')
          .select('id')
          .where('member_id', 'in', [...memberIds])
          .where('active', '=', 1)
          .execute(),
      )
    : Promise.resolve([]);

/** The active accounts of an organisation's members, with the member each belongs to (whom an invitation tells). */
export const memberAccountsOfOrgs = (db: Db, orgIds: readonly number[]) =>
  orgIds.length
    ? db
        .selectFrom('users')
        .select(['id', 'member_id'])
        .where('org_id', 'in', [...orgIds])
        .where('member_id', 'is not', null)
        .where('active', '=', 1)
        .execute()
    : Promise.resolve([]);

/** Active accounts of these handling units. */
export const activeUserIdsOfUnits = (db: Db, unitIds: readonly number[]) =>
  unitIds.length
    ? activeIds(
        db
          .selectFrom('users')
          .select('id')
          .where('unit_id', 'in', [...unitIds])
          .where('active', '=', 1)
          .execute(),
      )
    : Promise.resolve([]);

/** Active accounts of an organisation holding one of the roles. */
export async function activeUserIdsWithRoles(db: Db, orgId: number, roles: readonly string[]): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'roles'])
    .where('org_id', '=', orgId)
    .where('active', '=', 1)
    .execute();
  return rows.filter((r) => (JSON.parse(r.roles) as string[]).some((x) => roles.includes(x))).map((r) => r.id);
}

/** An account's name, title, roles and whether it is active. */
export const userProfile = (db: Db, id: number) =>
  db
    .selectFrom('users')
    .select(['id', 'org_id', 'display_name', 'leader_title', 'roles', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Active leader accounts of an organisation: the committee's chair and vice-chairs, party and government leaders. */
export async function leadersOf(db: Db, orgId: number) {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'leader_title', 'roles'])
    .where('org_id', '=', orgId)
    .where('active', '=', 1)
    .where('roles', 'like', '%leader"%')
    .orderBy('id')
    .execute();
  return rows.filter((r) => isLeaderAccount(r.roles));
}

/** Accounts as the trail names them: display name, roles, the member, the unit a unit user stands for. */
export const actorsByIds = (db: Db, userIds: readonly number[]) =>
  userIds.length
    ? db
        .selectFrom('users as us')
        .leftJoin('handling_units as u', 'u.id', 'us.unit_id')
        .select(['us.id', 'us.display_name', 'us.roles', 'us.member_id', 'u.name as unit_name'])
        .where('us.id', 'in', [...userIds])
        .execute()
    : Promise.resolve([]);

/** The account (its `roles` column) may be asked to lead a key proposal. */
export function isLeaderAccount(roles: string): boolean {
  return (JSON.parse(roles) as Role[]).some((r) => LEADER_ROLES.includes(r));
}
