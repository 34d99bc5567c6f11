// Every query of study materials and their reading rows: the material, the assignment resolved
// set-based at publication, the counts and lists the office reads and the member's own list.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  MaterialKind,
  MaterialStatus,
  StudyMaterialReadsTable,
  StudyMaterialsTable,
} from '../../../db/tables/study-materials.js';
import { audienceMembersQuery, type MemberAudience } from '../../members/index.js';

export type MaterialRow = Selectable<StudyMaterialsTable>;
export type ReadRow = Selectable<StudyMaterialReadsTable>;

const count = sql<number>`count(*)`.as('n');
const opened = sql<number>`count(r.opened_at)`.as('opened');
const finished = sql<number>`count(r.finished_at)`.as('finished');

/** Opened and finished counts per material, for a list of materials (one statement). */
async function readCounts(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, { opened: number; finished: number }>();
  const rows = await db
    .selectFrom('study_material_reads as r')
    .select(['r.material_id', opened, finished])
    .where('r.material_id', 'in', ids)
    .groupBy('r.material_id')
    .execute();
  return new Map(rows.map((r) => [r.material_id, { opened: Number(r.opened), finished: Number(r.finished) }]));
}

export function createMaterialRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('study_materials').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<StudyMaterialsTable>) =>
      db.insertInto('study_materials').values(row).returningAll().executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<StudyMaterialsTable>) =>
      db.updateTable('study_materials').set(set).where('id', '=', id).execute(),
    /** Moves the material on from `from` only if it is still there; false when a concurrent step moved it first. */
    moveStatus: async (db: Db, id: number, from: MaterialStatus, set: Updateable<StudyMaterialsTable>) =>
      Number(
        (
          await db
            .updateTable('study_materials')
            .set(set)
            .where('id', '=', id)
            .where('status', '=', from)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    /** Takes the reminder's turn if no one took it since `prev` was read; false when someone did. */
    claimReminder: async (db: Db, id: number, prev: string | null, at: string) =>
      Number(
        (
          await db
            .updateTable('study_materials')
            .set({ reminded_at: at })
            .where('id', '=', id)
            .where((eb) => (prev ? eb('reminded_at', '=', prev) : eb('reminded_at', 'is', null)))
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,

    readOf: (db: Db, materialId: number, memberId: number | null) =>
      memberId === null
        ? Promise.resolve(undefined)
        : db
            .selectFrom('study_material_reads')
            .selectAll()
            .where('member_id', '=', memberId)
            .where('material_id', '=', materialId)
            .executeTakeFirst(),
    updateRead: (db: Db, id: number, set: Updateable<StudyMaterialReadsTable>) =>
      db.updateTable('study_material_reads').set(set).where('id', '=', id).execute(),
    /** Records the first open; a later open changes nothing. Answers whether this was the first. */
    markOpened: async (db: Db, id: number, at: string) =>
      Number(
        (
          await db
            .updateTable('study_material_reads')
            .set({ opened_at: at, last_beat_at: at })
            .where('id', '=', id)
            .where('opened_at', 'is', null)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    /** Adds a heartbeat's seconds if no other heartbeat came since `prev` was read (else adds nothing). */
    addSeconds: async (db: Db, id: number, prev: string, add: number, at: string) =>
      Number(
        (
          await db
            .updateTable('study_material_reads')
            .set((eb) => ({ seconds: eb('seconds', '+', add), last_beat_at: at }))
            .where('id', '=', id)
            .where('last_beat_at', '=', prev)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,

    /** One reading row per member the audience names, in one INSERT ... SELECT; answers how many. */
    async assign(db: Db, materialId: number, a: MemberAudience) {
      const members = audienceMembersQuery(db, a);
      if (!members) return 0;
      const r = await db
        .insertInto('study_material_reads')
        .columns(['material_id', 'member_id'])
        .expression(members.select([sql.lit(materialId).as('material_id'), 'members.id']))
        .onConflict((oc) => oc.columns(['member_id', 'material_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0);
    },
    /** The active accounts of the assigned members (all, or those who have not finished). */
    async accountsOf(db: Db, materialId: number, unfinishedOnly: boolean) {
      let q = db
        .selectFrom('study_material_reads as r')
        .innerJoin('users as u', 'u.member_id', 'r.member_id')
        .select('u.id')
        .where('r.material_id', '=', materialId)
        .where('u.active', '=', 1);
      if (unfinishedOnly) q = q.where('r.finished_at', 'is', null);
      return (await q.execute()).map((r) => r.id);
    },
    /** Assigned members with no active account (the office is told, to send word another way). */
    async withoutAccount(db: Db, materialId: number) {
      const r = await db
        .selectFrom('study_material_reads as r')
        .select(count)
        .where('r.material_id', '=', materialId)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('users as u')
                .select('u.id')
                .whereRef('u.member_id', '=', 'r.member_id')
                .where('u.active', '=', 1),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    counts: async (db: Db, id: number) => (await readCounts(db, [id])).get(id) ?? { opened: 0, finished: 0 },

    /** The assigned members with their reading, unopened or unfinished first, then by name. */
    async progress(db: Db, materialId: number, state: string | undefined, limit: number, offset: number) {
      let q = db
        .selectFrom('study_material_reads as r')
        .innerJoin('members as m', 'm.id', 'r.member_id')
        .leftJoin('committees as c', 'c.id', 'm.committee_id')
        .where('r.material_id', '=', materialId);
      if (state === 'unopened') q = q.where('r.opened_at', 'is', null);
      if (state === 'unfinished') q = q.where('r.finished_at', 'is', null);
      if (state === 'finished') q = q.where('r.finished_at', 'is not', null);
      const [items, total] = await Promise.all([
        q
          .select([
            'r.member_id',
            'm.name',
            'c.name as committee',
            'r.opened_at',
            'r.seconds',
            'r.finished_at',
            'r.reflection',
          ])
          .orderBy(sql`case when r.finished_at is null then 0 else 1 end`)
          .orderBy('m.pinyin')
          .orderBy('r.member_id')
          .limit(limit)
          .offset(offset)
          .execute(),
        q.select(count).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    /** The office's list: its organisation's materials (and the published ones of those it reads), newest first. */
    async list(
      db: Db,
      q: { ownOrgId: number | null; readOrgIds: readonly number[]; status?: MaterialStatus; kind?: MaterialKind },
      limit: number,
      offset: number,
    ) {
      let base = db.selectFrom('study_materials').where((eb) => {
        const ors = [];
        if (q.ownOrgId !== null) ors.push(eb('org_id', '=', q.ownOrgId));
        if (q.readOrgIds.length) ors.push(eb.and([eb('org_id', 'in', [...q.readOrgIds]), eb('status', '!=', 'draft')]));
        return ors.length ? eb.or(ors) : eb.val(false);
      });
      if (q.status) base = base.where('status', '=', q.status);
      if (q.kind) base = base.where('kind', '=', q.kind);
      const [items, total] = await Promise.all([
        base.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        base.select(count).executeTakeFirstOrThrow(),
      ]);
      const reads = await readCounts(
        db,
        items.map((i) => i.id),
      );
      return {
        items: items.map((i) => ({ ...i, ...(reads.get(i.id) ?? { opened: 0, finished: 0 }) })),
        total: Number(total.n),
      };
    },

    /** A member's published materials: unfinished first, earliest deadline first, then newest. */
    async mine(
      db: Db,
      memberId: number,
      state: 'todo' | 'done' | undefined,
      today: string,
      limit: number,
      offset: number,
    ) {
      const base = db
        .selectFrom('study_material_reads as r')
        .innerJoin('study_materials as s', 's.id', 'r.material_id')
        .where('r.member_id', '=', memberId)
        .where('s.status', '=', 'published');
      let page = base;
      if (state === 'todo') page = page.where('r.finished_at', 'is', null);
      if (state === 'done') page = page.where('r.finished_at', 'is not', null);
      const [items, tallies] = await Promise.all([
        page
          .select([
            's.id',
            's.kind',
            's.title',
            's.summary',
            's.minutes',
            's.deadline',
            's.published_at',
            'r.opened_at',
            'r.finished_at',
            'r.seconds',
            'r.reflection',
          ])
          .orderBy(sql`case when r.finished_at is null then 0 else 1 end`)
          .orderBy(sql`case when s.deadline is null then 1 else 0 end`)
          .orderBy('s.deadline')
          .orderBy('s.published_at', 'desc')
          .orderBy('s.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        base
          .select([
            count,
            sql<number>`count(r.finished_at)`.as('done'),
            sql<number>`sum(case when r.finished_at is null and s.deadline < ${today} then 1 else 0 end)`.as('overdue'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      const all = Number(tallies.n);
      const done = Number(tallies.done);
      const total = state === 'todo' ? all - done : state === 'done' ? done : all;
      return { items, total, todo: all - done, done, overdue: Number(tallies.overdue ?? 0) };
    },
  };
}

export type MaterialRepo = ReturnType<typeof createMaterialRepo>;
