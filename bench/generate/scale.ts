// How big each benchmark dataset is and when "now" is for it. A province: the provincial
// committee, 14 city committees and 85 county-level ones (100 organisations), 30 000
// members, 200 000 proposals over five terms; a city: one committee, 500 members, 5 000
// proposals. The data is dated as of REFERENCE_TIME, so a given seed always gives the same data.

export type ScaleName = 'province' | 'city';

export interface Scale {
  name: ScaleName;
  cities: number;
  counties: number;
  members: { top: number; city: number; total: number };
  proposals: { top: number; city: number; total: number };
  /**
   * Audit entries plus notifications in all (the province's figure from the issue); sign-ins
   * in the last month make up what the proposals' own history leaves. Null: whatever it comes to.
   */
  auditAndNotifications: number | null;
}

export const SCALES: Record<ScaleName, Scale> = {
  province: {
    name: 'province',
    cities: 14,
    counties: 85,
    members: { top: 800, city: 450, total: 30_000 },
    // The provincial committee holds the largest share: its office's lists, statistics and the
    // 50 000-row export are measured on it.
    proposals: { top: 55_000, city: 5_000, total: 200_000 },
    auditAndNotifications: 1_000_000,
  },
  city: {
    name: 'city',
    cities: 0,
    counties: 0,
    members: { top: 500, city: 0, total: 500 },
    proposals: { top: 5_000, city: 0, total: 5_000 },
    auditAndNotifications: null,
  },
};

/** "Now" for the generated data: 10:00 China time on 29 November 2026. */
export const REFERENCE_TIME = Date.parse('2026-11-29T02:00:00.000Z');

/** Terms start every five years; the fifth (current) one started in January 2023. */
export const TERM_START_YEARS = [2003, 2008, 2013, 2018, 2023];
/** Share of an organisation's proposals per term (the platform's use grew over the years). */
export const TERM_WEIGHTS = [0.14, 0.17, 0.2, 0.23, 0.26];

/**
 * Lvzhi went live with the current term: proposals submitted from then on carry their whole
 * history in the audit trail and the notification centre; the earlier terms' proposals came
 * from the archive, with all their records and one audit entry each (their import).
 */
export const LIVE_FROM = Date.parse('2023-01-01T00:00:00+08:00');

/** The password of every generated account (hashed once). */
export const BENCH_PASSWORD = 'Bench#Lvzhi2026';

/** How many members the bench signs in as (one per connection). */
export const BENCH_MEMBERS = 16;

/** Reworded drafts held out for the similarity benchmark. */
export const HELD_OUT = 200;
