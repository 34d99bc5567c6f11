// Speeches (pure): what the office's review decides, which states each step starts from, and
// the limits of a speech.
import type { SpeechStatus } from '../../../db/tables/meetings.js';

/** The office's four answers to a speech and the state each leads to. */
export const DECISIONS = { oral: 'oral', written: 'written', return: 'returned', reject: 'rejected' } as const;
export type Decision = keyof typeof DECISIONS;

/**
 * The states a step may start from: the author revises what is waiting or came back; the office
 * reviews what is waiting and may change its mind between oral and written (or send an accepted
 * speech back) until the meeting ends. A returned speech waits for its author; a rejection is final.
 */
export const SPEECH_STEPS = {
  revise: ['submitted', 'returned'],
  review: ['submitted', 'oral', 'written'],
} as const satisfies Record<string, readonly SpeechStatus[]>;

export const canSpeechStep = (step: keyof typeof SPEECH_STEPS, status: SpeechStatus) =>
  (SPEECH_STEPS[step] as readonly SpeechStatus[]).includes(status);

/** A speech's limits: a title, and a text of a few lines to a long written exchange (about ten pages). */
export const TITLE_MAX = 100;
export const BODY_MIN = 50;
export const BODY_MAX = 20_000;
/** Decisions that need the office's reason (the author reads it). */
export const needsReason = (d: Decision) => d === 'return' || d === 'reject';
/** The accepted states: the programme and the duty record read these. */
export const ACCEPTED: readonly SpeechStatus[] = ['oral', 'written'];
