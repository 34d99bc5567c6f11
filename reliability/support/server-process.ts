// The real built server (dist/server/main.js serve) as its own process, in production mode
// with a data key, on a data directory (and for PostgreSQL a database) that outlives the
// process, so a test can kill it, start it again on the same data, and run the CLI beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../e2e/support/server.js';
import { buildApp } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { Engine } from '../../server/db/dialect.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { seedFixture, type Fixture } from '../../server/test/fixtures.js';
import { createPgDatabase } from '../../server/test/harness.js';
import type { Platform } from '../../server/platform/platform.js';

const MAIN = 'dist/server/main.js';

export interface Deployment {
  engine: Engine;
  dataDir: string;
  env: Record<string, string>;
  config: Config;
  /** Runs a `lvzhi` command against this deployment, as an operator would. */
  cli(
    args: string[],
    extraEnv?: Record<string, string>,
  ): Promise<{ status: number | null; stdout: string; stderr: string }>;
  start(extraEnv?: Record<string, string>): Promise<ServerProcess>;
  remove(): Promise<void>;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown hook runs, as in a power cut or an OOM kill. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

/**
 * A fresh production deployment: migrated, then filled by `seed` (the test fixture by default)
 * through the app's own code, the way an operator's import would, before the server first starts.
 */
export async function createDeployment<T = Fixture>(
  engine: Engine,
  opts: { env?: Record<string, string>; seed?: (p: Platform) => Promise<T>; dataDir?: string } = {},
): Promise<Deployment & { seeded: T }> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npm run build:server\` first (npm run test:reliability does)`);
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), `lvzhi-rel-${engine}-`));
  const pgDb = engine === 'postgres' && !opts.env?.DATABASE_URL ? await createPgDatabase() : null;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LVZHI_DATA_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_COST: '10',
    LOGIN_RATE_PER_MINUTE: '1000',
    LOGIN_RATE_PER_IP_PER_MINUTE: '100000',
    JOBS_POLL_MS: '500',
    ...(pgDb ? { DATABASE_URL: pgDb.url, DATABASE_POOL_SIZE: '8' } : {}),
    ...opts.env,
  };
  const config = loadConfig(env);
  const { app, platform } = await buildApp(config, { logger: false, webDir: null });
  let seeded: T;
  try {
    await migrateToLatest(platform.db);
    seeded = await (opts.seed ?? ((p) => seedFixture(p) as Promise<T>))(platform);
  } finally {
    await app.close();
  }
  const childEnv = (extra: Record<string, string> = {}) => {
    const base = { ...process.env } as Record<string, string>;
    for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'LVZHI_TEST_ENGINE']) delete base[k];
    return { ...base, ...env, ...extra };
  };
  return {
    engine,
    dataDir,
    env,
    config,
    seeded,
    // Asynchronous, so the test's own HTTP load goes on while the command runs.
    cli(args, extraEnv = {}) {
      const child = spawn(process.execPath, [MAIN, ...args], {
        env: childEnv(extraEnv),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
    },
    async start(extraEnv = {}) {
      const port = await freePort();
      const child = spawn(process.execPath, [MAIN, 'serve'], {
        env: childEnv({ PORT: String(port), ...extraEnv }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
        try {
          if ((await fetch(`${url}/healthz`)).ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) {
          child.kill('SIGKILL');
          throw new Error(`server did not start:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return {
        url,
        child,
        output: () => out,
        async kill() {
          child.kill('SIGKILL');
          await exited(child);
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited(child);
        },
      };
    },
    async remove() {
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
