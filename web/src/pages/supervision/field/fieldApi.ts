// The field pages' view of the server (GET /api/supervision/my-assignments), typed by the
// OpenAPI document (web/src/api/schema.d.ts). The visit post and photo uploads are the
// outbox's (web/src/offline/sync.ts).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { apiKey } from '../../../api/query';
import { addArea } from '../../../i18n';
import { supervisionField } from '../../../i18n/messages/supervisionField';

addArea('supervisionField', supervisionField);

export const MY_ASSIGNMENTS = '/api/supervision/my-assignments';

export type MyAssignments = ResponseOf<typeof MY_ASSIGNMENTS>;
export type Assignment = MyAssignments['items'][number];
export type Criterion = Assignment['campaign']['criteria'][number];
/** `order` is the route order, by district (the server's); `visited`: a visit of his reached the server. */
export type AssignedObject = Assignment['objects'][number];

/**
 * The member's assignments. Asked even when the browser says it is offline: the service worker
 * answers from its cache then (web/src/offline/sw.ts); the list keeps the last copy it had.
 */
export function useMyAssignments() {
  return useQuery({
    queryKey: apiKey(MY_ASSIGNMENTS),
    queryFn: () => api.get(MY_ASSIGNMENTS),
    networkMode: 'offlineFirst',
    staleTime: 60_000,
  });
}

/** The objects of one campaign grouped by district, in route order within and across districts. */
export function byDistrict(objects: AssignedObject[]): { district: string | null; objects: AssignedObject[] }[] {
  const groups: { district: string | null; objects: AssignedObject[] }[] = [];
  for (const o of [...objects].sort((a, b) => a.order - b.order)) {
    const last = groups[groups.length - 1];
    if (last && last.district === o.district) last.objects.push(o);
    else groups.push({ district: o.district, objects: [o] });
  }
  return groups;
}

/** Server photo limits the phone checks first: the types the server accepts, and a size that uploads on a weak signal. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_MB = 8;
