// Training coverage (pure): the periods a figure counts over and the shares it shows. A member
// is "trained" in a period when a stored state says he was at a published meeting whose kind
// counts as training (the meetings module's presence); nothing here is ever typed in.
import { chinaYearBounds } from '../../../platform/clock.js';

export const PERIODS = ['year', 'term'] as const;
export type Period = (typeof PERIODS)[number];

/** The breakdowns of the dashboard, each a column of the member's row. */
export const DIMENSIONS = ['committee', 'sector', 'party', 'org'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The UTC instants bounding a year in China time (meetings' starts are stored in UTC). */
export const yearBounds = chinaYearBounds;

/**
 * A term's first instant from its first day (YYYY-MM-DD, China's calendar), written so it
 * compares with stored instants: a term beginning 2023-01-10 starts at 2023-01-09T16:00:00.000Z.
 */
export const termStart = (startsOn: string) =>
  new Date(Date.parse(`${startsOn}T00:00:00+08:00`)).toISOString();

/** The share n of d, to four places (0.8333), or null when nobody is counted. */
export const shareOf = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** A figure: how many are counted, how many reached, the share. */
export interface Figure {
  total: number;
  trained: number;
  share: number | null;
}

export const figure = (total: number, trained: number): Figure => ({ total, trained, share: shareOf(trained, total) });
