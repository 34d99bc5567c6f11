// The composite score that ranks handling units, kept as one pure function so the
// formula the API documents is the formula it computes.
import type { EvaluationRow } from './evaluation.schema.js';

/** Weights of the components; each component is a rate in [0, 1] (the score is divided by 100). */
export const WEIGHTS = {
  signFor: 15,
  onTimeReply: 25,
  attitude: 15,
  result: 20,
  democratic: 20,
  solvedShare: 5,
} as const;
export const OVERDUE_PENALTY = 2;
export const COMMITMENT_PENALTY = 1;
export const PENALTY_CAP = 30;

export const FORMULA_TEXT = [
  '综合得分 = 100 × Σ(权重 × 指标) ÷ Σ(有数据指标的权重) − 扣分，最低 0 分，保留一位小数。',
  `指标与权重：按时签收率 ${WEIGHTS.signFor}、按时答复率 ${WEIGHTS.onTimeReply}、办理态度满意率 ${WEIGHTS.attitude}、`,
  `办理结果满意率 ${WEIGHTS.result}、民主评议得分 ÷ 100 ${WEIGHTS.democratic}、A+B 类答复占比 ${WEIGHTS.solvedShare}；`,
  '当年没有数据的指标不参与计算，其余指标的权重按比例放大。',
  `扣分：每件超期未答复扣 ${OVERDUE_PENALTY} 分，每项逾期未兑现的承诺扣 ${COMMITMENT_PENALTY} 分，合计最多扣 ${PENALTY_CAP} 分。`,
  '排名按综合得分从高到低；得分相同名次相同，再按按时答复率排列；没有任何数据的单位不排名。',
].join('');

type Figures = Omit<EvaluationRow, 'rank' | 'composite'>;

export function solvedShare(r: Figures): number | null {
  const { A, B, C, D } = r.resultClasses;
  const all = A + B + C + D;
  return all ? (A + B) / all : null;
}

export function composite(r: Figures): number | null {
  const parts: [number, number | null][] = [
    [WEIGHTS.signFor, r.signFor.rate],
    [WEIGHTS.onTimeReply, r.onTimeReply.rate],
    [WEIGHTS.attitude, r.attitude.rate],
    [WEIGHTS.result, r.result.rate],
    [WEIGHTS.democratic, r.democraticScore === null ? null : r.democraticScore / 100],
    [WEIGHTS.solvedShare, solvedShare(r)],
  ];
  const present = parts.filter((x): x is [number, number] => x[1] !== null);
  if (!present.length) return null;
  const weight = present.reduce((s, [w]) => s + w, 0);
  const base = (100 * present.reduce((s, [w, x]) => s + w * x, 0)) / weight;
  const penalty = Math.min(PENALTY_CAP, OVERDUE_PENALTY * r.overdue + COMMITMENT_PENALTY * r.commitments.unfulfilled);
  return Math.round(Math.max(0, base - penalty) * 10) / 10;
}

/** Sorts by composite (then on-time rate) and numbers the places; equal scores share a place. */
export function rank<T extends Figures>(
  rows: T[],
  order: (a: T, b: T) => number,
): (T & Pick<EvaluationRow, 'rank' | 'composite'>)[] {
  const scored = rows.map((r) => ({ ...r, composite: composite(r), rank: null as number | null }));
  scored.sort((a, b) => {
    if (a.composite === null || b.composite === null)
      return a.composite === b.composite ? order(a, b) : a.composite === null ? 1 : -1;
    return b.composite - a.composite || (b.onTimeReply.rate ?? -1) - (a.onTimeReply.rate ?? -1) || order(a, b);
  });
  scored.forEach((r, i) => {
    if (r.composite === null) return;
    const prev = scored[i - 1];
    r.rank = prev && prev.composite === r.composite ? prev.rank : i + 1;
  });
  return scored;
}
