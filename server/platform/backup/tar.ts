// A backup folder as one .tar.gz, with Node alone (no tar binary, no extra package): the
// plain ustar format, regular files only, manifest first. Unpacking refuses any name that
// would land outside the target folder.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

const BLOCK = 512;

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    // ustar splits long names at a slash: up to 155 bytes of folder, 100 of name.
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100)
      throw new Error(`name too long for the archive: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(Math.floor(mtime / 1000), 12), 136, 'latin1');
  h.write('        ', 148, 'latin1'); // checksum is computed with this field as spaces
  h.write('0', 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(root, full)));
    else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** Packs every file under `dir` into `archive`; `first` (the manifest) leads. */
export async function packTarGz(dir: string, archive: string, first: string): Promise<void> {
  const names = (await listFiles(dir)).sort();
  const ordered = [first, ...names.filter((n) => n !== first)];
  async function* blocks(): AsyncGenerator<Buffer> {
    for (const name of ordered) {
      const full = join(dir, name);
      const info = await stat(full);
      yield header(name, info.size, info.mtimeMs);
      for await (const chunk of createReadStream(full)) yield chunk as Buffer;
      const pad = info.size % BLOCK;
      if (pad) yield Buffer.alloc(BLOCK - pad);
    }
    yield Buffer.alloc(BLOCK * 2);
  }
  await pipeline(Readable.from(blocks()), createGzip(), createWriteStream(archive, { flags: 'wx' }));
}

function readString(buf: Buffer, start: number, len: number): string {
  const raw = buf.subarray(start, start + len);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? len : end).toString('utf8');
}

/** Unpacks `archive` into `dir` (which it creates); only regular files, only inside `dir`. */
export async function unpackTarGz(archive: string, dir: string): Promise<void> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  let pending: Buffer = Buffer.alloc(0);
  let file: { out: ReturnType<typeof createWriteStream> | null; left: number; pad: number } | null = null;
  let ended = false;

  async function consume(chunk: Buffer): Promise<void> {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (!ended) {
      if (file) {
        if (file.left > 0) {
          if (!pending.length) return;
          const take = Math.min(file.left, pending.length);
          if (file.out && !file.out.write(pending.subarray(0, take))) await once(file.out, 'drain');
          pending = pending.subarray(take);
          file.left -= take;
          if (file.left > 0) return;
        }
        if (pending.length < file.pad) return;
        pending = pending.subarray(file.pad);
        if (file.out) {
          file.out.end();
          await once(file.out, 'close');
        }
        file = null;
        continue;
      }
      if (pending.length < BLOCK) return;
      const h = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (h.every((b) => b === 0)) {
        ended = true;
        return;
      }
      const name = [readString(h, 345, 155), readString(h, 0, 100)].filter(Boolean).join('/');
      const size = parseInt(readString(h, 124, 12).trim() || '0', 8);
      const type = String.fromCharCode(h[156] ?? 0);
      if (!Number.isFinite(size) || size < 0) throw new Error('the archive is damaged');
      let out: ReturnType<typeof createWriteStream> | null = null;
      if (type === '0' || type === '\0') {
        const target = resolve(root, name);
        if (!target.startsWith(root + sep)) throw new Error(`the archive holds a name outside its folder: ${name}`);
        await mkdir(dirname(target), { recursive: true });
        out = createWriteStream(target, { flags: 'wx' });
      }
      file = { out, left: size, pad: (BLOCK - (size % BLOCK)) % BLOCK };
    }
  }

  await pipeline(createReadStream(archive), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) await consume(chunk);
  });
  if (file) throw new Error('the archive ends in the middle of a file');
}
