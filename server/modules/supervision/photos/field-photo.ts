// Field photos drawn for the project (issue 16, items 3 and 9): the demo campaign, the tests of
// EXIF checks and the upload bench need real-looking phone JPEGs that carry a time and a GPS
// position, and none may be downloaded. A scene is drawn as SVG, rendered by sharp, given a
// film-grain texture (flat vector colours would compress to a tenth of a phone photo's size,
// so an upload bench would measure the wrong thing) and written as JPEG with EXIF tags.
// The same options and seed always give the same bytes.
import sharp, { type Exif } from 'sharp';
import { H, type Rand, seeded, W } from './draw-kit.js';
import { parkScene } from './scene-park.js';
import { hallScene } from './scene-hall.js';
import { siteScene, streetScene } from './scene-street.js';

export type FieldScene = 'park' | 'hall' | 'site' | 'street';
export const FIELD_SCENES: readonly FieldScene[] = ['park', 'hall', 'site', 'street'];

const SCENES: Record<FieldScene, (r: Rand) => string> = {
  park: parkScene,
  hall: hallScene,
  site: siteScene,
  street: streetScene,
};

export interface FieldPhotoOptions {
  scene?: FieldScene;
  seed?: number;
  /** Pixels; a phone's main camera is 4032x3024, the default is a light 1600x1200. */
  width?: number;
  height?: number;
  /** JPEG quality, phones use about 92. */
  quality?: number;
  /** Strength of the sensor-noise texture, 0 (flat vector art) to ~40; default 14. */
  grain?: number;
  /** Written as EXIF DateTimeOriginal: this Date's UTC fields are the camera's wall clock. */
  takenAt?: Date;
  /** Written as EXIF GPS latitude/longitude with their N/S and E/W refs when both are given. */
  lat?: number;
  lon?: number;
  make?: string;
  model?: string;
}

/** The scene's SVG at the given pixel size (drawn on a 1600x1200 canvas, then scaled). */
export function fieldPhotoSvg(scene: FieldScene, seed: number, width: number, height: number): string {
  const body = SCENES[scene](seeded(seed * 7919 + FIELD_SCENES.indexOf(scene)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${body}</svg>`;
}

const MAX_DRAW_WIDTH = 2016;
const GRAIN_TILE = 509; // a prime, so the tile's repeats do not line up with JPEG's 8x8 blocks

/** Grey noise centred on 128: under an 'overlay' blend it darkens and lightens around the picture. */
function grainTile(seed: number, strength: number, side: number): Buffer {
  const r = seeded(seed ^ 0x5bd1e995);
  const px = Buffer.alloc(side * side * 3);
  for (let i = 0; i < side * side; i++) {
    // Sum of three uniforms: roughly Gaussian, cheap; a little colour noise as sensors have.
    const luma = (r.next() + r.next() + r.next() - 1.5) * strength * 1.4;
    for (let c = 0; c < 3; c++) {
      const v = 128 + luma + (r.next() - 0.5) * strength * 0.5;
      px[i * 3 + c] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return px;
}

function twoDigits(v: number) {
  return String(v).padStart(2, '0');
}

function exifDateTime(d: Date): string {
  return `${d.getUTCFullYear()}:${twoDigits(d.getUTCMonth() + 1)}:${twoDigits(d.getUTCDate())} ${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}:${twoDigits(d.getUTCSeconds())}`;
}

/** Degrees as EXIF's three rationals "deg/1 min/1 sec*1000/1000" (libvips parses this form). */
function exifDms(value: number): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minutesFull = (abs - deg) * 60;
  const min = Math.floor(minutesFull);
  const milliSec = Math.round((minutesFull - min) * 60 * 1000);
  return `${deg}/1 ${min}/1 ${milliSec}/1000`;
}

/** EXIF as sharp's withExif takes it: IFD0 the camera, IFD2 the Exif sub-IFD, IFD3 GPS. */
export function fieldPhotoExif(opts: Pick<FieldPhotoOptions, 'takenAt' | 'lat' | 'lon' | 'make' | 'model'>) {
  const ifd0: Record<string, string> = {
    Make: opts.make ?? 'Lvzhi',
    Model: opts.model ?? 'FieldCam 1',
    Software: 'lvzhi field-photo',
  };
  const exif: Exif = { IFD0: ifd0 };
  if (opts.takenAt) {
    const when = exifDateTime(opts.takenAt);
    ifd0.DateTime = when;
    exif.IFD2 = { DateTimeOriginal: when, DateTimeDigitized: when };
  }
  if (opts.lat !== undefined && opts.lon !== undefined) {
    exif.IFD3 = {
      GPSLatitudeRef: opts.lat < 0 ? 'S' : 'N',
      GPSLatitude: exifDms(opts.lat),
      GPSLongitudeRef: opts.lon < 0 ? 'W' : 'E',
      GPSLongitude: exifDms(opts.lon),
    };
  }
  return exif;
}

/** Draws a field photo and returns its JPEG bytes, EXIF included. */
export async function drawFieldPhoto(opts: FieldPhotoOptions = {}): Promise<Buffer> {
  const width = opts.width ?? 1600;
  const height = opts.height ?? 1200;
  const seed = opts.seed ?? 1;
  const grain = opts.grain ?? 14;
  for (const [name, v] of [
    ['width', width],
    ['height', height],
  ] as const)
    if (!Number.isInteger(v) || v < 16 || v > 8192) throw new RangeError(`drawFieldPhoto: ${name} must be 16–8192 px`);
  // librsvg takes ~10 s for a 12-megapixel canvas; drawing at most 2016 px wide and enlarging
  // costs a tenth of that, and the soft edges it leaves look more like a lens than vector art.
  const drawScale = Math.min(1, MAX_DRAW_WIDTH / width);
  const drawW = Math.round(width * drawScale);
  const drawH = Math.round(height * drawScale);
  const svg = fieldPhotoSvg(opts.scene ?? 'park', seed, drawW, drawH);
  let pipeline = sharp(Buffer.from(svg), { limitInputPixels: false });
  if (drawScale < 1) {
    const drawn = await pipeline.raw().toBuffer({ resolveWithObject: true });
    pipeline = sharp(drawn.data, { raw: drawn.info }).resize(width, height);
  }
  // sharp refuses a composite tile larger than the picture.
  const side = Math.min(GRAIN_TILE, width, height);
  if (grain > 0)
    pipeline = pipeline.composite([
      {
        input: grainTile(seed, grain, side),
        raw: { width: side, height: side, channels: 3 },
        tile: true,
        blend: 'overlay',
      },
    ]);
  return pipeline
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: opts.quality ?? 92, chromaSubsampling: '4:2:0' })
    .withExif(fieldPhotoExif(opts))
    .toBuffer();
}

/** A small photo for tests: a park at the given time and place (640x480 unless told). */
export function fieldPhotoFixture(o: {
  takenAt?: Date;
  lat?: number;
  lon?: number;
  width?: number;
  height?: number;
  seed?: number;
  scene?: FieldScene;
}) {
  return drawFieldPhoto({ width: 640, height: 480, grain: 8, quality: 85, ...o });
}
