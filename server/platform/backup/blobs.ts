// Stored files in and out of a backup, as streams, hashed on the way. Written under a
// temporary name and renamed (into the backup) or checked before they count (into the
// store), so an interrupted copy never looks complete.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline as pipe, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStore } from '../files/store.js';

function hashing(): { tap: Transform; result: () => { sha256: string; bytes: number } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { tap, result: () => ({ sha256: hash.digest('hex'), bytes }) };
}

/** A stored file into the backup folder. */
export async function copyToFile(from: Readable, to: string): Promise<{ sha256: string; bytes: number }> {
  await mkdir(dirname(to), { recursive: true });
  const { tap, result } = hashing();
  const tmp = `${to}.partial`;
  try {
    await pipeline(from, tap, createWriteStream(tmp, { flags: 'w', flush: true }));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await rename(tmp, to);
  return result();
}

/** A backed-up file into the store; the caller compares the checksum and removes it if wrong. */
export async function copyToStore(
  from: string,
  store: FileStore,
  key: string,
): Promise<{ sha256: string; bytes: number }> {
  const { tap, result } = hashing();
  // The callback form hands a read error on to the store's upload, which then fails too.
  await store.put(
    key,
    pipe(createReadStream(from), tap, () => undefined),
  );
  return result();
}

export function isMissing(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ENOENT';
}
