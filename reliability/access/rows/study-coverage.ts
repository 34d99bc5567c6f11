// Training coverage: the office and leaders read the figures, the members behind them and the
// exports of their organisation (the city's also of a county it views); the office alone sets
// targets and cohorts, of its home organisation only. Members, units and the rest never read them.
import { current, del, get, OFFICE, post, put, READERS, CITY_READERS, row, type AccessRow } from './helpers.js';

const C = '/api/study/coverage';

export const STUDY_COVERAGE_ROWS: AccessRow[] = [
  current(`GET ${C}`, READERS, CITY_READERS, () => get(C)),
  current(`GET ${C}/members`, READERS, CITY_READERS, () => get(`${C}/members?status=trained`)),
  current(`GET ${C}/sessions`, READERS, CITY_READERS, () => get(`${C}/sessions`)),
  current(`GET ${C}/report.docx`, READERS, CITY_READERS, () => get(`${C}/report.docx`)),
  current(`GET ${C}/unreached.xlsx`, READERS, CITY_READERS, () => get(`${C}/unreached.xlsx`)),
  current(`PUT ${C}/targets`, OFFICE, '', () => put(`${C}/targets`, { year: 2026, all: 100, new: 100 })),
  current(`POST ${C}/cohorts`, OFFICE, '', (_t, role) =>
    post(`${C}/cohorts`, { year: 2026, name: `矩阵名单-${role}`, kind: 'key_work', memberIds: [] }),
  ),
  row(`GET ${C}/cohorts/{id}`, READERS, CITY_READERS, (t) => get(`${C}/cohorts/${t.cov.cohort}`)),
  row(`PUT ${C}/cohorts/{id}`, OFFICE, '', (t) => put(`${C}/cohorts/${t.cov.cohort}`, { kind: 'key_work' })),
  row(`DELETE ${C}/cohorts/{id}`, OFFICE, '', (t) => del(`${C}/cohorts/${t.cov.spareCohort}`)),
];
