// Files on local disk under DATA_DIR/files, in two-level fan-out folders. Keys are random
// and generated here, so no caller-supplied text ever becomes a path.
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface BlobStore {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Readable;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Where the bytes live on disk, for backup; null for remote stores. */
  root: string | null;
}

const KEY_PATTERN = /^[a-f0-9]{2}\/[a-f0-9]{2}\/[a-f0-9-]{20,64}$/;

/** Keys are generated here; anything else (e.g. read from a backup) is refused before it becomes a path. */
export function isStorageKey(key: unknown): key is string {
  return typeof key === 'string' && KEY_PATTERN.test(key);
}

export function createLocalFileStore(root: string): BlobStore {
  const pathOf = (key: string) => {
    if (!isStorageKey(key)) throw new Error('invalid storage key');
    return join(root, key);
  };
  return {
    root,
    async put(key, data) {
      const path = pathOf(key);
      await mkdir(join(path, '..'), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under the real name.
      const tmp = `${path}.tmp-${process.pid}`;
      await writeFile(tmp, data, { flush: true });
      await rename(tmp, path);
    },
    get(key) {
      return createReadStream(pathOf(key));
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async exists(key) {
      try {
        await stat(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
  };
}
