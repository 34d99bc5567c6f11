// Large test files made as they are read, never held whole: random bytes in 64 KiB chunks.
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** `n` random bytes as a stream; sha256() is the hash of what it gave, once it has ended. */
export function randomStream(n: number): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  let left = n;
  const stream = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const chunk = randomBytes(Math.min(65536, left));
      left -= chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}
