// Serves the built web app (dist/web). The build writes .br and .gz copies next to each text
// asset (web/vite-precompress.ts); a browser that accepts one gets it with Content-Encoding,
// and nothing is compressed per request. Files under assets/ carry a content hash in their
// name, so they are cached for a year; index.html names the current ones, so it is
// revalidated on every visit, as are the service worker (sw.js: the browser must see a new
// build's worker at once, or phones keep the old shell) and the web app manifest.
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
const OTHER_FILES = 'public, max-age=3600';

/** The Cache-Control for a file of the web app, by where it sits in the build. */
export function webCacheControl(webDir: string, filePath: string): string {
  const rel = relative(webDir, filePath).split(sep).join('/');
  if (rel.startsWith('assets/')) return IMMUTABLE;
  if (/^(index\.html|sw\.js|manifest\.webmanifest)(\.br|\.gz)?$/.test(rel)) return REVALIDATE;
  return OTHER_FILES;
}

export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    // The compressed copies are representations of their file, not addresses of their own.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders(res, filePath) {
      res.setHeader('cache-control', webCacheControl(webDir, filePath));
      // Caches between here and the browser must key the copy by what the client accepts.
      res.setHeader('vary', 'accept-encoding');
    },
  });
}
