// The study plan's shapes (read from the OpenAPI document) and value lists, and its texts.
import type { ResponseOf } from '../../api/paths';
import { valuesOf } from '../../api/models';
import { addArea } from '../../i18n';
import { studyPlan } from '../../i18n/messages/studyPlan';

addArea('studyPlan', studyPlan);

export type PlanView = ResponseOf<'/api/study/plan'>;
export type PlanItem = PlanView['items'][number];
export type StudyKind = PlanItem['studyKind'];
export type ItemStatus = PlanItem['status'];
export type Candidate = ResponseOf<'/api/study/plan/meetings'>[number];

export const STUDY_KINDS = valuesOf<StudyKind>()([
  'party_group',
  'chair',
  'standing',
  'training',
  'committee',
  'symposium',
]);
export const ITEM_STATUSES = valuesOf<ItemStatus>()(['overdue', 'upcoming', 'done']);

/** A planned day or month as the page shows it: 2026-03 → 2026年3月 (or 3/2026). */
export function plannedLabel(plannedOn: string, locale: string): string {
  const [y, m, d] = plannedOn.split('-').map(Number);
  if (locale === 'en-US') return d ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${m}/${y}`;
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}
