// Reads the one file of a multipart upload. A body that only claims to be multipart (no
// boundary, cut short, broken part headers) makes the parser throw plain errors; those are
// the client's mistake and answer 400 in the error shape, not 500.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export async function readUpload(
  request: FastifyRequest,
  fallbackName: string,
): Promise<{ data: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传文件');
  try {
    const part = await request.file();
    if (!part) throw new AppError(400, 'FILE_EMPTY', '没有收到文件');
    return { data: await part.toBuffer(), filename: part.filename || fallbackName };
  } catch (err) {
    // Limits (file size, part count) carry Fastify codes the error handler maps already.
    if (err instanceof AppError || (err as { code?: string }).code?.startsWith('FST_')) throw err;
    throw new AppError(400, 'MALFORMED_MULTIPART');
  }
}
