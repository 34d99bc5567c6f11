// The signed-in member's outbox and sync state for the field pages: re-read on every change
// (this tab's or another's), the browser's online flag, and "send now".
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../../auth';
import type { Outbox, OutboxVisit } from '../../../offline/outbox';
import type { Runner, SyncStatus } from '../../../offline/runner';
import { getOutbox, startSync } from '../../../offline/service';

export interface OutboxView {
  outbox: Outbox | null;
  visits: OutboxVisit[];
  status: SyncStatus | null;
  online: boolean;
  syncNow(): void;
}

export function useOutbox(): OutboxView {
  const { me } = useSession();
  const userId = me?.user.id ?? null;
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [runner, setRunner] = useState<Runner | null>(null);
  const [visits, setVisits] = useState<OutboxVisit[]>([]);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [online, setOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    if (userId === null) return;
    let alive = true;
    const unsubscribe: (() => void)[] = [];
    void Promise.all([getOutbox(), startSync(userId)]).then(([box, run]) => {
      if (!alive) return;
      setOutbox(box);
      setRunner(run);
      setStatus(run.status());
      const reload = () => void box.list(userId).then((v) => alive && setVisits(v));
      reload();
      unsubscribe.push(box.subscribe(reload), run.subscribe(setStatus));
    });
    return () => {
      alive = false;
      for (const u of unsubscribe) u();
    };
  }, [userId]);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const syncNow = useCallback(() => void runner?.syncNow(), [runner]);
  return { outbox, visits, status, online, syncNow };
}
