// The study module's read cases (issue 14 item 7), driven by autocannon like the others:
// (o) training coverage of one organisation — a county, as the provincial office opens it from
// the dashboard; (p) the whole province's coverage, the top organisation with every county below
// it; (q) a member's learning record of the year (sessions attended, materials read, hours), as
// the 16 bench members open it on the phone. The figures are counted from the year's attendance
// and reading rows (bench/generate/meeting-rows.ts and study-rows.ts), never stored.
import type { CaseData, CaseSpec } from './cases.js';
import { get, next } from './cases.js';
import { getJson, type Session } from './http.js';

export function studyReadCases(): CaseSpec[] {
  return [
    {
      key: 'o',
      name: "training coverage of one organisation (a county, opened by the province's office)",
      requestsPerOp: 1,
      options: (d: CaseData) =>
        get(d.staff, () => `/api/study/coverage?year=2026&orgId=${d.countyIds[next(d.countyIds.length)]}`),
    },
    {
      key: 'p',
      name: 'training coverage of the whole province (the top organisation with its counties; staff)',
      requestsPerOp: 1,
      options: (d: CaseData) => get(d.staff, () => '/api/study/coverage?year=2026'),
    },
    {
      key: 'q',
      name: "a member's learning record of the year: sessions, materials, hours (member)",
      requestsPerOp: 1,
      options: (d: CaseData) => get(d.members, () => '/api/study/record/mine?year=2026'),
    },
  ];
}

/**
 * The organisations below the top one, as the office's organisation switcher lists them; the
 * city dataset (the smoke) has none, and (o) then measures the top organisation alone.
 */
export async function countyIdsOf(staff: Session, topOrgId: number): Promise<number[]> {
  const me = await getJson<{ orgs: { id: number }[] }>(staff, '/api/auth/me');
  const ids = me.orgs.map((o) => o.id).filter((id) => id !== topOrgId);
  return ids.length ? ids : [topOrgId];
}
