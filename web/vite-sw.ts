// Builds the service worker (web/src/offline/sw.ts) into /sw.js next to the app, at the root
// so its scope is the whole app, with a fixed name (the browser checks that address for
// updates). The worker learns which files make the app shell from the build itself: their
// list, and a version that changes with it (a new build is a new worker, which replaces the
// old shell), are written into the worker's code once the bundle is known.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { precacheList } from './src/offline/swPolicy.js';

const SOURCE = new URL('./src/offline/sw.ts', import.meta.url).pathname;
const FILE = 'sw.js';
const PLACEHOLDER = '__LVZHI_SW_BUILD__';

export function serviceWorker(publicFiles: string[]): Plugin {
  return {
    name: 'lvzhi-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: FILE });
    },
    // After Vite's own plugins have put the CSS and index.html into the bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sw = bundle[FILE];
        if (!sw || sw.type !== 'chunk') throw new Error('service worker chunk missing');
        // The worker is a classic script: it must not import anything of the app's chunks.
        if (sw.imports.length) throw new Error(`sw.js imports ${sw.imports.join(', ')}: keep it self-contained`);
        const files = precacheList([...Object.keys(bundle), ...publicFiles]);
        const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
        // Inside a quoted string in the code: JSON escaped once more.
        const build = JSON.stringify(JSON.stringify({ version, files })).slice(1, -1);
        if (!sw.code.includes(PLACEHOLDER)) throw new Error('service worker placeholder missing');
        sw.code = sw.code.replace(PLACEHOLDER, () => build);
      },
    },
  };
}
