// The opinions module's read case (issue 15 item 5): (r) the campaign dashboard of the year —
// counts by theme, category, sector and county, group sizes, routing and answer rates and
// times — as the top organisation's office opens it, with every organisation below it counted
// (the province: 100 organisations, about 100 000 opinions of the activity week and their
// routes; bench/generate/opinion-rows.ts). Counted from the rows on each request, never stored.
import type { CaseData, CaseSpec } from './cases.js';
import { get } from './cases.js';

export function opinionReadCases(): CaseSpec[] {
  return [
    {
      key: 'r',
      name: 'the opinions dashboard of the year, the top organisation with every one below it (staff)',
      requestsPerOp: 1,
      options: (d: CaseData) => get(d.staff, () => '/api/opinions/dashboard?year=2026'),
    },
  ];
}
