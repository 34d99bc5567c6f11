// A chosen photo brought to print size: at most ~1200 px wide (8 cm at 380 dpi, two to a row on
// A4) as a JPEG at quality 80. A stored phone photo is 2–5 MB; the printed copy is a tenth of it,
// and only one is held at a time.
import type { Readable } from 'node:stream';
import sharp from 'sharp';

export const PRINT_WIDTH_PX = 1200;
export const PRINT_QUALITY = 80;
// A photo larger than this is refused rather than decoded (uploads are already limited to less).
const MAX_INPUT_PIXELS = 50_000_000;

type Load = () => Promise<Buffer | Readable>;
/**
 * A photo as the album gets it: the original to scale, or a print-size copy made at upload
 * (platform/files) whose bytes go in as they are, with the original to scale if the copy is gone.
 */
export type PhotoSource = Load | { printCopy: Load; width: number; height: number; original: Load };
export type PrintPhoto = { data: Buffer; width: number; height: number };

async function readAll(source: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(source)) return source;
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Loads one photo at print size; null when it cannot be read (the page says so). */
export async function printPhoto(source: PhotoSource): Promise<PrintPhoto | null> {
  if (typeof source === 'function') return scaled(source);
  try {
    const data = await readAll(await source.printCopy());
    if (data.length) return { data, width: source.width, height: source.height };
  } catch {
    // The copy is missing or unreadable: the original still makes the page.
  }
  return scaled(source.original);
}

async function scaled(load: Load): Promise<PrintPhoto | null> {
  try {
    const input = await readAll(await load());
    // rotate() applies an EXIF orientation if the copy still has one; withoutEnlargement keeps
    // a small photo small instead of blowing it up. JPEG shrink-on-load makes decoding a
    // 12-megapixel photo for a 1200 px copy cost about a quarter of a full decode.
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: PRINT_WIDTH_PX, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: PRINT_QUALITY, mozjpeg: false })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}
