// Writes a brotli (.br) and a gzip (.gz) copy next to every text asset of 1 KB or more once
// the bundle is on disk. The server sends them (@fastify/static preCompressed) to browsers
// that accept them, so nothing is compressed per request and the best levels are affordable.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|xml|wasm)$/;
const MIN_BYTES = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

async function compressFile(path: string): Promise<{ raw: number; br: number; gz: number } | null> {
  if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) return null;
  const data = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy that is not smaller is not worth sending; the server then falls back to the file.
  if (br.length < data.length) await writeFile(`${path}.br`, br);
  if (gzipped.length < data.length) await writeFile(`${path}.gz`, gzipped);
  return { raw: data.length, br: br.length, gz: gzipped.length };
}

export function precompress(): Plugin {
  let log: (msg: string) => void = () => undefined;
  return {
    name: 'lvzhi-precompress',
    apply: 'build',
    configResolved(config) {
      log = (msg) => config.logger.info(msg);
    },
    // After the bundle is written, so the copies are of the final files (index.html included).
    async writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) return;
      const sizes = { count: 0, raw: 0, br: 0, gz: 0 };
      const pending: Promise<void>[] = [];
      for await (const path of files(outDir)) {
        pending.push(
          compressFile(path).then((r) => {
            if (!r) return;
            sizes.count++;
            sizes.raw += r.raw;
            sizes.br += r.br;
            sizes.gz += r.gz;
          }),
        );
      }
      await Promise.all(pending);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
      log(`precompressed ${sizes.count} files: ${kb(sizes.raw)} raw, ${kb(sizes.br)} brotli, ${kb(sizes.gz)} gzip`);
    },
  };
}
