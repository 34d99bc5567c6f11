// Starts the built server (dist/) as its own process on a free port with a fresh data
// directory, waits until it answers /healthz, and stops it with SIGTERM afterwards.
// Seeding the demo on a first start takes about 20 s (two cores), and every spec file wants
// its own server: the run seeds one data directory before the specs (e2e/global-setup.ts)
// and each server starts on a copy of it, with the same data key. A server started outside
// that run (no template provided) seeds its own, as `npm start` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A seeded data directory and the key its sealed data is under (e2e/global-setup.ts). */
export interface SeededTemplate {
  dir: string;
  key: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: SeededTemplate | null;
  }
}

export interface RunningServer {
  url: string;
  dataDir: string;
  env: Record<string, string>;
  /** Runs a `lvzhi` CLI command against the same data directory. */
  cli(...args: string[]): { status: number | null; stdout: string; stderr: string };
  /** Stops the server (SIGTERM, it closes its database) and removes its data unless kept. */
  stop(opts?: { keepData: boolean }): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function templateOfRun(): SeededTemplate | null {
  try {
    return inject('e2eTemplate') ?? null;
  } catch {
    return null; // not inside a vitest run that provided one
  }
}

export async function startServer(
  extraEnv: Record<string, string> = {},
  opts: { template?: SeededTemplate | null } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lvzhi-e2e-'));
  const template = opts.template === undefined ? templateOfRun() : opts.template;
  if (template) cpSync(template.dir, dataDir, { recursive: true });
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LVZHI_DATA_KEY: template?.key ?? randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '12',
    JOBS_POLL_MS: '200',
    // The sign-in rate limits (5 a minute per account and address, 60 per address) are for
    // people; a spec signs the office in through the API and the browser again and again from
    // 127.0.0.1 (the meetings spec, run faster, met a 429 on its sixth office sign-in within a
    // minute in CI). The lock-out after wrong passwords is another mechanism and stays.
    LOGIN_RATE_PER_MINUTE: '100',
    LOGIN_RATE_PER_IP_PER_MINUTE: '1000',
    ...extraEnv,
  } as Record<string, string>;
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  // Seeding the demo took 101 s once on a 2-core machine busy with other work; under the hook timeout.
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    env,
    cli(...args) {
      const r = spawnSync(process.execPath, ['dist/server/main.js', ...args], { env, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    async stop(opts = { keepData: false }) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
