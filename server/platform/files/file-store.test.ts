// The two file stores behave alike: the same calls, the same answers, the same refusals.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { startS3Server, type S3TestServer } from '../../test/s3.js';
import { randomStream } from '../../test/streams.js';
import { createPersonalDataCipher } from '../crypto/personal-data.js';
import { openFileStore } from './open-store.js';
import { StoredFileMissing, type FileStore } from './store.js';

const newKey = () => {
  const id = randomUUID();
  const hex = id.replace(/-/g, '');
  return `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${id}`;
};

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

let s3: S3TestServer;
const dirs: string[] = [];
const stores: Record<string, FileStore> = {};

beforeAll(async () => {
  s3 = await startS3Server();
  const dir = mkdtempSync(join(tmpdir(), 'lvzhi-store-'));
  dirs.push(dir);
  const bucket = await s3.bucket('lvzhi/files/');
  stores.local = openFileStore(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LVZHI_DATA_KEY: 'a'.repeat(64) }));
  stores.s3 = openFileStore(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      LVZHI_DATA_KEY: 'a'.repeat(64),
      ...bucket.env,
      S3_PART_SIZE_MB: '5',
    }),
  );
});

afterAll(async () => {
  for (const s of Object.values(stores)) await s.close();
  await s3?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(['local', 's3'])('file store: %s', (kind) => {
  const store = () => stores[kind]!;

  it('keeps bytes given whole or as a stream, says their size, lists and deletes them', async () => {
    expect(store().kind).toBe(kind);
    await store().check();
    const small = Buffer.from('会议纪要 — 第三次全体会议');
    const a = newKey();
    await store().put(a, small);
    expect((await bytesOf(await store().get(a))).equals(small)).toBe(true);
    expect(await store().stat(a)).toEqual({ size: small.length });

    // Larger than two 5 MiB parts: the S3 store uploads it in parts.
    const big = randomStream(12 * 1024 * 1024 + 17);
    const b = newKey();
    await store().put(b, big.stream);
    const back = createHash('sha256');
    let size = 0;
    for await (const c of await store().get(b)) {
      back.update(c as Buffer);
      size += (c as Buffer).length;
    }
    expect(size).toBe(12 * 1024 * 1024 + 17);
    expect(back.digest('hex')).toBe(big.sha256());

    const listed: string[] = [];
    for await (const k of store().list()) listed.push(k);
    expect(listed.sort()).toEqual([a, b].sort());

    await store().delete(a);
    await store().delete(a); // twice: not an error
    expect(await store().stat(a)).toBeNull();
    await expect(store().get(a)).rejects.toBeInstanceOf(StoredFileMissing);
    await store().delete(b);
  });

  it('refuses keys it did not make', async () => {
    await expect(store().put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(store().get('a/b/c')).rejects.toThrow(/invalid storage key/);
  });

  it('keeps nothing when the source fails midway', async () => {
    const key = newKey();
    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent++ < 100) this.push(randomBytes(65536));
        else this.destroy(new Error('client went away'));
      },
    });
    await expect(store().put(key, failing)).rejects.toThrow();
    expect(await store().stat(key)).toBeNull();
  });
});

describe('object store readiness', () => {
  it('names the bucket that does not exist, and an endpoint that does not answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lvzhi-store-'));
    dirs.push(dir);
    const bucket = await s3.bucket();
    const base = { NODE_ENV: 'test', DATA_DIR: dir, LVZHI_DATA_KEY: 'a'.repeat(64), ...bucket.env };
    const missing = openFileStore(loadConfig({ ...base, S3_BUCKET: 'lvzhi-no-such-bucket' }));
    await expect(missing.check()).rejects.toThrow(/bucket lvzhi-no-such-bucket does not exist/);
    await missing.close();
    const closed = openFileStore(loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9' }));
    await expect(closed.check()).rejects.toThrow(/object store http:\/\/127\.0\.0\.1:9: /);
    await closed.close();
  });
});

describe('sealed files as streams', () => {
  const cipher = createPersonalDataCipher(randomBytes(32));

  it('seal the same way as sealBytes, in either direction', async () => {
    const plain = randomBytes(300_001);
    const streamed = await bytesOf(Readable.from([plain.subarray(0, 7), plain.subarray(7)]).pipe(cipher.sealStream()));
    expect(cipher.openBytes(streamed).equals(plain)).toBe(true);
    const whole = cipher.sealBytes(plain);
    expect(await cipher.verifySealed(Readable.from([whole]))).toBe(true);
    // Chunks that split the header and the tag.
    const pieces = [
      whole.subarray(0, 5),
      whole.subarray(5, 40),
      whole.subarray(40, whole.length - 10),
      whole.subarray(whole.length - 10),
    ];
    expect((await bytesOf(Readable.from(pieces).pipe(cipher.openStream()))).equals(plain)).toBe(true);
    expect((await bytesOf(Readable.from([]).pipe(cipher.sealStream()))).length).toBe(1 + 16 + 16 + 32);
  });

  it('find a changed byte, a cut tail and another key', async () => {
    const whole = cipher.sealBytes(Buffer.from('身份证号与手机号'));
    const changed = Buffer.from(whole);
    changed[20] = changed[20]! ^ 1;
    expect(await cipher.verifySealed(Readable.from([changed]))).toBe(false);
    expect(await cipher.verifySealed(Readable.from([whole.subarray(0, whole.length - 1)]))).toBe(false);
    expect(await cipher.verifySealed(Readable.from([whole.subarray(0, 10)]))).toBe(false);
    const other = createPersonalDataCipher(randomBytes(32));
    expect(await other.verifySealed(Readable.from([whole]))).toBe(false);
    await expect(bytesOf(Readable.from([changed]).pipe(cipher.openStream()))).rejects.toThrow(/integrity/);
  });
});
