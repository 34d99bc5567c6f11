// The service worker (built to /sw.js by web/vite-sw.ts, registered by main.tsx in production
// builds only). It keeps the app shell in the cache so the app opens on a phone with no
// network, and the two API answers the field pages read offline (swPolicy.ts decides which
// request gets what). It holds no visit: those live in the outbox (IndexedDB), sent by the page.
import { CACHED_API, sessionIdentity, strategyFor } from './swPolicy';

// The build replaces this with { version, files } (the list of the shell's files).
const BUILD = JSON.parse('__LVZHI_SW_BUILD__') as { version: string; files: string[] };

const SHELL = `lvzhi-shell-${BUILD.version}`;
const API = 'lvzhi-api';
const INDEX = '/index.html';
/** A weak signal can hang a page load for a minute: past this, the cached app shell is served instead. */
const NETWORK_WAIT_MS = 4_000;

// The worker scope's types are not in the DOM library the web app compiles with: the few used.
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => {
  // `cache: 'reload'`: the files as on the server now, not an HTTP-cached copy of an older build.
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('lvzhi-shell-') && k !== SHELL).map((k) => caches.delete(k))),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, worker.location.origin);
  if (strategy === 'navigate') event.respondWith(navigate(event.request));
  else if (strategy === 'shell') event.respondWith(shellFile(event.request));
  else if (strategy === 'api-cached') event.respondWith(apiCached(event.request));
  else if (strategy === 'identity-change') event.respondWith(identityChange(event.request));
});

/** The network's answer, or null when it failed or took longer than `wait` while a fallback exists. */
async function network(request: Request, wait: number | null): Promise<Response | null> {
  const fetched = fetch(request).catch(() => null);
  if (wait === null) return fetched;
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), wait));
  return Promise.race([fetched, late]);
}

async function navigate(request: Request): Promise<Response> {
  const cached = await caches.match(INDEX, { cacheName: SHELL });
  const res = await network(request, cached ? NETWORK_WAIT_MS : null);
  return res ?? cached ?? offlineAnswer();
}

async function shellFile(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: SHELL });
  if (cached) return cached;
  const res = await fetch(request);
  // A page chunk not in the install list (or of a newer build): kept for the next offline start.
  if (res.ok) {
    const copy = res.clone();
    void caches.open(SHELL).then((c) => c.put(request, copy));
  }
  return res;
}

async function apiCached(request: Request): Promise<Response> {
  const cache = await caches.open(API);
  const cached = await cache.match(request);
  // No time limit here, unlike pages: a slow answer is still the truth (after switching
  // organisation, a cached session would be the old one); the cache is for no network at all.
  const res = await network(request, null);
  if (!res) return cached ?? offlineAnswer();
  if (res.ok) await remember(cache, request, res.clone());
  // Signed out or refused: nothing of this user may stay for the next one to see.
  else if (res.status === 401 || res.status === 403) await caches.delete(API);
  return res;
}

/** Keeps a fresh answer; a session answer of another user (or of nobody) drops the cached ones first. */
async function remember(cache: Cache, request: Request, res: Response): Promise<void> {
  if (new URL(request.url).pathname === CACHED_API[0]) {
    const identity = sessionIdentity(
      await res
        .clone()
        .json()
        .catch(() => null),
    );
    const before = await cache.match(request).then((r) => r?.json().catch(() => null));
    if (!identity || identity !== sessionIdentity(before)) {
      for (const key of await cache.keys()) await cache.delete(key);
    }
    if (!identity) return;
  }
  await cache.put(request, res);
}

async function identityChange(request: Request): Promise<Response> {
  const res = await fetch(request);
  await caches.delete(API);
  return res;
}

function offlineAnswer(): Response {
  return new Response(JSON.stringify({ error: { code: 'OFFLINE', message: '网络不可用' } }), {
    status: 503,
    headers: { 'content-type': 'application/json' },
  });
}
