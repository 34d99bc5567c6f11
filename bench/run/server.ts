// The real server under test: the built `lvzhi serve` in production mode, in its own
// process, on a working copy of the dataset (so a run's writes never change the dataset),
// with the generated data key, raised sign-in rate limits and, unless asked, no job loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_ROOT, databaseUrl, type Manifest } from '../generate/dataset.js';

export interface Target {
  env: Record<string, string>;
  /** For the recall reference, read-only. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number };
}

/** The dataset's stored files (supervision's photos) into a working copy's DATA_DIR. */
function copyFiles(m: Manifest, dataDir: string) {
  rmSync(join(dataDir, 'files'), { recursive: true, force: true });
  if (existsSync(join(m.dataDir, 'files')))
    cpSync(join(m.dataDir, 'files'), join(dataDir, 'files'), { recursive: true });
}

/** A fresh copy of the dataset to run against. */
export async function workingCopy(m: Manifest): Promise<Target> {
  if (m.engine === 'sqlite') {
    const dir = join(BENCH_ROOT, 'data', `work-${m.scale}-sqlite`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(m.dataDir, 'lvzhi.db'), join(dir, 'lvzhi.db'));
    copyFiles(m, dir);
    return { env: { DATA_DIR: dir }, database: { kind: 'sqlite', file: join(dir, 'lvzhi.db') } };
  }
  const source = new URL(m.databaseUrl!).pathname.slice(1);
  const work = `${source}_work`;
  const admin = new pg.Client({ connectionString: m.databaseUrl! });
  await admin.connect();
  await admin.query(`drop database if exists ${work} with (force)`);
  await admin.query(`create database ${work} template ${source}`);
  await admin.end();
  const url = databaseUrl(m.databaseUrl!, work);
  const dataDir = join(BENCH_ROOT, 'data', `work-${m.scale}-postgres`);
  mkdirSync(dataDir, { recursive: true });
  copyFiles(m, dataDir);
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    database: { kind: 'postgres', url, poolSize: 2 },
  };
}

export interface Server {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  m: Manifest,
  target: Target,
  port: number,
  opts: { jobs: boolean; log: string; readCache?: boolean },
): Promise<Server> {
  const out = openSync(opts.log, 'a');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // LVZHI_BENCH_NODE_ARGS: flags Node refuses in NODE_OPTIONS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile a case.
      ...(process.env.LVZHI_BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      join(BENCH_ROOT, '..', 'dist', 'server', 'main.js'),
      'serve',
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LVZHI_DATA_KEY: m.dataKey,
        LOG_LEVEL: 'warn',
        // The bench signs in once per connection from one address: far more than a person would.
        LOGIN_RATE_PER_MINUTE: '100000',
        LOGIN_RATE_PER_IP_PER_MINUTE: '1000000',
        JOBS_ENABLED: opts.jobs ? 'true' : 'false',
        // `--read-cache off`: every read goes to the database (to measure what the caches bring).
        READ_CACHE: opts.readCache === false ? 'false' : 'true',
        JOBS_POLL_MS: '100',
        SESSION_IDLE_MINUTES: '120',
        // The production setting (docs/deploy.md): a bounded heap is collected before it grows far.
        NODE_OPTIONS: process.env.LVZHI_BENCH_NODE_OPTIONS ?? '--max-old-space-size=256',
        ...target.env,
      },
      stdio: ['ignore', out, out],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${opts.log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /healthz within 2 minutes; see ${opts.log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    pid: child.pid!,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}
