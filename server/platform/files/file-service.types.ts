// The file service's contract and the row-to-record mapping, apart from the service so
// modules importing only the types do not pull in the image and store code.
import type { Readable } from 'node:stream';
import type { Db } from '../../db/tx.js';
import type { Actor } from '../access/actor.js';
import type { FileKind } from './sniff.js';
import type { FileStore } from './store.js';

export interface StoredFile {
  id: string;
  orgId: number;
  ownerType: string | null;
  ownerId: string | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  takenAt: string | null;
  gps: { lat: number; lon: number } | null;
  createdBy: number | null;
  createdAt: string;
}

export interface AcceptOptions {
  allowed: readonly FileKind[];
  /** Read the photo's time and GPS before stripping EXIF (field evaluations need them). */
  keepLocation?: boolean;
  maxBytes?: number;
  /** Personal data in bulk (an import workbook): store the bytes sealed with the data key. */
  seal?: boolean;
  /** Remove the file and its bytes this long after upload (the purge task runs hourly). */
  expiresInMs?: number;
  /** An image: keep a print-size copy beside it too (printCopies finds it), for albums. */
  printCopy?: boolean;
}

/**
 * A print copy is a files row of its own (so backups carry it) owned by its original: nobody
 * reads it through /api/files (no owner check is registered for this type), and it goes when
 * the original goes.
 */
export const PRINT_COPY_OWNER = 'file_print_copy';

/** Says whether `actor` may read files attached to owner `ownerId` of this type. */
export type OwnerAccessCheck = (actor: Actor, ownerId: string) => Promise<boolean>;

/** An upload checked and its bytes stored, not yet recorded: `record` it in a transaction, or `discard` it. */
export interface PreparedFile {
  readonly row: FileRow;
  readonly print?: FileRow;
}

export type FileRow = Parameters<typeof toRecord>[0] & {
  storage_key: string;
  sealed: number;
  expires_at: string | null;
};

export interface FileService {
  store: FileStore;
  /** prepare + record: checks the upload, stores its bytes and records it in `trx`. */
  accept(trx: Db, actor: Actor, upload: { data: Buffer; filename: string }, opts: AcceptOptions): Promise<StoredFile>;
  /**
   * The slow half of accept, outside any transaction: content checks, image re-encoding and
   * the write to the store (over the network, for an object store) hold no database lock.
   */
  prepare(actor: Actor, upload: { data: Buffer; filename: string }, opts: AcceptOptions): Promise<PreparedFile>;
  /**
   * A file the platform made itself (an album): streamed from a local path into the store and
   * recorded for its owner. No content checks (it is ours) and no audit entry (the step that made
   * it audits itself).
   */
  storeMade(
    trx: Db,
    made: { orgId: number; createdBy: number | null; name: string; kind: FileKind; path: string },
    owner: { type: string; id: string | number },
  ): Promise<StoredFile>;
  /** The file's row and audit entry, in the caller's transaction. */
  record(trx: Db, actor: Actor, prepared: PreparedFile): Promise<StoredFile>;
  /** Removes the stored bytes of a prepared file whose transaction did not commit. */
  discard(prepared: PreparedFile): Promise<void>;
  /** Claims uploaded, not-yet-attached files for an owner; only their uploader may do that. */
  attach(
    trx: Db,
    actor: Actor,
    fileIds: readonly string[],
    ownerType: string,
    ownerId: string | number,
  ): Promise<StoredFile[]>;
  /**
   * Takes files off their owner (an attachment removed from a record), in the caller's
   * transaction: from then on they are gone for every reader, and the purge task deletes them
   * with their bytes. (Deleting the bytes here would lose them if the transaction rolled back.)
   * Every id must be a file of that owner.
   */
  detach(trx: Db, fileIds: readonly string[], ownerType: string, ownerId: string | number): Promise<StoredFile[]>;
  listFor(db: Db, ownerType: string, ownerId: string | number): Promise<StoredFile[]>;
  /** The print copies of these files that have one: original id -> the copy's file id. */
  printCopies(db: Db, fileIds: readonly string[]): Promise<Map<string, string>>;
  registerOwner(ownerType: string, check: OwnerAccessCheck): void;
  open(actor: Actor, id: string): Promise<{ file: StoredFile; stream: Readable }>;
  /** Deletes a file's record and bytes (after an import used it, or when it expired). */
  remove(db: Db, id: string): Promise<void>;
  /** Removes every expired file; returns how many. */
  purgeExpired(): Promise<number>;
}

export function toRecord(r: {
  id: string;
  org_id: number;
  owner_type: string | null;
  owner_id: string | null;
  original_name: string;
  mime: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  taken_at: string | null;
  gps: string | null;
  created_by: number | null;
  created_at: string;
}): StoredFile {
  const [lat, lon] = r.gps ? r.gps.split(',').map(Number) : [];
  return {
    id: r.id,
    orgId: r.org_id,
    ownerType: r.owner_type,
    ownerId: r.owner_id,
    name: r.original_name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    takenAt: r.taken_at,
    gps: lat !== undefined && lon !== undefined ? { lat, lon } : null,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
