// The hostile upload corpus of issue 5 item 5, and what each upload route must do with each
// file: refuse it with a clear 4xx (and store nothing), or store a sanitised copy. Built on
// server/test/hostile-files.ts; adds the spreadsheet attacks the member import faces.
import {
  docxWithMacro,
  jpegWithGps,
  lyingZipBomb,
  pdfWithJavaScript,
  plainJpeg,
  plainPdf,
  pngBomb,
  xlsmMacro,
  zipPayload,
} from '../../server/test/hostile-files.js';

export type Route = 'attachment' | 'replyLetter' | 'memberImport';
/** A status to expect, or 'stored' with what the stored copy must look like. */
export type Expect = number | { stored: { name?: string; check?: (bytes: Buffer) => string | null } };

export interface Hostile {
  what: string;
  name: string;
  type: string;
  data: () => Promise<Buffer>;
  expect: Record<Route, Expect>;
}

const NOT_HERE = 415;

function noExif(bytes: Buffer): string | null {
  if (bytes.includes(Buffer.from('Exif\0\0', 'latin1'))) return 'EXIF block still present';
  if (bytes.includes(Buffer.from('GPS', 'latin1'))) return 'GPS tag still present';
  return null;
}

function noZipTail(bytes: Buffer): string | null {
  if (bytes.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'ZIP local header still present';
  if (bytes.includes(Buffer.from('payload.html'))) return 'hidden payload still present';
  return null;
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("/api/auth/me")</script></svg>';
const html = '<!doctype html><html><body><script>fetch("/api/members/export?unmasked=true")</script></body></html>';
const stored = (name?: string, check?: (b: Buffer) => string | null): Expect => ({ stored: { name, check } });

export const CORPUS: Hostile[] = [
  {
    what: 'SVG with script',
    name: '示意图.svg',
    type: 'image/svg+xml',
    data: async () => Buffer.from(svg),
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'HTML renamed .jpg',
    name: '现场照片.jpg',
    type: 'image/jpeg',
    data: async () => Buffer.from(html),
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'HTML renamed .xlsx',
    name: '名册.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: async () => Buffer.from(html),
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'JPEG/ZIP polyglot',
    name: '合影.jpg',
    type: 'image/jpeg',
    data: async () => Buffer.concat([await plainJpeg(), await zipPayload()]),
    expect: { attachment: stored('合影.jpg', noZipTail), replyLetter: NOT_HERE, memberImport: NOT_HERE },
  },
  {
    what: 'oversized file',
    name: '超大附件.pdf',
    type: 'application/pdf',
    data: async () => Buffer.concat([plainPdf(), Buffer.alloc(1024 * 1024 + 10, 0x20)]),
    expect: { attachment: 413, replyLetter: 413, memberImport: 413 },
  },
  {
    what: 'decompression-bomb PNG',
    name: '地图.png',
    type: 'image/png',
    data: async () => pngBomb(),
    expect: { attachment: 422, replyLetter: NOT_HERE, memberImport: NOT_HERE },
  },
  {
    what: 'lying ZIP bomb .xlsx',
    name: '名册.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: async () => lyingZipBomb(64),
    expect: { attachment: 422, replyLetter: 422, memberImport: 422 },
  },
  {
    what: 'photo with GPS EXIF',
    name: '评议现场.jpg',
    type: 'image/jpeg',
    data: jpegWithGps,
    expect: { attachment: stored('评议现场.jpg', noExif), replyLetter: NOT_HERE, memberImport: NOT_HERE },
  },
  {
    what: 'path-traversal name',
    name: '../../../etc/答复函.pdf',
    type: 'application/pdf',
    data: async () => plainPdf(),
    expect: { attachment: stored('答复函.pdf'), replyLetter: stored('答复函.pdf'), memberImport: NOT_HERE },
  },
  {
    what: 'control and bidi characters in the name',
    name: '答复\u0007函\u202Efdp.exe.pdf',
    type: 'application/pdf',
    data: async () => plainPdf(),
    expect: {
      attachment: stored('答复函fdp.exe.pdf'),
      replyLetter: stored('答复函fdp.exe.pdf'),
      memberImport: NOT_HERE,
    },
  },
  {
    what: 'zero-byte file',
    name: '空白.pdf',
    type: 'application/pdf',
    data: async () => Buffer.alloc(0),
    expect: { attachment: 400, replyLetter: 400, memberImport: 400 },
  },
  {
    what: 'magic bytes contradict the type (PDF named .jpg)',
    name: '照片.jpg',
    type: 'image/jpeg',
    data: async () => plainPdf(),
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'magic bytes contradict the type (JPEG named .pdf)',
    name: '答复函.pdf',
    type: 'application/pdf',
    data: plainJpeg,
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'DOCX carrying a macro',
    name: '提案正文.docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    data: docxWithMacro,
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'XLSX carrying a macro',
    name: '名册.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: xlsmMacro,
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
  {
    what: 'PDF with JavaScript',
    name: '调研报告.pdf',
    type: 'application/pdf',
    data: async () => pdfWithJavaScript(),
    expect: { attachment: 415, replyLetter: 415, memberImport: 415 },
  },
];
