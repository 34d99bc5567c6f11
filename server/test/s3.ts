// An S3-compatible server for the tests: scripts/s3-test-server.mjs (s3rver) started as a child
// process, so `npm test` needs nothing set up and the server's memory is not the app's. With
// TEST_S3_ENDPOINT set (and TEST_S3_ACCESS_KEY_ID / TEST_S3_SECRET_ACCESS_KEY), the tests use
// that server instead, e.g. a real MinIO.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 's3-test-server.mjs');

export interface S3TestServer {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** A new, empty bucket; returns the environment that points FILE_STORE at it. */
  bucket(prefix?: string): Promise<{ name: string; env: Record<string, string> }>;
  /** Stops the server (a no-op for an external one); afterwards the store does not answer. */
  stop(): Promise<void>;
}

async function spawnServer(): Promise<{ endpoint: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SCRIPT, '--exit-with-stdin'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`s3-test-server did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /S3_ENDPOINT=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3-test-server exited (${code}): ${out}`));
    });
  });
  child.removeAllListeners('exit');
  return { endpoint, child };
}

export async function startS3Server(): Promise<S3TestServer> {
  const external = process.env.TEST_S3_ENDPOINT;
  const spawned = external ? null : await spawnServer();
  const endpoint = external ?? spawned!.endpoint;
  const accessKeyId = external ? (process.env.TEST_S3_ACCESS_KEY_ID ?? '') : 'S3RVER';
  const secretAccessKey = external ? (process.env.TEST_S3_SECRET_ACCESS_KEY ?? '') : 'S3RVER';
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  });
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    async bucket(prefix = '') {
      const name = `lvzhi-t-${randomBytes(5).toString('hex')}`;
      await client.send(new CreateBucketCommand({ Bucket: name }));
      return {
        name,
        env: {
          FILE_STORE: 's3',
          S3_ENDPOINT: endpoint,
          S3_BUCKET: name,
          S3_PREFIX: prefix,
          S3_FORCE_PATH_STYLE: 'true',
          S3_ACCESS_KEY_ID: accessKeyId,
          S3_SECRET_ACCESS_KEY: secretAccessKey,
        },
      };
    },
    async stop() {
      client.destroy();
      if (!spawned || spawned.child.exitCode !== null) return;
      const exited = new Promise((resolve) => spawned.child.once('exit', resolve));
      spawned.child.kill('SIGTERM');
      await exited;
    },
  };
}
