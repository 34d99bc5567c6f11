// Moves SQLite's WAL checkpoints off the server's event loop, into a worker thread with its
// own connection: every interval it copies the write-ahead log into the database file (a
// PASSIVE checkpoint never blocks the server's reads or writes). Without it the connection
// that commits does the copying itself, on the event loop, every thousand pages: a commit
// that should take a fraction of a millisecond then takes tens. Durability is unchanged:
// SQLite makes a checkpoint safe against crashes.
//
// The server's own connection keeps a far higher automatic-checkpoint threshold as a safety
// net: should the worker stop or fall behind, the log is still copied back, only later.
import type SQLite from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages in the log before the server's connection checkpoints by itself (about 40 MB). */
const FALLBACK_PAGES = 10_000;

// The worker's whole program. Plain JavaScript run from a string, so that it runs the same
// from the sources (tests, through tsx) and from the build; the driver is passed by path.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = FULL');
// Checkpointing reads the log and writes the file; it needs no page cache of its own.
db.pragma('cache_size = -256');
const checkpoint = db.prepare('pragma wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try {
    checkpoint.run();
  } catch (err) {
    // Busy or locked now: the next interval tries again. Anything else is reported.
    const code = String((err && err.code) || '');
    if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) parentPort.postMessage({ error: String(err) });
  }
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (!m || !m.stop) return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(
  raw: SQLite.Database,
  file: string,
  opts: { intervalMs?: number; onError?: (message: string) => void } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver, file, intervalMs: opts.intervalMs ?? 200 },
    // It allocates next to nothing: a small heap keeps the server's memory where it was.
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, codeRangeSizeMb: 4 },
  });
  raw.pragma(`wal_autocheckpoint = ${FALLBACK_PAGES}`);
  let stopped = false;
  worker.on('message', (m: { error?: string }) => {
    if (m.error) opts.onError?.(m.error);
  });
  worker.on('error', (err) => opts.onError?.(String(err)));
  // A worker that died leaves the server's connection to checkpoint at the usual threshold.
  worker.on('exit', () => {
    if (!stopped && raw.open) raw.pragma('wal_autocheckpoint = 1000');
  });
  worker.unref();
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      const done = new Promise<void>((resolve) => {
        worker.on('message', (m: { stopped?: boolean }) => m.stopped && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage({ stop: true });
      await done;
      await worker.terminate();
    },
  };
}
