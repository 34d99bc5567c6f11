// Loads one organisation's reference data (terms, sectors, committees, units) for the admin pages.
import { useCallback, useEffect, useState } from 'react';
import { http, qs } from '../../api/client';
import type { RefData } from './types';

export function useRefData(orgId: number | undefined) {
  const [data, setData] = useState<RefData | null>(null);
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    if (!orgId) return;
    setLoading(true);
    try {
      setData(await http.get<RefData>(`/api/refdata${qs({ orgId })}`));
    } finally {
      setLoading(false);
    }
  }, [orgId]);
  useEffect(() => void reload(), [reload]);
  return { data, loading, reload };
}
