// The one way the web app talks to the server: JSON in and out, the CSRF header on writes,
// errors as ApiError carrying the server's { code, message, details }. `api` is typed by the
// server's OpenAPI document (paths.ts): a path, its parameters and its answer are checked.
import { currentLanguage, t } from '../i18n';
import { fillPath, type Method, type OptionsArg, type PathsWith, type ResponseOf } from './paths';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
  /** Field messages keyed by path, for showing under form fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(this.details)) {
      for (const d of this.details as { path?: string; message?: string }[]) {
        if (d.path) out[d.path.replace(/^body\./, '')] = d.message ?? '';
      }
    }
    return out;
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Listener = (err: ApiError) => void;
const authListeners = new Set<Listener>();
/** Called when the server says the session is gone, so the app can return to the sign-in page. */
export function onAuthLost(listener: Listener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

async function ensureCsrf(): Promise<void> {
  if (csrfToken) return;
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  csrfToken = (await res.json()).csrfToken;
}

/** The headers a write made outside `api` needs (the offline outbox's sync sends its own requests). */
export async function writeHeaders(): Promise<Record<string, string>> {
  await ensureCsrf();
  return { 'x-csrf-token': csrfToken, 'accept-language': currentLanguage() };
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const unsafe = method !== 'GET' && method !== 'HEAD';
  if (unsafe) await ensureCsrf();
  // The server words its errors in the language chosen in the app, not the browser's own.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (unsafe) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', t('common.networkError'));
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('application/json') ? await res.json() : null;
  if (!res.ok) {
    const err = new ApiError(
      res.status,
      data?.error?.code ?? 'HTTP_' + res.status,
      data?.error?.message ?? t('common.requestFailed', { status: res.status }),
      data?.error?.details,
      data?.requestId,
    );
    if (res.status === 401 && ['UNAUTHENTICATED', 'SESSION_EXPIRED'].includes(err.code))
      for (const l of authListeners) l(err);
    throw err;
  }
  return data as T;
}

/** `path` is the route's template (`/api/proposals/{id}`); `removed` the filled address a DELETE removed. */
type WriteListener = (path: string, removed?: string) => Promise<unknown> | void;
const writeListeners = new Set<WriteListener>();
/** Called after every successful write (or one refused as a conflict) with its path: the query cache refreshes what it changed. */
export function onWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

interface Options {
  path?: Record<string, unknown>;
  query?: object;
  body?: unknown;
}

function url(path: string, options: Options = {}): string {
  return fillPath(path, options.path) + qs((options.query ?? {}) as Record<string, unknown>);
}

async function write<T>(method: Method, path: string, options: Options = {}, form?: FormData): Promise<T> {
  // A write with no body still sends an empty JSON object (the server's schemas expect one);
  // a DELETE sends none.
  const body = form ?? options.body ?? (method === 'delete' ? undefined : {});
  const removed = method === 'delete' ? fillPath(path, options.path) : undefined;
  const written = () => Promise.all([...writeListeners].map((l) => l(path, removed)));
  try {
    const result = await request<T>(method.toUpperCase(), url(path, options), body);
    await written();
    return result;
  } catch (err) {
    // A conflict means what the page shows is out of date: refresh it as after a write.
    if (err instanceof ApiError && err.status === 409) await written();
    throw err;
  }
}

/** The API, typed by its OpenAPI document: `api.get('/api/proposals/{id}', { path: { id } })`. */
export const api = {
  get: <P extends PathsWith<'get'>>(path: P, ...[options]: OptionsArg<P, 'get'>) =>
    request<ResponseOf<P, 'get'>>('GET', url(path, options as Options)),
  post: <P extends PathsWith<'post'>>(path: P, ...[options]: OptionsArg<P, 'post'>) =>
    write<ResponseOf<P, 'post'>>('post', path, options as Options),
  put: <P extends PathsWith<'put'>>(path: P, ...[options]: OptionsArg<P, 'put'>) =>
    write<ResponseOf<P, 'put'>>('put', path, options as Options),
  patch: <P extends PathsWith<'patch'>>(path: P, ...[options]: OptionsArg<P, 'patch'>) =>
    write<ResponseOf<P, 'patch'>>('patch', path, options as Options),
  delete: <P extends PathsWith<'delete'>>(path: P, ...[options]: OptionsArg<P, 'delete'>) =>
    write<ResponseOf<P, 'delete'>>('delete', path, options as Options),
  /** A POST that only reads (it sends more than a query string holds, like a draft's text): no write follows it. */
  postQuery: <P extends PathsWith<'post'>>(path: P, ...[options]: OptionsArg<P, 'post'>) =>
    request<ResponseOf<P, 'post'>>('POST', url(path, options as Options), (options as Options | undefined)?.body ?? {}),
  /** A multipart upload (the document describes no body for these: the file is checked by content). */
  upload: <P extends PathsWith<'post'>>(path: P, form: FormData, ...[options]: OptionsArg<P, 'post'>) =>
    write<ResponseOf<P, 'post'>>('post', path, options as Options, form),
};

/** A link to a GET of the API that answers a file (downloads, exports), with its parameters checked. */
export function apiUrl<P extends PathsWith<'get'>>(path: P, ...[options]: OptionsArg<P, 'get'>): string {
  return url(path, options as Options);
}

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, unknown>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    sp.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}
