// A page of proposals for filters kept in the address bar (so Back and shared links keep
// them): the office's list and the review queue both read their state from here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { http, qs } from '../../api/client';
import type { Paged } from '../../api/types';
import type { ProposalItem } from './api';
import { useAddressParams } from './useAddressParams';

export const FILTER_KEYS = [
  'q',
  'termId',
  'sessionId',
  'state',
  'category',
  'theme',
  'sectorId',
  'committeeId',
  'unitId',
  'kind',
  'isKey',
  'isExcellent',
  'resultClass',
  'overdue',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** `fixed` filters always apply (the review queue's state) and are not in the address. */
export function useProposalList(opts: { pageSize: number; fixed?: Filters; defaultSort: string }) {
  const { params, page, setFilter, setPage, clear } = useAddressParams();
  const [data, setData] = useState<Paged<ProposalItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fixedKey = JSON.stringify(opts.fixed ?? {});

  const filters = useMemo(() => {
    const out: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) out[k] = v;
    }
    return { ...out, ...(JSON.parse(fixedKey) as Filters) };
  }, [params, fixedKey]);
  const sort = filters.sort ?? opts.defaultSort;

  const query = useMemo(
    () => ({ ...filters, sort, page, pageSize: opts.pageSize }),
    [filters, sort, page, opts.pageSize],
  );
  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await http.get<Paged<ProposalItem>>(`/api/proposals${qs(query)}`));
    } catch (err) {
      setError((err as Error).message);
      setData(null);
    } finally {
      setLoading(false);
    }
  }, [query]);
  useEffect(() => void load(), [load]);

  return {
    filters,
    sort,
    page,
    setFilter,
    setPage,
    clear,
    data,
    loading,
    error,
    reload: load,
    exportQuery: qs({ ...filters, sort }),
  };
}
