// The bench's verdicts: each figure next to its target (issue 4 item 3 and 4), the printed
// table, and the JSON written to bench/results/.
import type { RecallResult } from './recall.js';
import type { BulkResult, CaseResult } from './driver.js';
import type { PhaseMemory } from './rss.js';

export interface Verdict {
  target: string;
  met: boolean | null;
}

export const RSS_LIMIT_MB = 400;

export function caseVerdict(r: CaseResult, ceiling: number | null, recall: RecallResult | null): Verdict {
  const v = verdictOf(r, ceiling, recall);
  // No answer at all within the run is no figure: missed, whatever the percentiles say.
  return r.requests === 0 && v.met !== null ? { ...v, met: false } : v;
}

function verdictOf(r: CaseResult, ceiling: number | null, recall: RecallResult | null): Verdict {
  switch (r.key) {
    case 'b':
      return { target: '≥ 40% of ceiling', met: ceiling ? r.requestsPerSecond / ceiling >= 0.4 : null };
    case 'c':
    case 'd':
      return { target: 'p99 ≤ 50 ms', met: r.p99 <= 50 };
    case 'e':
      return {
        target: 'p99 ≤ 100 ms, recall@10 ≥ 0.95',
        met: r.p99 <= 100 && (recall ? recall.recallAt10 >= 0.95 : false),
      };
    case 'f':
      return { target: 'p99 ≤ 200 ms', met: r.p99 <= 200 };
    case 'g':
      return { target: '≥ 1000 submits/s', met: r.operationsPerSecond >= 1000 };
    default:
      return { target: '', met: null };
  }
}

const mark = (v: boolean | null) => (v === null ? '' : v ? 'met' : 'MISSED');

export function printTable(
  results: CaseResult[],
  memory: Map<string, PhaseMemory>,
  recall: RecallResult | null,
): string {
  const ceiling = results.find((r) => r.key === 'a')?.requestsPerSecond ?? null;
  const head = ['case', 'req/s', 'ops/s', 'p50 ms', 'p99 ms', '÷ceiling', 'peak RSS MB', 'target', '', 'load avg'];
  const rows = results.map((r) => {
    const v = caseVerdict(r, ceiling, recall);
    return [
      `(${r.key}) ${r.name}`,
      r.requestsPerSecond.toFixed(0),
      r.operationsPerSecond.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      ceiling ? (r.requestsPerSecond / ceiling).toFixed(2) : '',
      (memory.get(r.key)?.peakMb ?? 0).toFixed(0),
      v.target,
      mark(v.met),
      r.loadBefore,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface BulkVerdicts {
  import: Verdict;
  wordExport: Verdict;
  excelExport: Verdict;
  excelMemory: Verdict;
}

export function bulkVerdicts(bulk: BulkResult, memory: Map<string, PhaseMemory>): BulkVerdicts {
  const small = memory.get('bulk:xlsx-small');
  const large = memory.get('bulk:xlsx');
  const growth = (m?: PhaseMemory) => (m ? m.peakMb - m.startMb : 0);
  return {
    import: { target: `${bulk.import.rows} members ≤ 10 s`, met: bulk.import.totalSeconds <= 10 },
    wordExport: { target: 'p99 ≤ 100 ms', met: bulk.wordExport.p99Ms <= 100 },
    excelExport: { target: `${bulk.excelExport.rows} proposals ≤ 20 s`, met: bulk.excelExport.seconds <= 20 },
    // Streamed: the growth for ten times the rows stays within a small margin of the small export's.
    excelMemory: {
      target: 'memory flat in the row count',
      met: small && large ? growth(large) <= growth(small) + 48 : null,
    },
  };
}

export function printBulk(bulk: BulkResult, memory: Map<string, PhaseMemory>, v: BulkVerdicts): string {
  const mem = (k: string) => {
    const m = memory.get(k);
    return m
      ? `RSS ${m.startMb.toFixed(0)} → peak ${m.peakMb.toFixed(0)} MB (+${(m.peakMb - m.startMb).toFixed(0)})`
      : '';
  };
  return [
    `import ${bulk.import.rows} members: ${bulk.import.totalSeconds} s (preview ${bulk.import.previewSeconds} s, commit ${bulk.import.commitSeconds} s)  ${mem('bulk:import')}  [${v.import.target}: ${mark(v.import.met)}]`,
    `Word export ×${bulk.wordExport.count}: p50 ${bulk.wordExport.p50Ms} ms, p99 ${bulk.wordExport.p99Ms} ms  [${v.wordExport.target}: ${mark(v.wordExport.met)}]`,
    `Excel export ${bulk.excelSmall.rows} proposals: ${bulk.excelSmall.seconds} s  ${mem('bulk:xlsx-small')}`,
    `Excel export ${bulk.excelExport.rows} proposals: ${bulk.excelExport.seconds} s, ${(bulk.excelExport.bytes / 1048576).toFixed(1)} MB  ${mem('bulk:xlsx')}  [${v.excelExport.target}: ${mark(v.excelExport.met)}; ${v.excelMemory.target}: ${mark(v.excelMemory.met)}]`,
  ].join('\n');
}
