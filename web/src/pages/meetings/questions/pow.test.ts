import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, solve, zeroBits } from './pow';

const hex = (w: Uint32Array) => [...w].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');

describe('the public page proof of work', () => {
  it('hashes as node does, across block boundaries and for Chinese text', () => {
    for (const s of [
      '',
      'abc',
      'x'.repeat(55),
      'y'.repeat(56),
      'z'.repeat(130),
      '12.1765000000000.abc.def:42',
      '政协论坛',
    ]) {
      const bytes = new TextEncoder().encode(s);
      expect(hex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('finds a solution the server accepts (the same leading zero bits)', async () => {
    const challenge = '7.1765000000000.nonce.mac';
    const n = await solve(challenge, 10);
    const digest = createHash('sha256').update(`${challenge}:${n}`).digest();
    expect(digest.readUInt32BE(0) >>> 22).toBe(0);
    expect(zeroBits(challenge, Number(n))).toBeGreaterThanOrEqual(10);
  });
});
