// Access rows of the near-duplicate groups of opinions: the office and leaders (opinions.read_all,
// the mayor too) read their organisation's groups and export them, the city's office and
// leader its counties' read-only; the office of the organisation corrects them and regroups (last: the merge has
// confirmed the group the other rows act on, so the regroup keeps it). Targets:
// ../opinion-groups-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, OFFICE, get, post, put, row } from './helpers.js';

const READERS = 'staff leader gov_leader county_admin';
// The mayor reads his own organisation's only (his visible organisations are the city alone).
const CITY_READERS = 'staff leader';
const G = (t: Bundle, rest = '') => `/api/opinions/groups/${t.opGroups.group}${rest}`;

export const OPINION_GROUP_ROWS: AccessRow[] = [
  row('GET /api/opinions/groups', READERS, CITY_READERS, (t) =>
    get(`/api/opinions/groups?campaignId=${t.opGroups.campaign}`),
  ),
  row('GET /api/opinions/groups/export.xlsx', READERS, CITY_READERS, (t) =>
    get(`/api/opinions/groups/export.xlsx?campaignId=${t.opGroups.campaign}`),
  ),
  row('GET /api/opinions/groups/{id}', READERS, CITY_READERS, (t) => get(G(t))),
  row('POST /api/opinions/groups/{id}/merge', OFFICE, '', (t) =>
    post(G(t, '/merge'), { groupId: t.opGroups.mergeable }),
  ),
  row('PUT /api/opinions/groups/opinions/{id}', OFFICE, '', (t) =>
    put(`/api/opinions/groups/opinions/${t.opGroups.opinion}`, { groupId: null }),
  ),
  row('POST /api/opinions/groups/regroup', OFFICE, '', (t) =>
    post('/api/opinions/groups/regroup', { campaignId: t.opGroups.campaign }),
  ),
];
