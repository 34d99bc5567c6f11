// Files in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, Alibaba OSS, Tencent COS),
// through the AWS SDK v3. Uploads go in parts of S3_PART_SIZE_MB, at most two in flight, so
// memory per upload is bounded whatever the file's size; downloads hand back the response
// body as it arrives. Objects live under S3_PREFIX with the same keys as on local disk.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { S3StoreConfig } from '../../config.js';
import { isStorageKey, StoredFileMissing, type FileStore } from './store.js';

const CHECK_TIMEOUT_MS = 3000;

const status = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
const isNotFound = (err: unknown) =>
  status(err) === 404 || ['NoSuchKey', 'NotFound'].includes((err as Error)?.name ?? '');

/** Why the store did not answer, in words an operator can act on. */
function reason(err: unknown, bucket: string): string {
  const e = err as Error & { code?: string };
  if (status(err) === 404 || e.name === 'NoSuchBucket') return `bucket ${bucket} does not exist`;
  if (status(err) === 403 || e.name === 'AccessDenied' || e.name === 'Forbidden')
    return `access to bucket ${bucket} denied (check S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY)`;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${CHECK_TIMEOUT_MS} ms`;
  return e.code ?? e.name ?? String(err);
}

export function createS3FileStore(config: S3StoreConfig): FileStore & { client: S3Client } {
  const { bucket, prefix } = config;
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.accessKeyId && config.secretAccessKey
      ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
      : {}),
    // Checksums only where the API demands them: the SDK's default (CRC32 trailers on every
    // upload) is refused by several S3-compatible stores.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const objectKey = (key: string) => {
    if (!isStorageKey(key)) throw new Error('invalid storage key');
    return `${prefix}${key}`;
  };

  return {
    kind: 's3',
    location: `s3://${bucket}/${prefix}`,
    client,

    async put(key, body) {
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey(key), Body: body, ContentType: 'application/octet-stream' },
        partSize: config.partSizeBytes,
        queueSize: 2,
        // A failed multipart upload is aborted, so no parts linger in the bucket.
        leavePartsOnError: false,
      });
      await upload.done();
    },

    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return out.Body as Readable;
      } catch (err) {
        if (isNotFound(err)) throw new StoredFileMissing(key);
        throw err;
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },

    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return { size: Number(head.ContentLength ?? 0) };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },

    async *list() {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) {
          const key = (o.Key ?? '').slice(prefix.length);
          if (isStorageKey(key)) yield key;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },

    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }), {
          abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
        });
      } catch (err) {
        throw new Error(`object store ${config.endpoint ?? 'AWS S3'}: ${reason(err, bucket)}`);
      }
    },

    async close() {
      client.destroy();
    },
  };
}
