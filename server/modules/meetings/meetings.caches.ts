// The meetings module's read caches (docs/ARCHITECTURE.md "What a new module owes", ADR 0015):
// the reads every phone and the office's screens repeat far more often than their data
// changes. Each names every table its value is read from, so any write to one of them — a
// reply, a leave decision, a check-in or check-out, a walk-in, an invitation, publishing,
// cancelling or editing — makes the kept values stale before the next read (through the
// change tracker on SQLite, the database's own change notices on PostgreSQL: migration
// 202612080200_meetings_read_caches), with no invalidation call in the write paths. What
// depends on the viewer or the clock (his invitation, allowed actions, "ended") is computed
// outside them, on every read.
import type { ChangeTracker } from '../../db/change-tracker.js';
import type { Db } from '../../db/tx.js';
import { ReadCache } from '../../platform/read-cache.js';
import type { MeetingRow } from './core/meetings.repo.js';

/** What the meeting's own row depends on: every step and the detail read it first. */
export const MEETING_TABLES = ['meetings'] as const;
/** A member's "my meetings": his invitations, the meetings and their kinds. */
export const MINE_TABLES = ['meeting_invitations', 'meetings', 'meeting_kinds'] as const;
/** The attendance board: the invitations with each member's name, sector and committee. */
export const BOARD_TABLES = ['meeting_invitations', 'members', 'sectors', 'committees'] as const;

export function createMeetingCaches(changes: ChangeTracker | null) {
  return {
    // A new meeting leaves the others' rows as they were (and a missing one is never kept).
    meeting: new ReadCache<number, MeetingRow | undefined>(changes, MEETING_TABLES, 2000, {
      existingRowsOnly: true,
      name: 'meetings',
    }),
    /** Keyed by member and query: a page of his meetings with the total (a few KB). */
    mine: new ReadCache<string, unknown>(changes, MINE_TABLES, 5000, { name: 'meetings.mine' }),
    /** Keyed by meeting: how many invitees gave each reply (the office's detail). */
    replies: new ReadCache<number, unknown>(changes, ['meeting_invitations'], 2000, { name: 'meetings.replies' }),
    /**
     * Keyed by meeting and query: the board's counts and one page of rows. Most boards are a
     * few dozen rows, a plenary's ~800 about 300 KB; an idle one goes after 30 s. Room for
     * every board the offices of a province have open at once: a cache smaller than the set
     * polled in turn would drop each board just before it is read again.
     */
    board: new ReadCache<string, unknown>(changes, BOARD_TABLES, 128, { name: 'meetings.board' }),
  };
}

export type MeetingCaches = ReturnType<typeof createMeetingCaches>;

/**
 * `load()` through `cache` when reading outside a transaction; inside one (`db` is not the
 * root handle) the database answers, since a value kept before the transaction's own writes
 * could be served to it on PostgreSQL, where changes are heard only once committed.
 */
export function cached<K, V>(
  cache: ReadCache<K, unknown> | undefined,
  root: Db,
  db: Db,
  key: K,
  load: () => Promise<V>,
): Promise<V> {
  return cache && db === root ? (cache.get(key, load) as Promise<V>) : load();
}
