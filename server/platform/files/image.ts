// Images are re-encoded on the way in, so EXIF (and anything hidden after the image data) is
// gone; a field photo's time and GPS position are read first when its purpose needs them.
import exifReader from 'exif-reader';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../errors.js';

const JPEG_QUALITY = 86;

function dmsToDecimal(v: number[] | undefined, ref: string | undefined): number | null {
  if (!v || v.length < 3) return null;
  const dec = v[0]! + v[1]! / 60 + v[2]! / 3600;
  return ref === 'S' || ref === 'W' ? -dec : dec;
}

/** Re-encodes an image (EXIF, XMP and trailing bytes gone), reading its time and place first if asked. */
export async function sanitizeImage(
  data: Buffer,
  kind: 'jpeg' | 'png' | 'webp',
  keepLocation: boolean,
  limits: { maxPixels: number },
) {
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: limits.maxPixels, failOn: 'error' }).metadata();
  } catch (err) {
    if (/pixel limit/i.test(String((err as Error).message))) throw new AppError(422, 'IMAGE_TOO_LARGE');
    throw new AppError(422, 'FILE_DAMAGED');
  }
  if (!meta.width || !meta.height) throw new AppError(422, 'FILE_DAMAGED');
  if (meta.width * meta.height > limits.maxPixels) throw new AppError(422, 'IMAGE_TOO_LARGE');
  let takenAt: string | null = null;
  let gps: string | null = null;
  if (keepLocation && meta.exif) {
    try {
      const exif = exifReader(meta.exif);
      const when = exif.Photo?.DateTimeOriginal ?? exif.Image?.DateTime;
      // EXIF time is the camera's wall clock with no zone; exif-reader builds a Date as if it
      // were UTC. Kept as that wall clock, zoneless (2026-05-10T09:00:00): read as UTC it would
      // show 8 hours off in China, and the evidence check compares the day the phone showed.
      if (when instanceof Date && !Number.isNaN(when.getTime())) takenAt = when.toISOString().slice(0, 19);
      const lat = dmsToDecimal(
        exif.GPSInfo?.GPSLatitude as number[] | undefined,
        exif.GPSInfo?.GPSLatitudeRef as string | undefined,
      );
      const lon = dmsToDecimal(
        exif.GPSInfo?.GPSLongitude as number[] | undefined,
        exif.GPSInfo?.GPSLongitudeRef as string | undefined,
      );
      if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
        gps = `${lat.toFixed(6)},${lon.toFixed(6)}`;
    } catch {
      // Unreadable EXIF: the photo is still fine, it just carries no time or place.
    }
  }
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped; sharp
    // writes no metadata unless asked, so EXIF, XMP and trailing bytes are all gone.
    const pipeline = sharp(data, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate();
    const { data: out, info } = await (
      kind === 'png'
        ? pipeline.png({ compressionLevel: 8 })
        : kind === 'webp'
          ? pipeline.webp({ quality: JPEG_QUALITY })
          : // libjpeg-turbo, not mozjpeg: a 12-megapixel phone photo re-encodes in 0.23 s of CPU
            // against 1.9 s (a 5 MB photo, bench/README "Supervision at scale"), for 1.4 times the bytes.
            pipeline.jpeg({ quality: JPEG_QUALITY, mozjpeg: false })
    ).toBuffer({ resolveWithObject: true });
    return { data: out, width: info.width, height: info.height, takenAt, gps };
  } catch {
    throw new AppError(422, 'FILE_DAMAGED');
  }
}

// A print-size copy (the album's: ~1200 px wide, two to a row on A4, JPEG quality 80), made once at
// upload from the cleaned image so an album of 900 photos copies bytes instead of decoding
// 12-megapixel JPEGs (bench/README.md, "Supervision: the album").
export const PRINT_COPY = { widthPx: 1200, quality: 80 } as const;

/** The print-size JPEG of an already cleaned image (no metadata, upright); never enlarged. */
export async function printCopyOf(clean: Buffer, limits: { maxPixels: number }) {
  const { data, info } = await sharp(clean, { limitInputPixels: limits.maxPixels, failOn: 'error' })
    .resize({ width: PRINT_COPY.widthPx, withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: PRINT_COPY.quality, mozjpeg: false })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
