// Research recommendations (pure): what makes one SMART enough to send (a metric, a target,
// actions, an owner department with an accountable person, a deadline), when one is overdue,
// and the year's headline figure (the share adopted and the share done).
import type { WpAnswerKind, WpRecommendationStatus } from '../../../db/tables/workplan.js';

export const TITLE_MAX = 200;
export const FIELD_MAX = 2_000;

export interface SmartFields {
  metric: string | null;
  target: string | null;
  actions: string | null;
  unitId: number | null;
  accountablePerson: string | null;
  dueOn: string | null;
}

/** Each field a recommendation must carry before it is sent, with the refusal naming it. */
export const SMART_REQUIREMENTS: readonly { field: keyof SmartFields; message: string }[] = [
  { field: 'metric', message: '缺少考核指标' },
  { field: 'target', message: '缺少目标值' },
  { field: 'actions', message: '缺少具体措施' },
  { field: 'unitId', message: '缺少责任单位' },
  { field: 'accountablePerson', message: '缺少责任人' },
  { field: 'dueOn', message: '缺少完成时限' },
];

/** The missing fields, in the order above; empty when the recommendation may be sent. */
export function smartGaps(r: SmartFields): { path: string; message: string }[] {
  return SMART_REQUIREMENTS.filter(({ field }) => {
    const v = r[field];
    return v === null || (typeof v === 'string' && v.trim() === '');
  }).map(({ field, message }) => ({ path: field, message }));
}

/** Waiting on the department (sent, or answered and followed) past its deadline. */
export const OPEN_STATUSES: readonly WpRecommendationStatus[] = ['sent', 'answered'];
export const isOverdue = (status: WpRecommendationStatus, dueOn: string | null, today: string) =>
  OPEN_STATUSES.includes(status) && dueOn !== null && dueOn < today;

/** Adopted: the department took it up, wholly or in part. */
export const isAdopted = (kind: WpAnswerKind | null) => kind === 'adopted' || kind === 'partly';

/** Shares in whole percent of the recommendations sent in the year (drafts do not count). */
export function yearFigures(rows: readonly { status: WpRecommendationStatus; answer_kind: WpAnswerKind | null }[]) {
  const sent = rows.filter((r) => r.status !== 'draft');
  const adopted = sent.filter((r) => isAdopted(r.answer_kind)).length;
  const done = sent.filter((r) => r.status === 'done').length;
  const pct = (n: number) => (sent.length ? Math.round((n * 1000) / sent.length) / 10 : 0);
  return {
    sent: sent.length,
    adopted,
    done,
    dropped: sent.filter((r) => r.status === 'dropped').length,
    adoptedShare: pct(adopted),
    doneShare: pct(done),
  };
}
