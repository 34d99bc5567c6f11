// A browser-like HTTP client for the real server: keeps cookies, sends the CSRF token on
// writes, signs in through the real login route. Its base may be a function, called per request:
// a load balancer's choice among several instances, so one session's requests go to all of them.
export interface HttpResult {
  status: number;
  body: string;
  raw: Buffer;
  headers: Headers;
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses of any shape
}

export interface HttpClient {
  csrf: string;
  cookies: Map<string, string>;
  /** `at`: this instance's address instead of the client's base. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    at?: string,
  ): Promise<HttpResult>;
  get(path: string): Promise<HttpResult>;
  post(path: string, body?: unknown): Promise<HttpResult>;
}

export type Base = string | (() => string);

export function httpClient(base: Base): HttpClient {
  const cookies = new Map<string, string>();
  const c: HttpClient = {
    csrf: '',
    cookies,
    async request(method, path, body, headers = {}, at) {
      const h: Record<string, string> = { ...headers };
      if (cookies.size && !h.cookie) h.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (c.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = c.csrf;
      let payload: string | Buffer | undefined;
      if (Buffer.isBuffer(body) || typeof body === 'string') payload = body;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['content-type'] ??= 'application/json';
      }
      const res = await fetch((at ?? (typeof base === 'string' ? base : base())) + path, {
        method,
        headers: h,
        body: payload,
        redirect: 'manual',
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair, ...attrs] = line.split(';');
        const [name, ...v] = pair!.split('=');
        const value = v.join('=');
        const expired = attrs.some(
          (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()),
        );
        if (!value || expired) cookies.delete(name!.trim());
        else cookies.set(name!.trim(), value);
      }
      const raw = Buffer.from(await res.arrayBuffer());
      const text = raw.toString('utf8');
      return { status: res.status, body: text, raw, headers: res.headers, json: () => JSON.parse(text) };
    },
    get: (path) => c.request('GET', path),
    post: (path, body = {}) => c.request('POST', path, body),
  };
  return c;
}

export async function signIn(base: Base, login: string, password: string): Promise<HttpClient> {
  const c = httpClient(base);
  c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
  const res = await c.post('/api/auth/login', { login, password });
  if (res.status !== 200) throw new Error(`sign-in of ${login} failed: ${res.status} ${res.body}`);
  c.csrf = res.json().csrfToken;
  return c;
}
