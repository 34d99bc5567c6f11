// One page of a handling list (inbox, board, commitments) for filters kept in the address
// bar, so Back and shared links keep them; a change made from a row refreshes it by itself
// (a write under /api/proposals).
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiError } from '../../../api/client';
import type { PathsWith, QueryOf, ResponseOf } from '../../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useAddressParams } from '../useAddressParams';

/** The lists that take a page and a page size. */
type PagedPath = {
  [P in PathsWith<'get'>]: [QueryOf<P>] extends [never] ? never : QueryOf<P> extends { pageSize?: number } ? P : never;
}[PathsWith<'get'>];

export function usePaged<P extends PagedPath>(
  path: P,
  keys: readonly (keyof QueryOf<P> & string)[],
  defaults: Partial<Record<keyof QueryOf<P> & string, string>> = {},
  pageSize = 20,
) {
  // An empty value overrides a default here: "all" against a list that opens on "open".
  const { params, page, setFilter, setPage } = useAddressParams({ keepEmpty: true });
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

  // The filters are text from the address bar (see addressQuery); the server checks them.
  const get = useApiQuery as (
    path: P,
    options: { query: object },
    extra: typeof KEEP_PAGE,
  ) => UseQueryResult<ResponseOf<P>, ApiError>;
  const list = get(path, { query: { ...filters, page, pageSize } }, KEEP_PAGE);

  return {
    filters,
    setFilter,
    page,
    setPage,
    pageSize,
    data: list.data,
    loading: list.isFetching,
    error: list.error?.message ?? null,
  };
}
