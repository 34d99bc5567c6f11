// The path of a "four jointly" topic (pure): proposed → jointly set → research → consultation →
// implementation → done, one stage after another, never skipped, each stage starting no
// earlier than the one before it began or ended, and ending no earlier than it starts.
import { TOPIC_STAGES, type TopicStage } from '../../../db/tables/workplan.js';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 4_000;
export const NOTE_MAX = 2_000;
export const PARTICIPANTS_MAX = 100;
export const FILES_MAX = 20;

/** The stage after `stage`, or null once the topic is done. */
export function nextStage(stage: TopicStage): TopicStage | null {
  const i = TOPIC_STAGES.indexOf(stage);
  return TOPIC_STAGES[i + 1] ?? null;
}

export interface StageDates {
  startsOn: string;
  endsOn: string | null;
}

/** Why a move to `target` is refused: a conflict with the topic's state (409) or a bad date (400). */
export type AdvanceProblem =
  | { kind: 'state'; code: 'TOPIC_DONE' | 'STAGE_SKIPPED'; message: string }
  | { kind: 'field'; field: 'startsOn' | 'endsOn'; message: string };

export const STAGE_LABELS: Record<TopicStage, string> = {
  proposed: '提出',
  set: '共同确定',
  research: '共同调研',
  consultation: '共同协商',
  implementation: '共同落实',
  done: '完成',
};

/**
 * Checks a move from `current` (whose own dates are `previous`) to `target` starting on
 * `next.startsOn`; null when it may be taken.
 */
export function advanceProblem(
  current: TopicStage,
  previous: StageDates | null,
  target: TopicStage,
  next: StageDates,
): AdvanceProblem | null {
  const expected = nextStage(current);
  if (!expected) return { kind: 'state', code: 'TOPIC_DONE', message: '课题已完成，不能再推进' };
  if (target !== expected) return { kind: 'state', code: 'STAGE_SKIPPED', message: '不能跳过阶段' };
  if (next.endsOn && next.endsOn < next.startsOn)
    return { kind: 'field', field: 'endsOn', message: '结束日期不能早于开始日期' };
  if (previous && (next.startsOn < previous.startsOn || (previous.endsOn !== null && next.startsOn < previous.endsOn)))
    return { kind: 'field', field: 'startsOn', message: '开始日期不能早于上一阶段' };
  return null;
}
