// The field pages' view of the server (GET /api/supervision/my-assignments). These types MIRROR
// the server's contract until `npm run api:types` brings the route into schema.d.ts; then they
// become ResponseOf<'/api/supervision/my-assignments'> and the fetch below api.get. The visit
// post and photo uploads are the outbox's (web/src/offline/sync.ts).
import { useQuery } from '@tanstack/react-query';
import { getUnlisted } from '../../../api/client';
import { apiKey } from '../../../api/query';
import { addArea } from '../../../i18n';
import { supervisionField } from '../../../i18n/messages/supervisionField';

addArea('supervisionField', supervisionField);

export interface Criterion {
  id: number;
  name: string;
  weight: number;
  maxScore: number;
  guide: string;
}

export interface AssignedObject {
  assignmentId: number;
  objectId: number;
  name: string;
  address: string;
  district: string;
  category: string;
  lat: number | null;
  lon: number | null;
  /** Route order, by district (the server's order). */
  order: number;
  /** A visit of this member to this object has reached the server. */
  visited: boolean;
}

export interface Assignment {
  campaign: { id: number; title: string; periodStart: string; periodEnd: string; criteria: Criterion[] };
  objects: AssignedObject[];
}

export interface MyAssignments {
  items: Assignment[];
}

export const MY_ASSIGNMENTS = '/api/supervision/my-assignments';

/**
 * The member's assignments. Asked even when the browser says it is offline: the service worker
 * answers from its cache then (web/src/offline/sw.ts); the list keeps the last copy it had.
 */
export function useMyAssignments() {
  return useQuery({
    queryKey: apiKey(MY_ASSIGNMENTS),
    queryFn: () => getUnlisted<MyAssignments>(MY_ASSIGNMENTS),
    networkMode: 'offlineFirst',
    staleTime: 60_000,
  });
}

/** The objects of one campaign grouped by district, in route order within and across districts. */
export function byDistrict(objects: AssignedObject[]): { district: string; objects: AssignedObject[] }[] {
  const groups: { district: string; objects: AssignedObject[] }[] = [];
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
