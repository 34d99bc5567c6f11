// Filters and page kept in the address bar (so Back and shared links keep them): what the
// proposal list and the handling lists share. A filter change goes back to page 1.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** `keepEmpty`: an empty value stays in the address (it may mean "all" against a default) instead of removing the filter. */
export function useAddressParams(opts: { keepEmpty?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const keepEmpty = !!opts.keepEmpty;
  const page = Number(params.get('page') ?? 1) || 1;

  const setFilter = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || (v === '' && !keepEmpty)) next.delete(k);
          else next.set(k, v);
        }
        next.delete('page');
        return next;
      }),
    [setParams, keepEmpty],
  );
  const setPage = useCallback(
    (p: number) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('page', String(p));
        return next;
      }),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { params, page, setFilter, setPage, clear };
}
