// The load test's figures: per action the count, p50 and p99; overall throughput and errors;
// with the date, the commit and the machine. Printed always; written into docs/reliability.md
// (between its load-results markers) when LOAD_RECORD=1 or for the long run.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Metrics } from './workload.js';

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadRun {
  engine: string;
  vus: number;
  seconds: number;
  dataset: string;
  writesVerified: number;
  metrics: Metrics;
}

export function loadReport(run: LoadRun): string {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    if (execSync('git status --porcelain', { encoding: 'utf8' }).trim()) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  const m = run.metrics;
  const rows = [...m.latencies]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([action, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `| ${action} | ${list.length} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} |`;
    });
  return [
    `Run of ${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${run.engine}, ${run.dataset}; ` +
      `${cpus().length} CPUs, load average before the run ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (the machine is shared).`,
    '',
    `**${run.vus} virtual users for ${run.seconds} s: ${m.requests} requests, ${(m.requests / run.seconds).toFixed(0)} requests/s, ` +
      `${m.errors.length} errors, ${run.writesVerified} acknowledged proposal workflows verified in the database, 0 lost.**`,
    '',
    '| action | requests | p50 ms | p99 ms |',
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

const START = '<!-- load-results:start -->';
const END = '<!-- load-results:end -->';

export function recordInDocs(report: string, path = 'docs/reliability.md'): void {
  const doc = readFileSync(path, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path} has no ${START} … ${END} section`);
  writeFileSync(path, `${doc.slice(0, a + START.length)}\n${report}\n${doc.slice(b)}`);
}
