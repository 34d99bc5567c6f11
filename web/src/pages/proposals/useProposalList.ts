// A page of proposals for filters kept in the address bar (so Back and shared links keep
// them): the office's list and the review queue both read their state from here.
import { useMemo } from 'react';
import { apiUrl } from '../../api/client';
import type { ProposalQuery } from '../../api/models';
import { addressQuery } from '../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
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
] as const satisfies readonly (keyof ProposalQuery)[];
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** `fixed` filters always apply (the review queue's state) and are not in the address. */
export function useProposalList(opts: { pageSize: number; fixed?: Filters; defaultSort: string }) {
  const { params, page, setFilter, setPage, clear } = useAddressParams();
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

  const query = { ...addressQuery('/api/proposals', { ...filters, sort }), page, pageSize: opts.pageSize };
  const list = useApiQuery('/api/proposals', { query }, KEEP_PAGE);

  return {
    filters,
    sort,
    page,
    setFilter,
    setPage,
    clear,
    data: list.data,
    loading: list.isFetching,
    error: list.error?.message ?? null,
    exportUrl: apiUrl('/api/proposals/export.xlsx', {
      query: addressQuery('/api/proposals/export.xlsx', { ...filters, sort }),
    }),
  };
}
