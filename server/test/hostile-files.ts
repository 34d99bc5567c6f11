// Hostile and tricky upload files, made on the spot (no binary fixtures): a photo carrying
// GPS EXIF, a decompression-bomb PNG, a macro DOCX, a scripted PDF, polyglots.
import { deflateRawSync, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import sharp from 'sharp';

/** A TIFF/EXIF block (big-endian) with DateTimeOriginal and a GPS position, as a camera writes it. */
function exifBlock(when: string, lat: [number, number, number], lon: [number, number, number]): Buffer {
  const entries = (list: [tag: number, type: number, count: number, value: Buffer][], at: number) => {
    // Values longer than 4 bytes go after the IFD; `at` is the IFD's offset in the TIFF block.
    const head = Buffer.alloc(2 + list.length * 12 + 4);
    head.writeUInt16BE(list.length, 0);
    let dataAt = at + head.length;
    const data: Buffer[] = [];
    list.forEach(([tag, type, count, value], i) => {
      const o = 2 + i * 12;
      head.writeUInt16BE(tag, o);
      head.writeUInt16BE(type, o + 2);
      head.writeUInt32BE(count, o + 4);
      if (value.length <= 4) value.copy(head, o + 8);
      else {
        head.writeUInt32BE(dataAt, o + 8);
        data.push(value);
        dataAt += value.length;
      }
    });
    return Buffer.concat([head, ...data]);
  };
  const rational = (parts: number[]) => {
    const b = Buffer.alloc(parts.length * 8);
    parts.forEach((p, i) => {
      b.writeUInt32BE(Math.round(p * 100), i * 8);
      b.writeUInt32BE(100, i * 8 + 4);
    });
    return b;
  };
  const ascii = (s: string) => Buffer.from(`${s}\0`, 'latin1');
  const long = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const ifd0At = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const exifAt = ifd0At + ifd0Size;
  const exifIfd = entries([[0x9003, 2, 20, ascii(when)]], exifAt);
  const gpsAt = exifAt + exifIfd.length;
  const gpsIfd = entries(
    [
      [0x0001, 2, 2, ascii('N')],
      [0x0002, 5, 3, rational(lat)],
      [0x0003, 2, 2, ascii('E')],
      [0x0004, 5, 3, rational(lon)],
    ],
    gpsAt,
  );
  const ifd0 = entries(
    [
      [0x8769, 4, 1, long(exifAt)],
      [0x8825, 4, 1, long(gpsAt)],
    ],
    ifd0At,
  );
  return Buffer.concat([Buffer.from('MM\0\x2a\0\0\0\x08', 'latin1'), ifd0, exifIfd, gpsIfd]);
}

/** A real JPEG photo with an APP1 EXIF segment: taken 2026-03-15 09:30:00 at 31°14'24"N 121°29'24"E. */
export async function jpegWithGps(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 140, b: 80 } } })
    .jpeg()
    .toBuffer();
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    exifBlock('2026:03:15 09:30:00', [31, 14, 24], [121, 29, 24]),
  ]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, payload, jpeg.subarray(2)]);
}

export async function plainJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 60, b: 60 } } })
    .jpeg()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A complete, valid 1-bit PNG of side×side pixels: a few kilobytes that decode to a huge image. */
export function pngBomb(side = 10_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(side / 8); // filter byte + packed pixels
  const raw = Buffer.alloc(rowBytes * side);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An OOXML package of one main part that also carries a VBA project (a .docm/.xlsm in disguise). */
async function withMacro(folder: 'word' | 'xl', mainPart: string, xml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(`${folder}/${mainPart}`, `<?xml version="1.0"?>${xml}`);
  zip.file(`${folder}/vbaProject.bin`, Buffer.from('Attribute VB_Name = "AutoOpen"'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

export function docxWithMacro(): Promise<Buffer> {
  return withMacro(
    'word',
    'document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  );
}

export function xlsmMacro(): Promise<Buffer> {
  return withMacro(
    'xl',
    'workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  );
}

export function pdfWithJavaScript(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n' +
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      '3 0 obj << /S /JavaScript /JS (app.alert\\("hi"\\)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}

export function plainPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}

/** A ZIP archive to hide behind an image. */
export async function zipPayload(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('payload.html', '<script>alert(document.cookie)</script>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** An .xlsx-shaped archive whose sheet inflates to `mb` MiB while its headers claim a few bytes. */
export function lyingZipBomb(mb: number): Buffer {
  const entries: [string, Buffer][] = [
    [
      '[Content_Types].xml',
      Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    ],
    [
      'xl/workbook.xml',
      Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(mb * 1024 * 1024, 0x20)],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const packed = deflateRawSync(content, { level: 9 });
    const n = Buffer.from(name);
    const claimed = name.endsWith('sheet1.xml') ? 64 : content.length; // the lie, on the big part
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(0, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(claimed, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    central.push(dir, n);
    offset += 30 + n.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
