// The roster list's state: filters kept in the address bar (so Back and shared links keep
// them), the current term chosen by default, and the page of members for those filters.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { http, qs } from '../../api/client';
import type { Paged } from '../../api/types';
import type { RefData } from '../admin/types';
import type { MemberItem } from './api';

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

export function useRoster(ref: RefData | null) {
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<Paged<MemberItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
  const page = Number(params.get('page') ?? 1) || 1;

  const setFilter = useCallback(
    (changes: Partial<Record<FilterKey, string | undefined>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        next.delete('page');
        return next;
      });
    },
    [setParams],
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

  const load = useCallback(async () => {
    if (!ref) return;
    setLoading(true);
    setError(null);
    try {
      setData(await http.get<Paged<MemberItem>>(`/api/members${qs({ ...filters, page, pageSize: PAGE_SIZE })}`));
    } catch (err) {
      setError((err as Error).message);
      setData(null);
    } finally {
      setLoading(false);
    }
  }, [ref, filters, page]);
  useEffect(() => void load(), [load]);

  const raw = (k: FilterKey) => params.get(k) ?? undefined;
  return { filters, raw, page, setFilter, setPage, data, loading, error, reload: load };
}
