// What the service worker (sw.ts) does with each request, as a pure function the tests read.
// The app shell (index.html and the built assets) is served from the cache so the app opens
// with no network; the API is the network's, except the two answers the field pages need to
// work offline (the session and the member's assignments), cached when fresh and served from
// the cache only when the network fails. Everything else is left to the browser.

export type Strategy =
  /** A page address: the network's index.html, else the cached one. */
  | 'navigate'
  /** A file of the build: the cache, else the network (then cached). */
  | 'shell'
  /** An API answer the field pages read offline: the network, else the last cached answer. */
  | 'api-cached'
  /** Signing in or out, switching organisation: the network, then the cached API answers are dropped. */
  | 'identity-change'
  /** Not the worker's business: the browser fetches it as if there were no worker. */
  | 'pass';

export const CACHED_API = ['/api/auth/session', '/api/supervision/my-assignments'];
const IDENTITY_CHANGES = ['/api/auth/login', '/api/auth/logout', '/api/auth/switch-org'];
/** Addresses served by the server itself, not by the app's index page. */
const SERVER_PAGES = /^\/(api|docs|openapi\.json|healthz|metrics|readyz)(\/|$)/;

export function strategyFor(request: { method: string; url: string; mode: string }, origin: string): Strategy {
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  if (url.pathname.startsWith('/api/')) {
    if (request.method === 'GET' && CACHED_API.includes(url.pathname)) return 'api-cached';
    if (request.method === 'POST' && IDENTITY_CHANGES.includes(url.pathname)) return 'identity-change';
    return 'pass';
  }
  if (request.method !== 'GET') return 'pass';
  if (request.mode === 'navigate') return SERVER_PAGES.test(url.pathname) ? 'pass' : 'navigate';
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) return 'shell';
  return 'pass';
}

/** Which files of the build the worker caches when installed: the shell, not the statistics page's charts. */
export function precacheList(files: string[]): string[] {
  return [...new Set(files)]
    .filter((f) => /\.(js|css|html|svg|png|webmanifest)$/.test(f))
    .filter((f) => f !== 'sw.js' && !/(^|\/)echarts-[^/]*\.js$/.test(f))
    .map((f) => '/' + f)
    .sort();
}

/** Who a session answer belongs to, to drop cached answers when another user signs in. */
export function sessionIdentity(body: unknown): string {
  const me = (body as { me?: { user?: { id?: unknown }; currentOrg?: { id?: unknown } } | null } | null)?.me;
  return me?.user?.id === undefined ? '' : `${String(me.user.id)}@${String(me.currentOrg?.id ?? '')}`;
}
