// Turns every failure into the one error shape. Known client mistakes become 4xx with a
// stable code; anything unexpected becomes a 500 whose body says nothing about internals
// (the details go to the log, keyed by the request id).
import { isUniqueViolation } from '../../db/dialect.js';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from '../errors.js';
import { localeFrom, messageFor } from '../messages.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId: string;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const locale = localeFrom(request.headers['accept-language']);
  const body: ErrorBody = {
    error: { code: err.code, message: err.localizedMessage(locale), ...(err.details ? { details: err.details } : {}) },
    requestId: String(request.id),
  };
  if (err.status === 429) reply.header('retry-after', '60');
  return reply.code(err.status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client-error codes and what they mean to a user. */
const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'VALIDATION_FAILED'],
  FST_ERR_CTP_EMPTY_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_REQ_FILE_TOO_LARGE: [413, 'FILE_TOO_LARGE'],
  FST_FILES_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PARTS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_FIELDS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PROTO_VIOLATION: [400, 'MALFORMED_JSON'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_VALIDATION: [400, 'VALIDATION_FAILED'],
  FST_ERR_BAD_URL: [400, 'VALIDATION_FAILED'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'VALIDATION_FAILED'],
};

/** Database refusals that can only come from bad input (a missing reference, a duplicate). */
function databaseClientError(err: { code?: string; message?: string }): AppError | null {
  const code = err.code ?? '';
  const msg = err.message ?? '';
  if (isUniqueViolation(err)) return new AppError(409, 'DUPLICATE');
  if (code === '23503' || /FOREIGN KEY constraint failed/.test(msg))
    return new AppError(400, 'INVALID_REFERENCE', '引用的记录不存在');
  if (code === '22003' || code === '22P02' || code === '22021' || code === '22007' || code === '22008') {
    return new AppError(400, 'VALIDATION_FAILED');
  }
  return null;
}

function validationDetails(err: FastifyError): ErrorDetail[] {
  const context = (err as { validationContext?: string }).validationContext;
  return (err.validation ?? []).map((v) => {
    const path = [
      context,
      ...String(v.instancePath ?? '')
        .split('/')
        .filter(Boolean),
    ]
      .filter(Boolean)
      .join('.');
    return { path, message: v.message ?? 'invalid' };
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return sendError(request, reply, new AppError(400, 'VALIDATION_FAILED', undefined, validationDetails(error)));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendError(request, reply, new AppError(known[0], known[1]));
    const dbError = databaseClientError(error as { code?: string; message?: string });
    if (dbError) {
      request.log.warn({ err: error }, 'database refused a request');
      return sendError(request, reply, dbError);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        status === 429
          ? 'RATE_LIMITED'
          : status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : status === 415
              ? 'UNSUPPORTED_MEDIA_TYPE'
              : status === 404
                ? 'NOT_FOUND'
                : 'VALIDATION_FAILED';
      return sendError(request, reply, new AppError(status, code));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(
      request,
      reply,
      new AppError(500, 'INTERNAL', messageFor('INTERNAL', localeFrom(request.headers['accept-language']))),
    );
  });
}
