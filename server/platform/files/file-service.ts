// Uploads: checked by content, size and pixel count; images re-encoded so EXIF (and
// anything hidden after the image data) is gone; stored under random keys; handed out
// only after the owning module says the reader may see the owner.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import type { Db } from '../../db/tx.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Clock } from '../clock.js';
import type { PersonalDataCipher } from '../crypto/personal-data.js';
import { AppError, forbidden, notFound } from '../errors.js';
import {
  isImage,
  KIND_MIME,
  kindFromName,
  pdfHasActiveContent,
  safeFileName,
  sniffMagic,
  sniffOffice,
  type FileKind,
} from './sniff.js';
import { printCopyOf, sanitizeImage } from './image.js';
import type { FileStore } from './store.js';

import {
  PRINT_COPY_OWNER,
  toRecord,
  type AcceptOptions,
  type FileRow,
  type FileService,
  type OwnerAccessCheck,
  type PreparedFile,
  type StoredFile,
} from './file-service.types.js';

export {
  PRINT_COPY_OWNER,
  type AcceptOptions,
  type FileService,
  type OwnerAccessCheck,
  type PreparedFile,
  type StoredFile,
};

export function createFileService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  store: FileStore;
  cipher: PersonalDataCipher;
  limits: { maxBytes: number; maxPixels: number };
}): FileService {
  const { db, clock, audit, store, cipher, limits } = deps;
  const owners = new Map<string, OwnerAccessCheck>();

  /** A file past its expiry is gone, whether or not the purge task has run yet. */
  const expired = (r: { expires_at: string | null }) =>
    r.expires_at !== null && r.expires_at <= clock.now().toISOString();

  async function remove(handle: Db, id: string): Promise<void> {
    const r = await handle.selectFrom('files').select(['storage_key']).where('id', '=', id).executeTakeFirst();
    if (!r) return;
    const copies = await handle
      .selectFrom('files')
      .select(['id', 'storage_key'])
      .where('owner_type', '=', PRINT_COPY_OWNER)
      .where('owner_id', '=', id)
      .execute();
    for (const c of copies) {
      await handle.deleteFrom('files').where('id', '=', c.id).execute();
      await store.delete(c.storage_key);
    }
    await handle.deleteFrom('files').where('id', '=', id).execute();
    await store.delete(r.storage_key);
  }

  const newStorageKey = () => {
    const id = randomUUID();
    const hex = id.replace(/-/g, '');
    return { id, storageKey: `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${id}` };
  };

  const service: FileService = {
    store,

    async accept(trx, actor, upload, opts) {
      return service.record(trx, actor, await service.prepare(actor, upload, opts));
    },

    async prepare(actor, upload, opts) {
      const maxBytes = Math.min(opts.maxBytes ?? limits.maxBytes, limits.maxBytes);
      if (upload.data.length === 0) throw new AppError(400, 'FILE_EMPTY');
      if (upload.data.length > maxBytes) throw new AppError(413, 'FILE_TOO_LARGE');
      const magic = sniffMagic(upload.data);
      let kind: FileKind | null = magic === 'zip' ? null : magic;
      if (magic === 'zip') {
        const office = await sniffOffice(upload.data, maxBytes * 20);
        if ('problem' in office && office.problem === 'bomb') throw new AppError(422, 'ARCHIVE_TOO_LARGE');
        if ('problem' in office)
          throw new AppError(
            415,
            'FILE_TYPE_NOT_ALLOWED',
            office.problem === 'macro' ? '文档含有宏或可执行内容，不予接收' : undefined,
          );
        kind = office.kind;
      }
      if (!kind || !opts.allowed.includes(kind)) throw new AppError(415, 'FILE_TYPE_NOT_ALLOWED');
      // A name that claims another of our types (a PDF called photo.jpg) is a disguise or a mistake: either way, refuse.
      const claimed = kindFromName(upload.filename);
      if (claimed && claimed !== kind) throw new AppError(415, 'FILE_TYPE_MISMATCH');
      if (kind === 'pdf' && pdfHasActiveContent(upload.data)) {
        throw new AppError(415, 'FILE_TYPE_NOT_ALLOWED', 'PDF 含有脚本或嵌入程序，不予接收');
      }

      let data = upload.data;
      let width: number | null = null;
      let height: number | null = null;
      let takenAt: string | null = null;
      let gps: string | null = null;
      let print: { data: Buffer; width: number; height: number } | null = null;
      if (isImage(kind)) {
        const clean = await sanitizeImage(upload.data, kind, opts.keepLocation ?? false, limits);
        ({ data, width, height, takenAt, gps } = clean);
        if (opts.printCopy && !opts.seal) print = await printCopyOf(data, limits).catch(() => null);
      }

      const { id, storageKey } = newStorageKey();
      // The checksum is of the bytes as stored, so a backup can verify sealed files too.
      const stored = opts.seal ? cipher.sealBytes(data) : data;
      const sha256 = createHash('sha256').update(stored).digest('hex');
      await store.put(storageKey, stored);
      const now = clock.now();
      const row: FileRow = {
        id,
        org_id: actor.orgId,
        owner_type: null,
        owner_id: null,
        original_name: safeFileName(upload.filename, kind),
        mime: KIND_MIME[kind],
        size: data.length,
        sha256,
        storage_key: storageKey,
        width,
        height,
        taken_at: takenAt,
        gps,
        created_by: actor.userId,
        created_at: now.toISOString(),
        sealed: opts.seal ? 1 : 0,
        expires_at: opts.expiresInMs ? new Date(now.getTime() + opts.expiresInMs).toISOString() : null,
      };
      if (!print) return { row };
      const copy = newStorageKey();
      try {
        await store.put(copy.storageKey, print.data);
      } catch (err) {
        await store.delete(storageKey).catch(() => undefined);
        throw err;
      }
      const printRow: FileRow = {
        ...row,
        id: copy.id,
        owner_type: PRINT_COPY_OWNER,
        owner_id: id,
        original_name: safeFileName(`print-${row.original_name.replace(/\.[a-z]+$/i, '')}.jpg`, 'jpeg'),
        mime: KIND_MIME.jpeg,
        size: print.data.length,
        sha256: createHash('sha256').update(print.data).digest('hex'),
        storage_key: copy.storageKey,
        width: print.width,
        height: print.height,
        // Time and place stay with the original: the copy is only ever printed.
        taken_at: null,
        gps: null,
      };
      return { row, print: printRow };
    },

    async storeMade(trx, made, owner) {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of createReadStream(made.path)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      const id = randomUUID();
      const hex = id.replace(/-/g, '');
      const storageKey = `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${id}`;
      await store.put(storageKey, createReadStream(made.path));
      const row: FileRow = {
        id,
        org_id: made.orgId,
        owner_type: owner.type,
        owner_id: String(owner.id),
        original_name: safeFileName(made.name, made.kind),
        mime: KIND_MIME[made.kind],
        size,
        sha256: hash.digest('hex'),
        storage_key: storageKey,
        width: null,
        height: null,
        taken_at: null,
        gps: null,
        created_by: made.createdBy,
        created_at: clock.now().toISOString(),
        sealed: 0,
        expires_at: null,
      };
      try {
        await trx.insertInto('files').values(row).execute();
      } catch (err) {
        await store.delete(storageKey).catch(() => undefined);
        throw err;
      }
      return toRecord(row);
    },

    async record(trx, actor, { row, print }) {
      await trx.insertInto('files').values(row).execute();
      if (print) await trx.insertInto('files').values(print).execute();
      await audit.append(trx, actor, {
        action: 'file.upload',
        objectType: 'file',
        objectId: row.id,
        orgId: row.org_id,
        detail: {
          name: row.original_name,
          mime: row.mime,
          size: row.size,
          sha256: row.sha256,
          ...(print ? { printCopy: print.id } : {}),
        },
      });
      return toRecord(row);
    },

    async discard({ row, print }) {
      await store.delete(row.storage_key);
      if (print) await store.delete(print.storage_key);
    },

    async attach(trx, actor, fileIds, ownerType, ownerId) {
      if (!fileIds.length) return [];
      const rows = await trx
        .selectFrom('files')
        .selectAll()
        .where('id', 'in', [...fileIds])
        .execute();
      for (const id of fileIds) {
        const r = rows.find((x) => x.id === id);
        if (!r || expired(r)) throw new AppError(400, 'FILE_NOT_FOUND', `附件不存在：${id}`);
        const mine = r.created_by === actor.userId && r.owner_type === null;
        const alreadyHere = r.owner_type === ownerType && r.owner_id === String(ownerId);
        if (!mine && !alreadyHere) throw forbidden('FILE_NOT_YOURS', '只能使用自己上传的附件');
      }
      await trx
        .updateTable('files')
        .set({ owner_type: ownerType, owner_id: String(ownerId) })
        .where('id', 'in', [...fileIds])
        .execute();
      return rows.map((r) => toRecord({ ...r, owner_type: ownerType, owner_id: String(ownerId) }));
    },

    async detach(trx, fileIds, ownerType, ownerId) {
      const ids = [...new Set(fileIds)];
      if (!ids.length) return [];
      const rows = await trx
        .selectFrom('files')
        .selectAll()
        .where('id', 'in', ids)
        .where('owner_type', '=', ownerType)
        .where('owner_id', '=', String(ownerId))
        .execute();
      const missing = ids.find((id) => !rows.some((r) => r.id === id));
      if (missing) throw new AppError(400, 'FILE_NOT_FOUND', `附件不存在：${missing}`);
      await trx
        .updateTable('files')
        .set({ owner_type: null, owner_id: null, expires_at: clock.now().toISOString() })
        .where('id', 'in', ids)
        .execute();
      // Their print copies expire with them (the purge removes a copy whose original it removes).
      await trx
        .updateTable('files')
        .set({ expires_at: clock.now().toISOString() })
        .where('owner_type', '=', PRINT_COPY_OWNER)
        .where('owner_id', 'in', ids)
        .execute();
      return rows.map(toRecord);
    },

    async printCopies(handle, fileIds) {
      if (!fileIds.length) return new Map();
      const rows = await handle
        .selectFrom('files')
        .select(['id', 'owner_id'])
        .where('owner_type', '=', PRINT_COPY_OWNER)
        .where('owner_id', 'in', [...fileIds])
        .execute();
      return new Map(rows.map((r) => [r.owner_id!, r.id]));
    },

    async listFor(handle, ownerType, ownerId) {
      const rows = await handle
        .selectFrom('files')
        .selectAll()
        .where('owner_type', '=', ownerType)
        .where('owner_id', '=', String(ownerId))
        .orderBy('created_at')
        .execute();
      return rows.map(toRecord);
    },

    registerOwner(ownerType, check) {
      owners.set(ownerType, check);
    },

    async open(actor, id) {
      const r = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r || expired(r)) throw notFound();
      const allowed =
        r.owner_type === null
          ? r.created_by === actor.userId
          : await (owners.get(r.owner_type)?.(actor, r.owner_id ?? '') ?? Promise.resolve(false));
      if (!allowed) throw notFound();
      if (r.sealed !== 1) return { file: toRecord(r), stream: await store.get(r.storage_key) };
      // Read through once to check the tag, then again to decrypt: both as streams, and no
      // reader is ever handed bytes of a file that fails its check.
      if (!(await cipher.verifySealed(await store.get(r.storage_key))))
        throw new Error(`stored file ${r.id} failed its integrity check`);
      // pipeline: a reader who hangs up stops the read from the store too.
      const plain = pipeline(await store.get(r.storage_key), cipher.openStream(), () => undefined);
      return { file: toRecord(r), stream: plain };
    },

    remove,

    async purgeExpired() {
      const due = await db
        .selectFrom('files')
        .select('id')
        .where('expires_at', '<', clock.now().toISOString())
        .limit(500)
        .execute();
      for (const f of due) await remove(db, f.id);
      return due.length;
    },
  };
  return service;
}
