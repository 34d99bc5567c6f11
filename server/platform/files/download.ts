// A generated office file sent as a download: its type, a name that survives every browser, never
// cached. A streamed body is written as it is produced; a failure halfway is logged and the
// connection cut (the header is gone by then: a partial file must not look complete).
import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from './files.routes.js';
import { KIND_MIME } from './sniff.js';

export function sendDownload(reply: FastifyReply, kind: 'xlsx' | 'docx', name: string, body: Buffer | PassThrough) {
  return reply
    .header('content-type', KIND_MIME[kind])
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'no-store')
    .send(body);
}

/** The body of a streamed download: `write` fills it; what it throws ends the response. */
export function streamedBody(request: FastifyRequest, what: string, write: (out: Writable) => Promise<void>) {
  const body = new PassThrough();
  write(body).catch((err: unknown) => {
    request.log.error({ err }, `${what} failed mid-stream`);
    body.destroy(err as Error);
  });
  return body;
}
