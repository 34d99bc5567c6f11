// The file store the configuration names (FILE_STORE): the server, backup and restore all open it here.
import type { Config } from '../../config.js';
import { createLocalFileStore } from './local-store.js';
import { createS3FileStore } from './s3-store.js';
import type { FileStore } from './store.js';

export function openFileStore(config: Pick<Config, 'fileStore'>): FileStore {
  const c = config.fileStore;
  return c.kind === 's3' ? createS3FileStore(c) : createLocalFileStore(c.dir);
}
