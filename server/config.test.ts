// The object store and metrics settings: what each variable becomes, and the message a wrong
// value gets (the server refuses to start with it, naming the variable).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'lvzhi-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const load = (env: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, LVZHI_DATA_KEY: 'b'.repeat(64), ...env });

describe('configuration: file store', () => {
  it('keeps files in DATA_DIR/files unless told otherwise', () => {
    expect(load({}).fileStore).toEqual({ kind: 'local', dir: join(dir, 'files') });
  });

  it('reads the object store settings', () => {
    const c = load({
      FILE_STORE: 's3',
      S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
      S3_REGION: 'oss-cn-hangzhou',
      S3_BUCKET: 'zhengxie-files',
      S3_PREFIX: 'lvzhi/',
      S3_ACCESS_KEY_ID: 'LTAI5tExample',
      S3_SECRET_ACCESS_KEY: 'secret-example',
      S3_PART_SIZE_MB: '16',
    });
    expect(c.fileStore).toEqual({
      kind: 's3',
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      region: 'oss-cn-hangzhou',
      bucket: 'zhengxie-files',
      prefix: 'lvzhi/',
      accessKeyId: 'LTAI5tExample',
      secretAccessKey: 'secret-example',
      forcePathStyle: false,
      partSizeBytes: 16 * 1048576,
    });
    // No keys: the SDK's own credential chain (instance roles, AWS_* variables).
    expect(load({ FILE_STORE: 's3', S3_BUCKET: 'lvzhi' }).fileStore).toMatchObject({
      endpoint: null,
      accessKeyId: null,
    });
  });

  it.each([
    [{ FILE_STORE: 'minio' }, /FILE_STORE must be local or s3/],
    [{ FILE_STORE: 's3' }, /FILE_STORE=s3 needs S3_BUCKET/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'Bad_Bucket' }, /S3_BUCKET must be a bucket name/],
    [
      { FILE_STORE: 's3', S3_BUCKET: 'lvzhi', S3_PREFIX: '/files' },
      /S3_PREFIX must be empty or folder names ending in \//,
    ],
    [{ FILE_STORE: 's3', S3_BUCKET: 'lvzhi', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be a URL/],
    [
      { FILE_STORE: 's3', S3_BUCKET: 'lvzhi', S3_ACCESS_KEY_ID: 'k' },
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    ],
    [{ FILE_STORE: 's3', S3_BUCKET: 'lvzhi', S3_PART_SIZE_MB: '1' }, /S3_PART_SIZE_MB must be at least 5/],
    [{ S3_BUCKET: 'lvzhi' }, /S3_BUCKET set but FILE_STORE is local/],
  ])('refuses %o', (env, message) => {
    expect(() => load(env as Record<string, string>)).toThrow(ConfigError);
    expect(() => load(env as Record<string, string>)).toThrow(message);
  });
});

describe('configuration: metrics', () => {
  it('is off unless a token or an address list is set', () => {
    expect(load({}).metrics).toBeNull();
    expect(load({ METRICS_TOKEN: 'x'.repeat(32) }).metrics).toEqual({ token: 'x'.repeat(32), allow: [] });
    expect(load({ METRICS_ALLOW: '10.0.3.7, 10.0.4.0/24,::1' }).metrics).toEqual({
      token: null,
      allow: ['10.0.3.7', '10.0.4.0/24', '::1'],
    });
  });

  it.each([
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 24 characters/],
    [{ METRICS_ALLOW: 'prometheus.internal' }, /METRICS_ALLOW: "prometheus.internal" is not an address or CIDR range/],
    [{ METRICS_ALLOW: '10.0.0.0/33' }, /"10.0.0.0\/33" is not an address/],
    [{ METRICS_ALLOW: ' , ' }, /METRICS_ALLOW is set but names no address/],
  ])('refuses %o', (env, message) => {
    expect(() => load(env as Record<string, string>)).toThrow(message);
  });
});
