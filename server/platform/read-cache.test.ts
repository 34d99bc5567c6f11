import { describe, expect, it } from 'vitest';
import { ChangeTracker } from '../db/change-tracker.js';
import { IDLE_MS, ReadCache } from './read-cache.js';

describe('read cache', () => {
  it('serves a kept value while its tables are unchanged, and lets go of all of them at the first change', async () => {
    const tracker = new ChangeTracker();
    const cache = new ReadCache<number, string>(tracker, ['proposals', 'members'], 10);
    let loads = 0;
    const load = (id: number) => async () => `proposal ${id} (load ${++loads})`;
    expect(await cache.get(1, load(1))).toBe('proposal 1 (load 1)');
    expect(await cache.get(2, load(2))).toBe('proposal 2 (load 2)');
    expect(await cache.get(1, load(1))).toBe('proposal 1 (load 1)');
    expect(cache.size).toBe(2);

    tracker.rowsAdded('audit_log'); // not one of its tables
    expect(cache.size).toBe(2);
    tracker.rowsAltered('members');
    expect(cache.size).toBe(0); // released at once, not at the next read
    expect(await cache.get(1, load(1))).toBe('proposal 1 (load 3)');
  });

  it('does not keep a value read while a write happened, and keeps at most its capacity', async () => {
    const tracker = new ChangeTracker();
    const cache = new ReadCache<number, string>(tracker, ['proposals'], 3);
    await cache.get(1, async () => {
      tracker.rowsAltered('proposals');
      return 'read across a write';
    });
    expect(cache.size).toBe(0);
    for (let i = 0; i < 5; i++) await cache.get(i, async () => `p${i}`);
    expect(cache.size).toBe(3);
  });

  it('lets concurrent misses of one key share one load, unless a write came between them', async () => {
    const tracker = new ChangeTracker();
    const cache = new ReadCache<number, string>(tracker, ['opinions'], 10);
    let loads = 0;
    let release: () => void = () => undefined;
    const slow = () =>
      new Promise<string>((resolve) => {
        const n = ++loads;
        release = () => resolve(`figures (load ${n})`);
      });
    const first = cache.get(1, slow);
    const second = cache.get(1, slow); // same stamp: waits for the first load
    await Promise.resolve();
    expect(loads).toBe(1);
    release();
    expect(await Promise.all([first, second])).toEqual(['figures (load 1)', 'figures (load 1)']);

    tracker.rowsAdded('members'); // not its table: still kept
    void cache.get(2, slow); // left loading
    tracker.rowsAltered('opinions'); // a write after the third began: the fourth must not join it
    const fourth = cache.get(2, slow);
    await Promise.resolve();
    expect(loads).toBe(3);
    release(); // the fourth's load
    expect(await fourth).toBe('figures (load 3)');
  });

  it('lets go of values nobody has read for a while', async () => {
    const cache = new ReadCache<number, string>(new ChangeTracker(), ['proposals'], 10);
    await cache.get(1, async () => 'cold');
    await cache.get(2, async () => 'hot');
    const now = Date.now();
    cache.sweep(now + IDLE_MS / 2);
    expect(cache.size).toBe(2);
    cache.sweep(now + IDLE_MS + 1000);
    expect(cache.size).toBe(0);
  });

  it('with existingRowsOnly, added rows leave kept values alone; a miss is never kept', async () => {
    const tracker = new ChangeTracker();
    const cache = new ReadCache<string, string | undefined>(tracker, ['auth_sessions', 'users'], 10, {
      existingRowsOnly: true,
    });
    await cache.get('a', async () => 'session a');
    tracker.rowsAdded('auth_sessions'); // another sign-in
    expect(cache.size).toBe(1);
    expect(await cache.get('a', async () => 'reloaded')).toBe('session a');
    expect(await cache.get('b', async () => undefined)).toBeUndefined();
    expect(cache.size).toBe(1);
    tracker.rowsAltered('users');
    expect(cache.size).toBe(0);
  });

  it('without a tracker (PostgreSQL) loads every time', async () => {
    const cache = new ReadCache<number, number>(null, ['proposals'], 10);
    let loads = 0;
    await cache.get(1, async () => ++loads);
    await cache.get(1, async () => ++loads);
    expect(loads).toBe(2);
  });
});
