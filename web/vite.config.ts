import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.js';
import { serviceWorker } from './vite-sw.js';

// The web app builds into dist/web, which the server serves. `npm run dev:web` proxies the
// API to a server started with `npm start` on port 3000.
//
// Chunks: one per page (routes.tsx and main.tsx load pages lazily) and shared chunks by
// usage, so a page downloads only the Ant Design components it and the shell use. Do not
// group all of antd into one chunk: that makes the sign-in page download every component.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // The service worker caches these files of web/public with the built ones (the app's icons).
  plugins: [
    react(),
    serviceWorker(['index.html', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']),
    precompress(),
  ],
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // ECharts is for the statistics page only; one file for it and zrender.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000' } },
});
