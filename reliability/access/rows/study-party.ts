// Access rows of party building (study/party): the study office of the organisation edits its
// lists, party organisations and liaisons; the office and leaders read them and the coverage
// (a parent's office and leaders those of a sharing county). Members read nothing here.
// Targets: ../party-targets.ts.
import type { Bundle } from '../targets.js';
import { type AccessRow, CITY_READERS, OFFICE, READERS, current, del, get, patch, post, row } from './helpers.js';

const P = '/api/study/party';
const T = (t: Bundle) => t.party;

export const STUDY_PARTY_ROWS: AccessRow[] = [
  current(`GET ${P}/lists`, READERS, CITY_READERS, () => get(`${P}/lists?year=2026`)),
  current(`POST ${P}/items`, OFFICE, '', () =>
    post(`${P}/items`, {
      list: 'ideology',
      year: 2026,
      content: '每半年开展一次意识形态形势研判',
      owner: '办公室',
      dueOn: '2026-07-15',
    }),
  ),
  row(`PATCH ${P}/items/{id}`, OFFICE, '', (t) => patch(`${P}/items/${T(t).item}`, { progress: '已部署' })),
  row(`POST ${P}/items/{id}/checks`, OFFICE, '', (t) =>
    post(`${P}/items/${T(t).item}/checks`, { result: 'met', checkedOn: '2026-02-27' }),
  ),
  row(`DELETE ${P}/items/{id}`, OFFICE, '', (t) => del(`${P}/items/${T(t).spareItem}`)),

  current(`GET ${P}/orgs`, READERS, CITY_READERS, () => get(`${P}/orgs`)),
  current(`POST ${P}/orgs`, OFFICE, '', (t) =>
    post(`${P}/orgs`, { kind: 'branch', name: '第三党支部', parentId: T(t).committee }),
  ),
  row(`PATCH ${P}/orgs/{id}`, OFFICE, '', (t) => patch(`${P}/orgs/${T(t).branch}`, { sortOrder: 5 })),
  row(`POST ${P}/orgs/{id}/members`, OFFICE, '', (t) =>
    post(`${P}/orgs/${T(t).branch}/members`, { memberId: T(t).partyMember }),
  ),
  row(`PATCH ${P}/memberships/{id}`, OFFICE, '', (t) =>
    patch(`${P}/memberships/${T(t).membership}`, { role: 'committee_member' }),
  ),
  row(`DELETE ${P}/memberships/{id}`, OFFICE, '', (t) => del(`${P}/memberships/${T(t).spareMembership}`)),
  row(`DELETE ${P}/orgs/{id}`, OFFICE, '', (t) => del(`${P}/orgs/${T(t).spareBranch}`)),

  current(`GET ${P}/liaisons`, READERS, CITY_READERS, () => get(`${P}/liaisons`)),
  current(`POST ${P}/liaisons`, OFFICE, '', (t) =>
    post(`${P}/liaisons`, { partyMemberId: T(t).partyMember, memberId: T(t).nonParty, startsOn: '2026-02-01' }),
  ),
  row(`DELETE ${P}/liaisons/{id}`, OFFICE, '', (t) => del(`${P}/liaisons/${T(t).spareLiaison}`)),

  current(`GET ${P}/coverage`, READERS, CITY_READERS, () => get(`${P}/coverage`)),
  current(`GET ${P}/coverage/uncovered.xlsx`, READERS, CITY_READERS, () => get(`${P}/coverage/uncovered.xlsx`)),
  current(`GET ${P}/roster`, READERS, CITY_READERS, () => get(`${P}/roster`)),
];
