#!/usr/bin/env node
// A local S3-compatible server for tests and for trying FILE_STORE=s3 on one machine: s3rver
// (pure JavaScript, installed by npm ci, no binaries) keeping its buckets in a folder. It checks
// request signatures like a real store (access key S3RVER, secret S3RVER).
//
//   node scripts/s3-test-server.mjs [--port 9000] [--dir DIR] [--bucket NAME]...
//
// Prints `S3_ENDPOINT=http://127.0.0.1:PORT` once it listens (port 0: any free port). Stops on
// SIGTERM/SIGINT, and when its standard input closes if started with --exit-with-stdin (the
// tests start it so, and it never outlives them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const buckets = args.flatMap((a, i) => (a === '--bucket' && args[i + 1] ? [args[i + 1]] : []));
const ownDir = !flag('--dir');
const directory = flag('--dir') ?? mkdtempSync(join(tmpdir(), 'lvzhi-s3-'));

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(flag('--port') ?? 0),
  directory,
  silent: true,
  configureBuckets: buckets.map((name) => ({ name })),
});
const { port } = await server.run();
process.stdout.write(`S3_ENDPOINT=http://127.0.0.1:${port}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => undefined);
  if (ownDir) rmSync(directory, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (args.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop).on('close', stop).resume();
}
