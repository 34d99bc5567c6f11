// Copies one stored file, hashing it on the way, written under a temporary name and renamed
// so an interrupted copy never looks complete.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function copyHashed(from: string, to: string): Promise<{ sha256: string; bytes: number }> {
  await mkdir(dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const tmp = `${to}.partial`;
  try {
    await pipeline(createReadStream(from), tap, createWriteStream(tmp, { flags: 'w', flush: true }));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await rename(tmp, to);
  return { sha256: hash.digest('hex'), bytes };
}

export function isMissing(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ENOENT';
}
