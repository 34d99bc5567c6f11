// The browser's one outbox and one sync runner, shared by every page of this tab. The runner
// belongs to the signed-in member: another account signing in on the same phone gets its own
// (and never sends the first one's visits).
import { writeHeaders } from '../api/client';
import { syncLock } from './lock';
import { newId, Outbox } from './outbox';
import { startRunner, type Runner } from './runner';

let outbox: Promise<Outbox> | null = null;
let active: { userId: number; runner: Promise<Runner> } | null = null;
const tabId = newId();

export function getOutbox(): Promise<Outbox> {
  outbox ??= Outbox.open();
  return outbox;
}

/** Starts (or keeps) the sync for `userId`; stops a previous account's. */
export function startSync(userId: number): Promise<Runner> {
  if (active?.userId === userId) return active.runner;
  stopSync();
  // Kept as a promise at once: two pages asking together share one runner.
  const runner = getOutbox().then((box) =>
    startRunner(
      { outbox: box, userId, lock: syncLock(box.db, tabId), fetch: (...args) => fetch(...args), headers: writeHeaders },
      {
        isOnline: () => navigator.onLine,
        events: [window, document],
        now: Date.now,
        setTimer: (fn, ms) => setTimeout(fn, ms),
        clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
      },
    ),
  );
  active = { userId, runner };
  return runner;
}

export function stopSync(): void {
  void active?.runner.then((r) => r.stop());
  active = null;
}
