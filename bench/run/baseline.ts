// `npm run bench -- --baseline bench/results/<file>.json`: this run's ratios to the machine's
// references beside a recorded run's. The targets are judged on the recorded machine; across
// days and machines the ratios are the regression check: a slower machine moves a case and its
// reference together, a regression moves the case alone. A ratio worse by more than a quarter
// is flagged (the bench still never fails on figures).
import { readFileSync } from 'node:fs';
import type { CaseKey } from './cases.js';
import type { References } from './references.js';
import type { RatioToReference } from './report.js';

/** What a results file holds that the comparison reads. */
export interface RecordedRun {
  commit: string;
  date: string;
  references?: References;
  cases: { key: CaseKey; ratioToReference?: RatioToReference | null }[];
}

export const TOLERANCE = 0.25;

export function readRecorded(file: string): RecordedRun {
  return JSON.parse(readFileSync(file, 'utf8')) as RecordedRun;
}

/** How much worse `now` is than `was` (0.3 = 30 % worse; negative: better). */
export function worseBy(now: RatioToReference, was: number): number {
  return now.higherIsBetter ? 1 - now.ratio / was : now.ratio / was - 1;
}

export function compareWithBaseline(
  file: string,
  base: RecordedRun,
  refs: References | null,
  cases: { key: CaseKey; ratio: RatioToReference | null }[],
): { lines: string[]; regressions: CaseKey[] } {
  const lines = [`against ${file} (commit ${base.commit}, ${base.date.slice(0, 10)}):`];
  if (!base.references) lines.push('  (it has no machine references: measured before they existed)');
  else if (refs) {
    const x = (now: number, was: number) => `×${(now / was).toFixed(2)}`;
    const b = base.references;
    lines.push(
      `  this machine vs that one: fsync/s ${x(refs.fsync.perSecond, b.fsync.perSecond)}, insert transactions/s ${x(refs.insertTransaction.perSecond, b.insertTransaction.perSecond)}, full-text p99 ${x(refs.fullText.p99Ms, b.fullText.p99Ms)}, brute-force p50 ${x(refs.bruteForce.p50Ms, b.bruteForce.p50Ms)}`,
    );
  }
  const regressions: CaseKey[] = [];
  for (const c of cases) {
    const was = base.cases.find((b) => b.key === c.key)?.ratioToReference;
    if (!c.ratio || !was) continue;
    const worse = worseBy(c.ratio, was.ratio);
    const flagged = worse > TOLERANCE;
    if (flagged) regressions.push(c.key);
    lines.push(
      `  (${c.key}) ${c.ratio.reference}: ${c.ratio.ratio.toFixed(2)} (was ${was.ratio.toFixed(2)}): ${worse > 0 ? `worse by ${Math.round(worse * 100)} %` : `better by ${Math.round(-worse * 100)} %`}${flagged ? '  REGRESSION?' : ''}`,
    );
  }
  return { lines, regressions };
}
