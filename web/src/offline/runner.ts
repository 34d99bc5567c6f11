// When the outbox is synced: on app start, when the browser comes back online or to the
// foreground, after the member queues a visit, and after a failed try with a growing delay
// (a phone on a weak signal is not hammered, but a visit does not wait long once it is back).
// One sync at a time in this tab; other tabs are kept out by the sync's lock.
import { syncOutbox, type SyncDeps, type SyncResult } from './sync';

export interface SyncStatus {
  running: boolean;
  last: SyncResult | null;
  /** When the next automatic try is due (ms since epoch), if one is scheduled. */
  nextTryAt: number | null;
}

export interface RunnerEnv {
  isOnline(): boolean;
  /** Where 'online' and 'visibilitychange' are heard (window and document in the browser). */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>[];
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const BASE_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait before try number `failures` + 1: 5 s, 10 s, 20 s … up to 5 minutes. */
export function retryDelay(failures: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
}

export interface Runner {
  syncNow(): Promise<SyncResult>;
  status(): SyncStatus;
  subscribe(listener: (s: SyncStatus) => void): () => void;
  stop(): void;
}

export function startRunner(deps: SyncDeps, env: RunnerEnv, sync = syncOutbox): Runner {
  let status: SyncStatus = { running: false, last: null, nextTryAt: null };
  let failures = 0;
  let timer: unknown = null;
  let current: Promise<SyncResult> | null = null;
  let stopped = false;
  const listeners = new Set<(s: SyncStatus) => void>();
  const publish = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    for (const l of listeners) l(status);
  };

  const schedule = (result: SyncResult) => {
    if (timer !== null) env.clearTimer(timer);
    timer = null;
    // Done: nothing to retry. Signed out: the app goes to sign-in; the next start tries again.
    if (stopped || result.stop === 'done' || result.stop === 'signed-out') {
      failures = 0;
      publish({ nextTryAt: null });
      return;
    }
    failures++;
    const delay = retryDelay(failures);
    timer = env.setTimer(() => void syncNow(), delay);
    publish({ nextTryAt: env.now() + delay });
  };

  function syncNow(): Promise<SyncResult> {
    if (current) return current;
    if (!env.isOnline()) {
      const result: SyncResult = { stop: 'offline', sent: 0, needsAttention: 0 };
      publish({ last: result });
      schedule(result);
      return Promise.resolve(result);
    }
    publish({ running: true });
    current = sync(deps)
      .catch((err: unknown): SyncResult => {
        // IndexedDB failing (storage evicted, quota): reported, retried like a server fault.
        console.error(err);
        return { stop: 'server', sent: 0, needsAttention: 0 };
      })
      .then((result) => {
        current = null;
        publish({ running: false, last: result });
        schedule(result);
        return result;
      });
    return current;
  }

  const wake = () => {
    if (env.isOnline()) {
      failures = 0;
      void syncNow();
    }
  };
  for (const target of env.events) {
    target.addEventListener('online', wake);
    target.addEventListener('visibilitychange', wake);
  }
  void syncNow();

  return {
    syncNow,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (timer !== null) env.clearTimer(timer);
      for (const target of env.events) {
        target.removeEventListener('online', wake);
        target.removeEventListener('visibilitychange', wake);
      }
    },
  };
}
