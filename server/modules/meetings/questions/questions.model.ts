// The forum's live questions (pure): which states each moderation step starts from, the limits
// of a question, and the public page's proof-of-work challenge (ADR 0019).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { QuestionStatus } from '../../../db/tables/meetings.js';

/**
 * The states a step may start from. The office approves what waits (or changes its mind about
 * a rejection), rejects what waits or was approved, corrects the text before it is answered,
 * folds a near-duplicate into another, puts an approved (or answered) question on the screen
 * and records a leader's answer to an approved one (or corrects the answer).
 */
export const QUESTION_STEPS = {
  approve: ['pending', 'rejected'],
  reject: ['pending', 'approved'],
  edit: ['pending', 'approved'],
  merge: ['pending', 'approved'],
  mergeInto: ['pending', 'approved', 'answered'],
  show: ['approved', 'answered'],
  answer: ['approved', 'answered'],
} as const satisfies Record<string, readonly QuestionStatus[]>;
export type QuestionStep = keyof typeof QUESTION_STEPS;

export const canQuestionStep = (step: QuestionStep, status: QuestionStatus) =>
  (QUESTION_STEPS[step] as readonly QuestionStatus[]).includes(status);

/** A question is a few sentences read aloud; a name a visitor gives is short. */
export const QUESTION_MAX = 300;
export const QUESTION_MIN = 4;
export const NAME_MAX = 20;
export const ADDRESSED_MAX = 40;
export const ANSWER_MAX = 5_000;
export const REASON_MAX = 200;

/** The public link: questions per address and per link in a minute, and challenges per address. */
export const PUBLIC_ASKS_PER_IP_PER_MINUTE = 3;
export const PUBLIC_ASKS_PER_LINK_PER_MINUTE = 60;
export const CHALLENGES_PER_IP_PER_MINUTE = 20;

/** Leading zero bits the visitor's browser must find: about 16 000 SHA-256 on average (well under a second). */
export const POW_BITS = 14;
/** How long a challenge may be solved and used (once). */
export const CHALLENGE_TTL_MS = 10 * 60_000;

const macOf = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`question-challenge:${payload}`).digest('base64url').slice(0, 32);

/** A challenge for one meeting's public link: `meetingId.expiresMs.nonce.mac`, signed with the board's secret. */
export function issueChallenge(secret: string, meetingId: number, nowMs: number, nonce: string) {
  const payload = `${meetingId}.${nowMs + CHALLENGE_TTL_MS}.${nonce}`;
  return { challenge: `${payload}.${macOf(secret, payload)}`, bits: POW_BITS, expiresAt: nowMs + CHALLENGE_TTL_MS };
}

/** Number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export const powDigest = (challenge: string, solution: string) =>
  createHash('sha256').update(`${challenge}:${solution}`).digest();

export type ChallengeVerdict = 'ok' | 'forged' | 'expired' | 'unsolved';

/** Checks the signature, the meeting, the expiry and the work (its single use is the caller's). */
export function verifyChallenge(
  secret: string,
  meetingId: number,
  challenge: string,
  solution: string,
  nowMs: number,
  bits = POW_BITS,
): ChallengeVerdict {
  const parts = challenge.split('.');
  if (parts.length !== 4) return 'forged';
  const [mid, exp, nonce, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(macOf(secret, `${mid}.${exp}.${nonce}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  if (Number(mid) !== meetingId) return 'forged';
  if (!(Number(exp) > nowMs)) return 'expired';
  return leadingZeroBits(powDigest(challenge, solution)) >= bits ? 'ok' : 'unsolved';
}

/** Solves a challenge (the tests and the seed; the browser has its own loop over SubtleCrypto). */
export function solveChallenge(challenge: string, bits = POW_BITS): string {
  for (let i = 0; ; i++) if (leadingZeroBits(powDigest(challenge, String(i))) >= bits) return String(i);
}
