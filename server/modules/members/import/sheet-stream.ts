// Lays out the parts of an uploaded .xlsx the way exceljs's streaming reader needs them:
// the workbook, its relationships, the styles and the shared strings first, then the one
// sheet to read. Each part is copied as it is, still compressed, from the uploaded bytes
// (held in memory already), so the reader inflates the sheet as it parses it, and never has
// to park a sheet it met before the shared strings in a temporary file: the roster holds ID
// numbers and phone numbers, which stay sealed at rest.
import { Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

/** The upload is not a workbook the roster can be read from. */
export class UnreadableWorkbook extends Error {}

interface Entry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** The entries of a zip archive by name, from its central directory. */
function entries(zip: Buffer): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (zip.length < 22) throw new UnreadableWorkbook('not a zip archive');
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UnreadableWorkbook('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new UnreadableWorkbook('damaged zip directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const entry: Entry = {
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      dataStart: 0,
    };
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 (a workbook of 4 GB) and encrypted entries are not rosters anyone uploads.
    if (entry.compressedSize === 0xffffffff || local === 0xffffffff || entry.flags & 1)
      throw new UnreadableWorkbook('unsupported zip');
    if (zip.readUInt32LE(local) !== LOCAL) throw new UnreadableWorkbook('damaged zip entry');
    entry.dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (entry.dataStart + entry.compressedSize > zip.length) throw new UnreadableWorkbook('truncated zip');
    out.set(name.replace(/^\//, ''), entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/** A local file record: its header (sizes known up front) and its data as stored. */
function record(name: string, e: Entry, data: Buffer): Buffer[] {
  if (e.method !== STORED && e.method !== DEFLATED) throw new UnreadableWorkbook('unsupported compression');
  const file = Buffer.from(name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE((e.flags & ~0x08) | 0x800, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.compressedSize, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(file.length, 26);
  return [h, file, data];
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decode(m[2] ?? m[3] ?? ''));
  return out;
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Its part in the archive. */
  path: string;
}

/** The workbook's worksheets in their order, from workbook.xml and its relationships. */
function worksheets(all: Map<string, Entry>, text: (name: string) => string): SheetInfo[] {
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (!a.get('Type')?.endsWith('/worksheet')) continue;
    const target = a.get('Target') ?? '';
    targets.set(a.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: SheetInfo[] = [];
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rel = [...a].find(([k]) => k.endsWith(':id'))?.[1];
    const path = rel ? targets.get(rel) : undefined;
    if (path && all.has(path))
      out.push({ name: a.get('name') ?? '', hidden: (a.get('state') ?? 'visible') !== 'visible', path });
  }
  return out;
}

const EMPTY_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/**
 * A zip stream holding what the streaming reader needs to read the sheet `choose` picks
 * from the workbook's worksheets, in the order it needs it.
 */
export async function sheetStream(
  zip: Buffer,
  choose: (sheets: SheetInfo[]) => SheetInfo | undefined,
): Promise<Readable> {
  try {
    const parts = layout(zip, choose);
    // The streaming reader does not end on a part that fails to inflate (it waits forever):
    // every part is checked against its size and checksum first, as it would be unzipped.
    for (const p of parts) if (!(await intact(p.data, p.entry))) throw new UnreadableWorkbook(`damaged part ${p.name}`);
    return Readable.from(
      parts.flatMap((p) => record(p.name, p.entry, p.data)),
      { objectMode: false },
    );
  } catch (err) {
    // A read past the end of the bytes, bad deflate data: a damaged file, not a server fault.
    throw err instanceof UnreadableWorkbook ? err : new UnreadableWorkbook(String(err));
  }
}

/** Whether a part inflates to its recorded size and checksum (inflated piece by piece, nothing kept). */
async function intact(data: Buffer, e: Entry): Promise<boolean> {
  if (e.method === STORED) return data.length === e.size && crc32(data) === e.crc;
  let size = 0,
    crc = 0;
  try {
    for await (const chunk of Readable.from([data]).pipe(createInflateRaw()) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > e.size) return false;
      crc = crc32(chunk, crc);
    }
  } catch {
    return false;
  }
  return size === e.size && crc === e.crc;
}

interface Part {
  name: string;
  entry: Entry;
  data: Buffer;
}

function layout(zip: Buffer, choose: (sheets: SheetInfo[]) => SheetInfo | undefined): Part[] {
  const all = entries(zip);
  const stored = (e: Entry) => zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const text = (name: string): string => {
    const e = all.get(name);
    if (!e) throw new UnreadableWorkbook(`no ${name}`);
    return (e.method === STORED ? stored(e) : inflateRawSync(stored(e))).toString('utf8');
  };
  const sheet = choose(worksheets(all, text));
  if (!sheet) throw new UnreadableWorkbook('the workbook has no sheet');
  const parts: Part[] = [];
  for (const name of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']) {
    const e = all.get(name);
    if (e) parts.push({ name, entry: e, data: stored(e) });
  }
  if (!all.has('xl/sharedStrings.xml')) {
    // Without shared strings the reader would park the sheet in a temporary file, waiting for them.
    const entry = {
      flags: 0,
      method: STORED,
      crc: crc32(EMPTY_STRINGS),
      compressedSize: EMPTY_STRINGS.length,
      size: EMPTY_STRINGS.length,
      dataStart: 0,
    };
    parts.push({ name: 'xl/sharedStrings.xml', entry, data: EMPTY_STRINGS });
  }
  // The reader knows a worksheet by its part's name.
  const entry = all.get(sheet.path)!;
  parts.push({
    name: /^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.path) ? sheet.path : 'xl/worksheets/sheet1.xml',
    entry,
    data: stored(entry),
  });
  return parts;
}
