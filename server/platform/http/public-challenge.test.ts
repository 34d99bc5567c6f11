// The public forms' gate: a challenge is bound to its purpose, its link and its secret, expires,
// is good once, and the limits count per address and link, per link, and challenges per address.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import {
  CHALLENGE_TTL_MS,
  createPublicGate,
  issueChallenge,
  solveChallenge,
  verifyChallenge,
} from './public-challenge.js';

describe('public form gate', () => {
  it('binds a challenge to its purpose, link and secret, and lets it expire', () => {
    const now = Date.parse('2026-05-12T02:00:00Z');
    const { challenge } = issueChallenge('opinion', 'secret-a', 7, now, 'nonce1');
    const solution = solveChallenge(challenge);
    expect(verifyChallenge('opinion', 'secret-a', 7, challenge, solution, now)).toBe('ok');
    expect(verifyChallenge('question', 'secret-a', 7, challenge, solution, now)).toBe('forged');
    expect(verifyChallenge('opinion', 'secret-b', 7, challenge, solution, now)).toBe('forged');
    expect(verifyChallenge('opinion', 'secret-a', 8, challenge, solution, now)).toBe('forged');
    expect(verifyChallenge('opinion', 'secret-a', 7, challenge, solution, now + CHALLENGE_TTL_MS)).toBe('expired');
    const unsolved = ['0', '1', '2', '3'].find(
      (s) => verifyChallenge('opinion', 'secret-a', 7, challenge, s, now) !== 'ok',
    );
    expect(verifyChallenge('opinion', 'secret-a', 7, challenge, unsolved!, now)).toBe('unsolved');
  });

  it('spends a challenge once and limits per address, per link and challenges per address', () => {
    const clock = new ManualClock(new Date('2026-05-12T02:00:00Z'));
    const gate = createPublicGate('opinion', { submitsPerIp: 2, submitsPerLink: 3, challengesPerIp: 2 }, clock);
    const c = gate.issue('s', 1);
    const solution = solveChallenge(c.challenge);
    expect(gate.spend('s', 1, c.challenge, solution)).toBe('ok');
    expect(gate.spend('s', 1, c.challenge, solution)).toBe('used');
    expect([gate.maySubmit(1, 'a'), gate.maySubmit(1, 'a'), gate.maySubmit(1, 'a')]).toEqual([true, true, false]);
    expect(gate.maySubmit(1, 'b')).toBe(true);
    expect(gate.maySubmit(1, 'c')).toBe(false); // the link's three are used
    expect(gate.maySubmit(2, 'c')).toBe(true);
    expect([gate.mayChallenge('a'), gate.mayChallenge('a'), gate.mayChallenge('a')]).toEqual([true, true, false]);
    clock.set('2026-05-12T02:01:01Z');
    expect(gate.maySubmit(1, 'a')).toBe(true);
    expect(gate.mayChallenge('a')).toBe(true);
  });
});
