// The organisation's proposal settings (categories, themes, result labels, reject reasons),
// fetched once per organisation and shared by every page; saving replaces the cached copy.
import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import type { ProposalSettings } from './api';

const cache = new Map<number, Promise<ProposalSettings>>();

function load(orgId: number): Promise<ProposalSettings> {
  let hit = cache.get(orgId);
  if (!hit) {
    hit = http.get<ProposalSettings>('/api/proposals/settings');
    // A failed load is not kept, so the next page tries again.
    hit.catch(() => cache.delete(orgId));
    cache.set(orgId, hit);
  }
  return hit;
}

export function rememberSettings(orgId: number, settings: ProposalSettings): void {
  cache.set(orgId, Promise.resolve(settings));
}

export function useProposalSettings(orgId: number | undefined): ProposalSettings | null {
  const [settings, setSettings] = useState<ProposalSettings | null>(null);
  useEffect(() => {
    if (!orgId) return;
    let live = true;
    load(orgId).then(
      (s) => live && setSettings(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [orgId]);
  return settings;
}
