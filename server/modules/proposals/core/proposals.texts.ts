// Small helpers shared by the reading side of proposals (boards, statistics, evaluation,
// exports, the public page): grouping loaded rows, China-time year bounds, labels.
import { HOUR } from '../../../platform/clock.js';

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** The UTC instants bounding a calendar year in China time, for comparing ISO timestamps. */
export function chinaYearBounds(year: number): { from: string; to: string } {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * HOUR).toISOString();
  return { from: start(year), to: start(year + 1) };
}

/** The UTC instant at which a China-time deadline date (inclusive) has passed, as SQL-comparable text suffix. */
export const DEADLINE_END_SUFFIX = 'T16:00:00.000Z';

export const KIND_LABELS = { individual: '个人提案', joint: '联名提案', collective: '集体提案' } as const;

export const STATE_LABELS = {
  draft: '草稿',
  submitted: '待审查',
  returned: '退回修改',
  withdrawn: '已撤回',
  rejected: '不予立案',
  converted: '转社情民意',
  merged: '已并案',
  accepted: '已立案待交办',
  assigned: '已交办待签收',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
} as const;
