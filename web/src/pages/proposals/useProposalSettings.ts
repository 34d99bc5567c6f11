// The organisation's proposal settings (categories, themes, result labels, reject reasons),
// shared by every page through the query cache; saving them refreshes it (a write under
// /api/proposals), and switching organisation empties it.
import type { ProposalSettings } from '../../api/models';
import { REFERENCE, useApiQuery } from '../../api/query';

export function useProposalSettings(orgId: number | undefined): ProposalSettings | null {
  return useApiQuery('/api/proposals/settings', orgId ? {} : null, REFERENCE).data ?? null;
}
