// One table row per line, written with backpressure and hashed as it goes; and read back
// line by line with the hash checked, so a table of any size passes in bounded memory.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/**
 * Engine values -> JSON. Both engines hand back numbers, strings and nulls for the
 * portable column types (ADR 0002); the rest is made portable here: bytes as base64,
 * dates as ISO text, parsed JSON columns as their text.
 */
export function encodeValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { $base64: Buffer.from(v).toString('base64') };
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

export function decodeValue(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && '$base64' in v)
    return Buffer.from(String((v as { $base64: string }).$base64), 'base64');
  return v;
}

export interface NdjsonWriter {
  write(row: Record<string, unknown>): Promise<void>;
  /** Closes the file; returns its SHA-256 and size. */
  end(): Promise<{ sha256: string; bytes: number }>;
}

export function ndjsonWriter(path: string): NdjsonWriter {
  const out: WriteStream = createWriteStream(path, { flags: 'wx' });
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    async write(row) {
      const line = JSON.stringify(row) + '\n';
      hash.update(line);
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
    },
    async end() {
      out.end();
      await once(out, 'close');
      return { sha256: hash.digest('hex'), bytes };
    },
  };
}

/** Streams the rows of an NDJSON file; after the last row, `sha256()` is the file's hash. */
export function ndjsonReader(path: string): { rows: AsyncIterable<Record<string, unknown>>; sha256(): string } {
  const hash = createHash('sha256');
  const input = createReadStream(path);
  input.on('data', (chunk) => hash.update(chunk));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let digest: string | null = null;
  return {
    rows: (async function* () {
      for await (const line of lines) {
        if (line) yield JSON.parse(line) as Record<string, unknown>;
      }
    })(),
    sha256() {
      digest ??= hash.digest('hex');
      return digest;
    },
  };
}
