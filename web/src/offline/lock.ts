// One sync at a time across the app's tabs on this phone: two tabs sending the same queued visit
// would upload its photos twice. The Web Locks API where the browser has it (a lock dies with
// its tab); otherwise a flag in IndexedDB with an expiry, renewed while the sync runs, so a tab
// that was closed mid-sync does not block the others for more than the expiry.
import { STORES, update } from './idb';

export const BUSY = Symbol('busy');
const NAME = 'lvzhi-outbox-sync';

export interface SyncLock {
  /** Runs `fn` holding the lock, or answers BUSY at once when another sync holds it. */
  run<T>(fn: () => Promise<T>): Promise<T | typeof BUSY>;
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T>;
}

export function webLock(locks: LockManagerLike): SyncLock {
  return {
    run: (fn) => locks.request(NAME, { ifAvailable: true }, async (lock) => (lock ? fn() : BUSY)),
  };
}

interface Flag {
  key: string;
  owner: string;
  expiresAt: number;
}

export function flagLock(db: IDBDatabase, owner: string, opts: { ttlMs?: number; now?: () => number } = {}): SyncLock {
  const ttl = opts.ttlMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  // One read-write transaction decides: IndexedDB runs two tabs' transactions one after the other.
  const claim = () =>
    update<Flag>(db, STORES.meta, NAME, (flag) =>
      !flag || flag.owner === owner || flag.expiresAt <= now()
        ? { key: NAME, owner, expiresAt: now() + ttl }
        : undefined,
    );
  const release = () => update<Flag>(db, STORES.meta, NAME, (flag) => (flag?.owner === owner ? null : undefined));
  return {
    async run(fn) {
      if (!(await claim())) return BUSY;
      const renew = setInterval(() => void claim().catch(() => undefined), ttl / 3);
      try {
        return await fn();
      } finally {
        clearInterval(renew);
        await release();
      }
    },
  };
}

/** The best lock this browser offers. */
export function syncLock(db: IDBDatabase, owner: string): SyncLock {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? webLock(locks) : flagLock(db, owner);
}
