// /api/files: upload (kept unattached until a module claims it) and access-checked download.
import { z } from 'zod';
import type { Db } from '../../db/tx.js';
import { inTransaction } from '../../db/tx.js';
import { actorOf } from '../http/auth-hook.js';
import type { ZodApp } from '../http/types.js';
import type { FileService, StoredFile } from './file-service.js';
import { readUpload } from './read-upload.js';
import type { FileKind } from './sniff.js';

export const fileSummary = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  takenAt: z
    .string()
    .nullable()
    .describe(
      "A photo's EXIF time: the camera's wall clock without a zone (2026-05-10T09:00:00), as the phone showed it",
    ),
  createdAt: z.string(),
});

/** A stored file as the API shows it (an upload's answer, a record's attachments). */
export function summaryOf(f: StoredFile): z.infer<typeof fileSummary> {
  return {
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    width: f.width,
    height: f.height,
    takenAt: f.takenAt,
    createdAt: f.createdAt,
  };
}

const PURPOSES: Record<string, { allowed: FileKind[]; keepLocation: boolean; printCopy?: boolean }> = {
  attachment: { allowed: ['pdf', 'docx', 'jpeg', 'png', 'webp'], keepLocation: false },
  // Field photos: time and place read, and a print-size copy kept for the album.
  photo: { allowed: ['jpeg', 'png', 'webp'], keepLocation: true, printCopy: true },
  document: { allowed: ['pdf', 'docx'], keepLocation: false },
};

/** RFC 6266/5987: an ASCII fallback plus the UTF-8 name, so Chinese names survive every browser. */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function filesRoutes(app: ZodApp, deps: { db: Db; files: FileService }): void {
  const { db, files } = deps;

  app.post(
    '/api/files',
    {
      config: { anyOrg: true },
      schema: {
        tags: ['files'],
        summary: '上传文件（JPEG/PNG/WebP/PDF/DOCX，按内容识别类型，图片去除 EXIF）',
        consumes: ['multipart/form-data'],
        querystring: z.object({ purpose: z.enum(['attachment', 'photo', 'document']).default('attachment') }),
        response: { 201: fileSummary },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const upload = await readUpload(request, 'file');
      const purpose = PURPOSES[request.query.purpose]!;
      // Checked and stored before the transaction, so no database lock waits for the store.
      const prepared = await files.prepare(actor, upload, purpose);
      const stored = await inTransaction(db, (trx) => files.record(trx, actor, prepared)).catch(async (err) => {
        await files.discard(prepared).catch(() => undefined);
        throw err;
      });
      reply.code(201);
      return summaryOf(stored);
    },
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: '下载文件（须有权查看其所属记录）',
        params: z.object({ id: z.string().uuid() }),
        querystring: z.object({ inline: z.enum(['1', '0']).optional() }),
      },
    },
    async (request, reply) => {
      const { file, stream } = await files.open(actorOf(request), request.params.id);
      const inline =
        request.query.inline === '1' && (file.mime.startsWith('image/') || file.mime === 'application/pdf');
      reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name, inline ? 'inline' : 'attachment'))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, max-age=300');
      return reply.send(stream);
    },
  );
}
