// One page of a handling list (inbox, board, commitments) for filters kept in the address
// bar, so Back and shared links keep them; `reload` after a change made from a row.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { http, qs } from '../../../api/client';
import type { Paged } from '../../../api/types';
import { useAddressParams } from '../useAddressParams';

export function usePaged<T, R extends Paged<T> = Paged<T>>(
  url: string,
  keys: readonly string[],
  defaults: Record<string, string> = {},
  pageSize = 20,
) {
  // An empty value overrides a default here: "all" against a list that opens on "open".
  const { params, page, setFilter, setPage } = useAddressParams({ keepEmpty: true });
  const [data, setData] = useState<R | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keyList = keys.join(',');
  const defaultsKey = JSON.stringify(defaults);

  const filters = useMemo(() => {
    const out: Record<string, string> = JSON.parse(defaultsKey);
    for (const k of keyList.split(',')) {
      const v = params.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }, [params, keyList, defaultsKey]);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await http.get<R>(`${url}${qs({ ...filters, page, pageSize })}`));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  }, [url, filters, page, pageSize]);
  useEffect(() => void load(), [load]);

  return { filters, setFilter, page, setPage, pageSize, data, loading, error, reload: load };
}
