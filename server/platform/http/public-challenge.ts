// The gate of a public form (no account): a signed proof-of-work challenge the visitor's browser
// solves before it submits, each challenge good once until it expires, and fixed-window limits
// per address and per link (ADR 0019). The meetings' public questions and the opinions' public
// form share this one copy; each keeps its own secret per link and words its own refusals.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import { createRateLimiter } from './rate-limit.js';

/** Leading zero bits the visitor's browser must find: about 16 000 SHA-256 on average (well under a second). */
export const POW_BITS = 14;
/** How long a challenge may be solved and used (once). */
export const CHALLENGE_TTL_MS = 10 * 60_000;

// The purpose is part of what is signed, so a challenge of one kind of form is refused by another.
const macOf = (purpose: string, secret: string, payload: string) =>
  createHmac('sha256', secret).update(`${purpose}-challenge:${payload}`).digest('base64url').slice(0, 32);

/** A challenge for one link: `scopeId.expiresMs.nonce.mac`, signed with the link's secret. */
export function issueChallenge(purpose: string, secret: string, scopeId: number, nowMs: number, nonce: string) {
  const payload = `${scopeId}.${nowMs + CHALLENGE_TTL_MS}.${nonce}`;
  return {
    challenge: `${payload}.${macOf(purpose, secret, payload)}`,
    bits: POW_BITS,
    expiresAt: nowMs + CHALLENGE_TTL_MS,
  };
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

/** Checks the signature, the link, the expiry and the work (single use is the gate's). */
export function verifyChallenge(
  purpose: string,
  secret: string,
  scopeId: number,
  challenge: string,
  solution: string,
  nowMs: number,
  bits = POW_BITS,
): ChallengeVerdict {
  const parts = challenge.split('.');
  if (parts.length !== 4) return 'forged';
  const [sid, exp, nonce, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(macOf(purpose, secret, `${sid}.${exp}.${nonce}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  if (Number(sid) !== scopeId) return 'forged';
  if (!(Number(exp) > nowMs)) return 'expired';
  return leadingZeroBits(powDigest(challenge, solution)) >= bits ? 'ok' : 'unsolved';
}

/** Solves a challenge (tests and seeds; the browser has its own loop over SubtleCrypto). */
export function solveChallenge(challenge: string, bits = POW_BITS): string {
  for (let i = 0; ; i++) if (leadingZeroBits(powDigest(challenge, String(i))) >= bits) return String(i);
}

export interface PublicGateLimits {
  /** Submissions per address and link in a minute. */
  submitsPerIp: number;
  /** Submissions per link in a minute, from all addresses together. */
  submitsPerLink: number;
  /** Challenges fetched per address in a minute. */
  challengesPerIp: number;
}

export type GateVerdict = ChallengeVerdict | 'used';

/** One public form's gate, in process memory (a multi-instance deployment limits at the proxy too). */
export function createPublicGate(purpose: string, limits: PublicGateLimits, clock: Clock) {
  const nowMs = () => clock.now().getTime();
  const perIp = createRateLimiter(limits.submitsPerIp, 60_000, nowMs);
  const perLink = createRateLimiter(limits.submitsPerLink, 60_000, nowMs);
  const challengesPerIp = createRateLimiter(limits.challengesPerIp, 60_000, nowMs);
  /** Challenges already used, until they expire. */
  const used = new Map<string, number>();

  return {
    /** Counts a challenge fetched from the address; false once over its budget. */
    mayChallenge: (ip: string) => challengesPerIp.hit(ip),
    issue(secret: string, scopeId: number) {
      const c = issueChallenge(purpose, secret, scopeId, nowMs(), randomBytes(12).toString('base64url'));
      return { ...c, expiresAt: new Date(c.expiresAt).toISOString() };
    },
    /** Counts a submission from the address to the link; false once either is over its budget. */
    maySubmit: (scopeId: number, ip: string) => perIp.hit(`${scopeId}:${ip}`) && perLink.hit(String(scopeId)),
    /** Verifies the solved challenge and spends it: 'ok' once, 'used' after. */
    spend(secret: string, scopeId: number, challenge: string, solution: string): GateVerdict {
      const t = nowMs();
      const verdict = verifyChallenge(purpose, secret, scopeId, challenge, solution, t);
      if (verdict !== 'ok') return verdict;
      for (const [c, exp] of used) if (exp <= t) used.delete(c);
      if (used.has(challenge)) return 'used';
      used.set(challenge, t + CHALLENGE_TTL_MS);
      return 'ok';
    },
  };
}

export type PublicGate = ReturnType<typeof createPublicGate>;
