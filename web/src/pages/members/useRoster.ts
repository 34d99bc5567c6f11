// The roster list's state: filters kept in the address bar (so Back and shared links keep
// them), the current term chosen by default, and the page of members for those filters.
import { useMemo } from 'react';
import type { RefData } from '../../api/models';
import { addressQuery } from '../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useAddressParams } from '../proposals/useAddressParams';

export const PAGE_SIZE = 20;
const FILTER_KEYS = [
  'q',
  'termId',
  'sectorId',
  'committeeId',
  'groupId',
  'party',
  'isNew',
  'active',
  'phone',
  'idNumber',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A typed phone (11 digits after dropping +86 and separators) or else an ID number. */
export function lookupParams(text: string): { phone?: string; idNumber?: string } {
  const v = text.trim();
  if (!v) return {};
  const digits = v.replace(/[\s\-+（）()]/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? { phone: v } : { idNumber: v };
}

export function useRoster(ref: RefData | undefined) {
  const { params, page, setFilter, setPage } = useAddressParams();

  const currentTerm = ref?.terms.find((t) => t.isCurrent)?.id;
  // No term in the address means the current term; "all" means every term.
  const filters = useMemo(() => {
    const out: Partial<Record<FilterKey, string>> = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) out[k] = v;
    }
    if (!out.termId && currentTerm) out.termId = String(currentTerm);
    if (out.termId === 'all') delete out.termId;
    if (!out.active) out.active = 'true';
    if (out.active === 'any') delete out.active;
    return out;
  }, [params, currentTerm]);

  // Waits for the reference data, which says which term is current.
  const list = useApiQuery(
    '/api/members',
    ref ? { query: { ...addressQuery('/api/members', filters), page, pageSize: PAGE_SIZE } } : null,
    KEEP_PAGE,
  );

  const raw = (k: FilterKey) => params.get(k) ?? undefined;
  return {
    filters,
    raw,
    page,
    setFilter: setFilter as (changes: Partial<Record<FilterKey, string | undefined>>) => void,
    setPage,
    data: list.data,
    loading: list.isFetching,
    error: list.error?.message ?? null,
  };
}
