// A ZIP writer that streams: each part is written the moment it is added, so a document of
// 900 photos never holds more than the part at hand. (jszip and the docx package keep every
// part in memory until the end.) Each part's bytes are known when it is added, so the sizes and
// CRC go in the local header and no data descriptor is needed; JPEGs are stored as they are,
// XML is deflated. No ZIP64: a part or the whole archive over 4 GiB is refused.
import type { Writable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';

const LIMIT = 0xffffffff;

type Entry = { name: Buffer; crc: number; size: number; stored: number; method: number; offset: number };

// DOS date and time fields; a fixed date keeps the same input's archive byte-identical.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

export type ZipWriter = {
  /** Writes one part; `compress` deflates it (XML), otherwise it is stored (JPEG). */
  add(name: string, data: Buffer, compress: boolean): Promise<void>;
  /** Writes the central directory; the stream is then ended. */
  finish(): Promise<void>;
  /** Bytes written so far. */
  readonly written: number;
};

export function createZipWriter(out: Writable): ZipWriter {
  const entries: Entry[] = [];
  let offset = 0;

  // Waits for 'drain' when the stream's buffer is full: this is what bounds memory. A
  // destination that fails or closes early rejects the build instead of leaving it waiting.
  const write = async (chunk: Buffer) => {
    if (out.destroyed || out.writableEnded) throw out.errored ?? new Error('ALBUM_OUTPUT_CLOSED');
    offset += chunk.length;
    if (out.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        out.off('drain', onDrain);
        out.off('error', onError);
        out.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (err: Error) => done(err);
      const onClose = () => done(out.errored ?? new Error('ALBUM_OUTPUT_CLOSED'));
      out.on('drain', onDrain);
      out.on('error', onError);
      out.on('close', onClose);
    });
  };

  return {
    get written() {
      return offset;
    },
    async add(name, data, compress) {
      const body = compress ? deflateRawSync(data, { level: 6 }) : data;
      if (data.length > LIMIT || offset + body.length + 1024 > LIMIT) throw new Error('ZIP_TOO_LARGE');
      const nameBytes = Buffer.from(name, 'utf8');
      const entry: Entry = {
        name: nameBytes,
        crc: crc32(data),
        size: data.length,
        stored: body.length,
        method: compress ? 8 : 0,
        offset,
      };
      const head = Buffer.alloc(30);
      head.writeUInt32LE(0x04034b50, 0);
      head.writeUInt16LE(20, 4); // version needed: 2.0
      head.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
      head.writeUInt16LE(entry.method, 8);
      head.writeUInt16LE(DOS_TIME, 10);
      head.writeUInt16LE(DOS_DATE, 12);
      head.writeUInt32LE(entry.crc, 14);
      head.writeUInt32LE(entry.stored, 18);
      head.writeUInt32LE(entry.size, 22);
      head.writeUInt16LE(nameBytes.length, 26);
      head.writeUInt16LE(0, 28);
      entries.push(entry);
      await write(Buffer.concat([head, nameBytes]));
      await write(body);
    },
    async finish() {
      if (entries.length > 0xffff) throw new Error('ZIP_TOO_MANY_PARTS');
      const start = offset;
      for (const e of entries) {
        const h = Buffer.alloc(46);
        h.writeUInt32LE(0x02014b50, 0);
        h.writeUInt16LE(20, 4); // made by: 2.0
        h.writeUInt16LE(20, 6);
        h.writeUInt16LE(0x0800, 8);
        h.writeUInt16LE(e.method, 10);
        h.writeUInt16LE(DOS_TIME, 12);
        h.writeUInt16LE(DOS_DATE, 14);
        h.writeUInt32LE(e.crc, 16);
        h.writeUInt32LE(e.stored, 20);
        h.writeUInt32LE(e.size, 24);
        h.writeUInt16LE(e.name.length, 28);
        h.writeUInt32LE(e.offset, 42);
        await write(Buffer.concat([h, e.name]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(entries.length, 8);
      end.writeUInt16LE(entries.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      await write(end);
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(() => {
          out.off('error', reject);
          resolve();
        });
      });
    },
  };
}
