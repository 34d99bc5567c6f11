// What a file really is, judged by its first bytes and structure, never by its name or
// the type the browser claimed. Only the allow-listed kinds pass.
import JSZip from 'jszip';

export type FileKind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'docx' | 'xlsx';

export const KIND_MIME: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const KIND_EXT: Record<FileKind, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
};

/** The kind a file name's extension announces, if it names one of ours. */
const EXT_KIND: Record<string, FileKind> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  webp: 'webp',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
};

export function kindFromName(name: string): FileKind | null {
  const ext = /\.([^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  return ext ? (EXT_KIND[ext] ?? null) : null;
}

export function isImage(kind: FileKind): kind is 'jpeg' | 'png' | 'webp' {
  return kind === 'jpeg' || kind === 'png' || kind === 'webp';
}

/** The kind announced by the magic bytes; OOXML needs sniffOffice() to tell docx from xlsx. */
export function sniffMagic(buf: Buffer): FileKind | 'zip' | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  if (buf.length >= 5 && buf.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return 'zip';
  return null;
}

export type OfficeCheck = { kind: 'docx' | 'xlsx' } | { problem: 'not_office' | 'macro' | 'bomb' | 'damaged' };

/**
 * A .docx/.xlsx is a ZIP with a known part list. Refuse macros (a renamed .docm), archives
 * that would inflate past `maxUnpacked` (zip bombs) and anything that is not OOXML.
 */
export async function sniffOffice(buf: Buffer, maxUnpacked: number): Promise<OfficeCheck> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch {
    return { problem: 'damaged' };
  }
  const names = Object.keys(zip.files);
  if (!names.includes('[Content_Types].xml')) return { problem: 'not_office' };
  if (names.some((n) => /vbaProject\.bin$/i.test(n) || /\.(exe|dll|js|vbs|bat|cmd|ps1)$/i.test(n)))
    return { problem: 'macro' };
  let unpacked = 0;
  for (const name of names) {
    // The declared sizes refuse an honest bomb before inflating anything...
    const size = (zip.files[name] as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    unpacked += size;
    if (unpacked > maxUnpacked) return { problem: 'bomb' };
  }
  // ...but a crafted archive can declare a few bytes and inflate to gigabytes: inflate every
  // part for real, counting, and stop at the limit.
  unpacked = 0;
  for (const name of names) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    const inflated = await inflatedSize(entry, maxUnpacked - unpacked);
    if (inflated === null) return { problem: 'damaged' };
    unpacked += inflated;
    if (unpacked > maxUnpacked) return { problem: 'bomb' };
  }
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  return { problem: 'not_office' };
}

/** Bytes an archive entry inflates to, stopping once past `budget` (then budget + 1); null if it cannot be inflated. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    let n = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        n += chunk.length;
        if (n > budget) {
          stream.pause();
          stream.removeAllListeners('data');
          resolve(budget + 1);
        }
      })
      .on('error', () => resolve(null))
      .on('end', () => resolve(n));
  });
}

/** PDF actions that run code or open other programs have no place in a proposal attachment. */
export function pdfHasActiveContent(buf: Buffer): boolean {
  const s = buf.toString('latin1');
  return /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b/.test(s);
}

/**
 * A name that is safe to show and to put in a Content-Disposition header: no directories,
 * no control or bidirectional-override characters, bounded length, the right extension.
 */
export function safeFileName(name: string, kind: FileKind): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  const ext = KIND_EXT[kind];
  clean = clean.replace(/\.[^.]*$/, '');
  if (!clean) clean = 'file';
  clean = [...clean].slice(0, 80).join('');
  return `${clean}.${ext}`;
}
