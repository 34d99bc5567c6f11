// The reader's clock: counts the seconds the page is visible and sends them about every 15 s
// (and when the page is hidden or left), so the server can add them to his reading time. The
// server adds at most the wall time since the last heartbeat, so this is an estimate it caps,
// not a claim it trusts. A heartbeat changes nothing the pages show: it is sent without the
// write's cache refresh (postQuery), or every open page would refetch every 15 s.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client';

const BEAT_MS = 15_000;

export function useReadingClock(id: number, enabled: boolean, serverSeconds: number) {
  const [added, setAdded] = useState(0);
  const visibleMs = useRef(0);
  const since = useRef<number | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const visible = () => document.visibilityState === 'visible';
    since.current = visible() ? Date.now() : null;
    const take = () => {
      if (since.current !== null) {
        visibleMs.current += Date.now() - since.current;
        since.current = visible() ? Date.now() : null;
      }
      const seconds = Math.floor(visibleMs.current / 1000);
      visibleMs.current -= seconds * 1000;
      return seconds;
    };
    const beat = () => {
      const seconds = take();
      if (seconds <= 0) return;
      api
        .postQuery('/api/study/materials/{id}/heartbeat', { path: { id }, body: { seconds: Math.min(seconds, 3600) } })
        .then((r) => setAdded((a) => a + r.added))
        .catch(() => undefined);
    };
    const onVisibility = () => {
      if (visible()) since.current = Date.now();
      else beat();
    };
    const timer = window.setInterval(beat, BEAT_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      beat();
    };
  }, [id, enabled]);

  return serverSeconds + added;
}
