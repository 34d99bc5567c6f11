// One organisation's reference data (terms, sectors, committees, units), shared by the admin,
// roster and proposal pages; writes to any of it refresh it (api/query.ts).
import { REFERENCE, useApiQuery } from '../../api/query';

export function useRefData(orgId: number | undefined) {
  return useApiQuery('/api/refdata', orgId ? { query: { orgId } } : null, REFERENCE);
}
