// Read model for the work plan's theme coverage: how many of an organisation's proposals
// submitted in a year carry each theme name (a proposal keeps the names of its themes; the work
// plan's themes began as the proposal settings' names, migration 202612170600_workplan_themes).
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { chinaYearBounds } from '../../../platform/clock.js';
import { countWhen } from './aggregates.repo.js';
import { themePattern } from './stats.repo.js';

/** Proposals of the year per theme name, and those of the year carrying none of the names. */
export async function proposalThemeCounts(
  db: Db,
  q: { orgId: number; year: number; names: readonly string[] },
): Promise<{ byName: Record<string, number>; total: number; without: number }> {
  const { from, to } = chinaYearBounds(q.year);
  const names = [...q.names];
  const noneOf = names.length
    ? sql.join(
        names.map((n) => sql`p.themes not like ${themePattern(n)}`),
        sql` and `,
      )
    : sql`1 = 1`;
  const row = await db
    .selectFrom('proposals as p')
    .select([
      countWhen(sql`1 = 1`).as('total'),
      countWhen(noneOf).as('without'),
      ...names.map((n, i) => countWhen(sql`p.themes like ${themePattern(n)}`).as(`t${i}`)),
    ])
    .where('p.org_id', '=', q.orgId)
    .where('p.submitted_at', '>=', from)
    .where('p.submitted_at', '<', to)
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, number | string | null>;
  return {
    byName: Object.fromEntries(names.map((n, i) => [n, Number(r[`t${i}`] ?? 0)])),
    total: Number(r.total ?? 0),
    without: Number(r.without ?? 0),
  };
}
