// The one error type and the one error shape: { error: { code, message, details? }, requestId }.
// Services throw AppError; the HTTP error handler turns anything else into a 500 without internals.
import { messageFor, sentenceFor, type Locale } from './messages.js';

export interface ErrorDetail {
  path?: string;
  code?: string;
  message: string;
  [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.explicitMessage = message;
  }
  readonly explicitMessage: string | undefined;

  localizedMessage(locale: Locale): string {
    return this.explicitMessage === undefined
      ? messageFor(this.code, locale)
      : sentenceFor(this.code, this.explicitMessage, locale);
  }
}

export const badRequest = (code: string, message?: string, details?: AppError['details']) =>
  new AppError(400, code, message, details);
/**
 * A 400 naming the fields at fault, in the shape request validation answers with: for input
 * that is well-formed but wrong for this record (an unknown unit, a date in the past).
 */
export function invalid(path: string, message: string): AppError;
export function invalid(problems: ErrorDetail[]): AppError;
export function invalid(pathOrProblems: string | ErrorDetail[], message?: string): AppError {
  const details = typeof pathOrProblems === 'string' ? [{ path: pathOrProblems, message: message! }] : pathOrProblems;
  return badRequest('VALIDATION_FAILED', undefined, details);
}
export const unauthorized = (code = 'UNAUTHENTICATED', message?: string) => new AppError(401, code, message);
export const forbidden = (code = 'FORBIDDEN', message?: string) => new AppError(403, code, message);
export const notFound = (code = 'NOT_FOUND', message?: string) => new AppError(404, code, message);
export const conflict = (code: string, message?: string, details?: AppError['details']) =>
  new AppError(409, code, message, details);
export const tooLarge = (code = 'PAYLOAD_TOO_LARGE', message?: string) => new AppError(413, code, message);
export const unsupportedMedia = (code = 'UNSUPPORTED_MEDIA_TYPE', message?: string) => new AppError(415, code, message);
export const unprocessable = (code: string, message?: string, details?: AppError['details']) =>
  new AppError(422, code, message, details);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
