// The one way the web app talks to the server: JSON in and out, the CSRF header on writes,
// errors as ApiError carrying the server's { code, message, details }.
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

export async function api<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const unsafe = method !== 'GET' && method !== 'HEAD';
  if (unsafe) await ensureCsrf();
  const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string>) };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (unsafe) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { ...init, method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('application/json') ? await res.json() : null;
  if (!res.ok) {
    const err = new ApiError(
      res.status,
      data?.error?.code ?? 'HTTP_' + res.status,
      data?.error?.message ?? `请求失败（${res.status}）`,
      data?.error?.details,
      data?.requestId,
    );
    if (res.status === 401 && ['UNAUTHENTICATED', 'SESSION_EXPIRED'].includes(err.code))
      for (const l of authListeners) l(err);
    throw err;
  }
  return data as T;
}

export const http = {
  get: <T>(url: string) => api<T>('GET', url),
  post: <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {}),
  patch: <T>(url: string, body: unknown) => api<T>('PATCH', url, body),
  put: <T>(url: string, body: unknown) => api<T>('PUT', url, body),
  del: <T>(url: string) => api<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => api<T>('POST', url, form),
};

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
