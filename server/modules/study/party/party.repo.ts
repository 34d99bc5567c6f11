// Every query of the party building tables. Members' names are joined for display only; who
// is on the roster comes from the members module's published `termRoster`.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  PartyDutyChecksTable,
  PartyDutyItemsTable,
  PartyLiaisonsTable,
  PartyOrgMembersTable,
  PartyOrgsTable,
} from '../../../db/tables/study-party.js';

export type ItemRow = Selectable<PartyDutyItemsTable>;
export type PartyOrgRow = Selectable<PartyOrgsTable>;
export type MembershipRow = Selectable<PartyOrgMembersTable>;
export type LiaisonRow = Selectable<PartyLiaisonsTable>;

export function createPartyRepo() {
  return {
    // The responsibility lists.
    items: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('party_duty_items as i')
        .leftJoin('members as m', 'm.id', 'i.owner_member_id')
        .selectAll('i')
        .select('m.name as owner_member_name')
        .where('i.org_id', '=', orgId)
        .where('i.year', '=', year)
        .orderBy('i.due_on')
        .orderBy('i.id')
        .execute(),
    checksOf: (db: Db, itemIds: readonly number[]) =>
      itemIds.length
        ? db
            .selectFrom('party_duty_checks as c')
            .leftJoin('users as u', 'u.id', 'c.by_user_id')
            .selectAll('c')
            .select('u.display_name as by_name')
            .where('c.item_id', 'in', [...itemIds])
            .orderBy('c.checked_on')
            .orderBy('c.id')
            .execute()
        : Promise.resolve([]),
    item: (db: Db, id: number) => db.selectFrom('party_duty_items').selectAll().where('id', '=', id).executeTakeFirst(),
    insertItem: (db: Db, row: Insertable<PartyDutyItemsTable>) =>
      db.insertInto('party_duty_items').values(row).returning('id').executeTakeFirstOrThrow(),
    updateItem: (db: Db, id: number, set: Updateable<PartyDutyItemsTable>) =>
      db.updateTable('party_duty_items').set(set).where('id', '=', id).execute(),
    deleteItem: (db: Db, id: number) => db.deleteFrom('party_duty_items').where('id', '=', id).execute(),
    insertCheck: (db: Db, row: Insertable<PartyDutyChecksTable>) =>
      db.insertInto('party_duty_checks').values(row).returning('id').executeTakeFirstOrThrow(),

    // The party organisations and their members.
    orgs: (db: Db, orgId: number) =>
      db.selectFrom('party_orgs').selectAll().where('org_id', '=', orgId).orderBy('sort_order').orderBy('id').execute(),
    org: (db: Db, id: number) => db.selectFrom('party_orgs').selectAll().where('id', '=', id).executeTakeFirst(),
    insertOrg: (db: Db, row: Insertable<PartyOrgsTable>) =>
      db.insertInto('party_orgs').values(row).returning('id').executeTakeFirstOrThrow(),
    updateOrg: (db: Db, id: number, set: Updateable<PartyOrgsTable>) =>
      db.updateTable('party_orgs').set(set).where('id', '=', id).execute(),
    deleteOrg: (db: Db, id: number) => db.deleteFrom('party_orgs').where('id', '=', id).execute(),
    hasChildren: async (db: Db, id: number) =>
      !!(await db.selectFrom('party_orgs').select('id').where('parent_id', '=', id).executeTakeFirst()),
    memberships: (db: Db, orgId: number) =>
      db
        .selectFrom('party_org_members as pm')
        .innerJoin('members as m', 'm.id', 'pm.member_id')
        .selectAll('pm')
        .select(['m.name', 'm.active'])
        .where('pm.org_id', '=', orgId)
        .orderBy('pm.id')
        .execute(),
    membership: (db: Db, id: number) =>
      db.selectFrom('party_org_members').selectAll().where('id', '=', id).executeTakeFirst(),
    membershipIn: (db: Db, partyOrgId: number, memberId: number) =>
      db
        .selectFrom('party_org_members')
        .selectAll()
        .where('party_org_id', '=', partyOrgId)
        .where('member_id', '=', memberId)
        .executeTakeFirst(),
    branchOf: (db: Db, memberId: number) =>
      db
        .selectFrom('party_org_members as pm')
        .innerJoin('party_orgs as o', 'o.id', 'pm.party_org_id')
        .select(['pm.id', 'o.name'])
        .where('pm.branch_member_id', '=', memberId)
        .executeTakeFirst(),
    insertMembership: (db: Db, row: Insertable<PartyOrgMembersTable>) =>
      db.insertInto('party_org_members').values(row).returning('id').executeTakeFirstOrThrow(),
    updateMembership: (db: Db, id: number, set: Updateable<PartyOrgMembersTable>) =>
      db.updateTable('party_org_members').set(set).where('id', '=', id).execute(),
    deleteMembership: (db: Db, id: number) => db.deleteFrom('party_org_members').where('id', '=', id).execute(),

    // Liaisons.
    liaisons: (db: Db, orgId: number) =>
      db
        .selectFrom('party_liaisons as l')
        .innerJoin('members as p', 'p.id', 'l.party_member_id')
        .innerJoin('members as m', 'm.id', 'l.member_id')
        .selectAll('l')
        .select([
          'p.name as party_name',
          'p.active as party_active',
          'm.name as member_name',
          'm.active as member_active',
        ])
        .where('l.org_id', '=', orgId)
        .orderBy('p.pinyin')
        .orderBy('m.pinyin')
        .orderBy('l.id')
        .execute(),
    liaison: (db: Db, id: number) =>
      db.selectFrom('party_liaisons').selectAll().where('id', '=', id).executeTakeFirst(),
    pairExists: async (db: Db, partyMemberId: number, memberId: number) =>
      !!(await db
        .selectFrom('party_liaisons')
        .select('id')
        .where('party_member_id', '=', partyMemberId)
        .where('member_id', '=', memberId)
        .executeTakeFirst()),
    insertLiaison: (db: Db, row: Insertable<PartyLiaisonsTable>) =>
      db.insertInto('party_liaisons').values(row).returning('id').executeTakeFirstOrThrow(),
    deleteLiaison: (db: Db, id: number) => db.deleteFrom('party_liaisons').where('id', '=', id).execute(),
  };
}

export type PartyRepo = ReturnType<typeof createPartyRepo>;
