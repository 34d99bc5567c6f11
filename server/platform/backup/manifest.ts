// The backup's table of contents (manifest.json): what was saved, from which engine and
// schema level, and a checksum for every file, so a restore can trust nothing it has not checked.
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const FORMAT = 'lvzhi-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

const tableEntry = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  file: z.string(),
  rows: z.number().int().min(0),
  columns: z.array(z.string()),
});

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  app: z.object({ name: z.string(), version: z.string() }),
  engine: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(tableEntry),
  sequences: z.record(z.string(), z.number()),
  audit: z.object({ headSeq: z.number().int(), headHash: z.string() }),
  blobs: z.object({ count: z.number().int(), bytes: z.number() }),
  /** Tells whether this deployment's LVZHI_DATA_KEY is the one the personal data was sealed with; reveals nothing about it. */
  dataKeyCheck: z.string(),
  /** Every file of the backup but this one: relative path -> SHA-256. */
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  problems: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function dataKeyCheck(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('lvzhi-backup-key-check').digest('hex').slice(0, 16);
}

export function rowsText(n: number): string {
  return `${n} ${n === 1 ? 'row' : 'rows'}`;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new BackupError(`${dir} is not a Lvzhi backup (no readable ${MANIFEST_FILE})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success || (raw as { format?: string }).format !== FORMAT) {
    throw new BackupError(`${dir}/${MANIFEST_FILE} is not a valid Lvzhi backup manifest`);
  }
  if (parsed.data.formatVersion > FORMAT_VERSION) {
    throw new BackupError(
      `the backup uses format version ${parsed.data.formatVersion}; this build reads up to ${FORMAT_VERSION}: upgrade Lvzhi first`,
    );
  }
  return parsed.data;
}
