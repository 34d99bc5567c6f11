// When the phone tries to send: at start, again after a growing delay when it failed, at once
// when the browser says it is back online, never two syncs at a time in one tab.
import { describe, expect, it } from 'vitest';
import { retryDelay, startRunner, type RunnerEnv } from './runner';
import type { SyncDeps, SyncResult, SyncStop } from './sync';

function env(online = true) {
  const timers: { fn: () => void; ms: number }[] = [];
  const target = new EventTarget();
  const e: RunnerEnv & { online: boolean; timers: typeof timers; target: EventTarget } = {
    online,
    timers,
    target,
    isOnline: () => e.online,
    events: [target],
    now: () => 0,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
  };
  return e;
}

const result = (stop: SyncStop): SyncResult => ({ stop, sent: stop === 'done' ? 1 : 0, needsAttention: 0 });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('outbox sync runner', () => {
  it('waits longer after each failure, up to five minutes', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(20)).toBe(300_000);
  });

  it('syncs at start, retries a failed sync with backoff, and syncs at once when back online', async () => {
    const e = env();
    const answers: SyncStop[] = ['server', 'server', 'done', 'done'];
    let calls = 0;
    const runner = startRunner({} as SyncDeps, e, async () => result(answers[calls++]!));
    await flush();
    expect(calls).toBe(1);
    expect(e.timers.map((t) => t.ms)).toEqual([5_000]);
    e.timers[0]!.fn();
    await flush();
    expect(calls).toBe(2);
    expect(e.timers.map((t) => t.ms)).toEqual([5_000, 10_000]);
    e.target.dispatchEvent(new Event('online'));
    await flush();
    expect(calls).toBe(3);
    expect(runner.status()).toMatchObject({ running: false, last: { stop: 'done' }, nextTryAt: null });
    runner.stop();
  });

  it('does not try while the browser is offline, and shares one sync between callers', async () => {
    const e = env(false);
    let calls = 0;
    let release: (r: SyncResult) => void = () => undefined;
    const runner = startRunner({} as SyncDeps, e, () => {
      calls++;
      return new Promise<SyncResult>((r) => (release = r));
    });
    await flush();
    expect(calls).toBe(0);
    expect(runner.status().last?.stop).toBe('offline');
    e.online = true;
    const a = runner.syncNow();
    const b = runner.syncNow();
    expect(calls).toBe(1);
    expect(runner.status().running).toBe(true);
    release(result('done'));
    expect(await a).toBe(await b);
    runner.stop();
  });
});
