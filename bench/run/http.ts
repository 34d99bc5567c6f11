// Signing in and calling the API the way the web app does: the double-submit CSRF cookie
// before sign-in, then the session cookie and the session's CSRF token on every write.
export interface Session {
  base: string;
  username: string;
  cookie: string;
  csrf: string;
}

function cookieOf(res: Response, name: string): string | null {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    if (pair?.startsWith(`${name}=`)) return pair.slice(name.length + 1);
  }
  return null;
}

export async function signIn(base: string, username: string, password: string): Promise<Session> {
  const pre = await fetch(`${base}/api/auth/csrf`);
  const preToken = ((await pre.json()) as { csrfToken: string }).csrfToken;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': preToken, cookie: `lvzhi_csrf=${preToken}` },
    body: JSON.stringify({ login: username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  const sid = cookieOf(res, 'lvzhi_sid');
  if (!sid) throw new Error(`sign-in as ${username}: no session cookie`);
  const { csrfToken, mustChangePassword } = (await res.json()) as { csrfToken: string; mustChangePassword: boolean };
  if (mustChangePassword) throw new Error(`${username} must change the password first`);
  return { base, username, cookie: `lvzhi_sid=${sid}`, csrf: csrfToken };
}

export function headersOf(s: Session, json = false): Record<string, string> {
  return { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(json ? { 'content-type': 'application/json' } : {}) };
}

export async function getJson<T>(s: Session, path: string): Promise<T> {
  const res = await fetch(`${s.base}${path}`, { headers: headersOf(s) });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

export async function postJson<T>(s: Session, path: string, body: unknown, expect = 200): Promise<T> {
  const res = await fetch(`${s.base}${path}`, {
    method: 'POST',
    headers: headersOf(s, true),
    body: JSON.stringify(body),
  });
  if (res.status !== expect) throw new Error(`POST ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}
