// Queries of the public page: proposals their proposers allowed to be made public, once
// formally answered, a page at a time or one by one, with the organisation's own search.
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { matchCondition } from '../../../platform/search/fulltext.js';
import { PROPOSAL_FTS } from '../core/search.service.js';

const PUBLISHED = ['replied', 'closed'] as const;
const PUBLIC_COLUMNS = [
  'p.id',
  'p.org_id',
  'p.number_label',
  'p.title',
  'p.kind',
  'p.collective_name',
  'p.category',
  'p.state',
  'p.reasons',
  'p.suggestions',
] as const;

/** Proposals the public may read: marked public by the proposer and answered formally. */
function published(db: Db) {
  return db
    .selectFrom('proposals as p')
    .where('p.is_public', '=', 1)
    .where('p.state', 'in', [...PUBLISHED]);
}

interface PublicFilter {
  orgId: number;
  q?: string;
  termId?: number;
  year?: number;
  category?: string;
  state?: 'replied' | 'closed';
}

export function createPublicRepo() {
  return {
    async page(db: Db, f: PublicFilter & { page: number; pageSize: number }) {
      let base = published(db).where('p.org_id', '=', f.orgId);
      if (f.termId) base = base.where('p.term_id', '=', f.termId);
      if (f.category) base = base.where('p.category', '=', f.category);
      if (f.state) base = base.where('p.state', '=', f.state);
      if (f.year) {
        // Submitted in that year, China time (UTC+8): from 16:00 UTC on the last day of the year before.
        base = base
          .where('p.submitted_at', '>=', `${f.year - 1}-12-31T16:00:00.000Z`)
          .where('p.submitted_at', '<', `${f.year}-12-31T16:00:00.000Z`);
      }
      if (f.q) {
        const match = matchCondition(db, PROPOSAL_FTS, 'p.id', f.q, f.orgId);
        base = match ? base.where(match) : base.where(sql<boolean>`1 = 0`);
      }
      const [rows, total] = await Promise.all([
        base
          .select(PUBLIC_COLUMNS)
          .orderBy('p.replied_at', 'desc')
          .orderBy('p.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    one: (db: Db, id: number) => published(db).select(PUBLIC_COLUMNS).where('p.id', '=', id).executeTakeFirst(),

    /** The organisation's terms, the newest first. */
    terms: (db: Db, orgId: number) =>
      db
        .selectFrom('terms')
        .select(['id', 'name', 'starts_on', 'ends_on'])
        .where('org_id', '=', orgId)
        .orderBy('starts_on', 'desc')
        .execute(),
  };
}

export type PublicRepo = ReturnType<typeof createPublicRepo>;
