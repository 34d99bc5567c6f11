// The drawn field photos carry the EXIF a phone writes, and the platform's own upload path
// (platform/files/image.ts) reads their time and place, then stores a copy without EXIF.
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sanitizeImage } from '../../../platform/files/image.js';
import { drawFieldPhoto, FIELD_SCENES, fieldPhotoFixture } from './field-photo.js';

const LIMITS = { maxPixels: 40_000_000 };

describe('field photos drawn for the project', () => {
  it('carries time and GPS that the upload path reads, and the stored copy has no EXIF', async () => {
    const takenAt = new Date('2026-05-12T02:31:45Z');
    const photo = await fieldPhotoFixture({ takenAt, lat: 31.230416, lon: 121.473701 });
    const clean = await sanitizeImage(photo, 'jpeg', true, LIMITS);
    // Read back as the wall clock written (the Date's UTC fields), without a zone.
    expect(clean.takenAt).toBe(takenAt.toISOString().slice(0, 19));
    expect(clean.gps).toBe('31.230416,121.473701');
    expect([clean.width, clean.height]).toEqual([640, 480]);
    const stored = await sharp(clean.data).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.format).toBe('jpeg');
  });

  it('writes S and W refs for southern and western positions, and the camera', async () => {
    const photo = await fieldPhotoFixture({
      takenAt: new Date('2026-01-02T03:04:05Z'),
      lat: -33.8688,
      lon: -70.6693,
      width: 320,
      height: 240,
    });
    const clean = await sanitizeImage(photo, 'jpeg', true, LIMITS);
    expect(clean.gps).toBe('-33.868800,-70.669300');
    const exif = exifReader((await sharp(photo).metadata()).exif!);
    expect(exif.GPSInfo?.GPSLatitudeRef).toBe('S');
    expect(exif.GPSInfo?.GPSLongitudeRef).toBe('W');
    expect(exif.Image?.Make).toBe('Lvzhi');
    expect(exif.Image?.Model).toBe('FieldCam 1');
  });

  it('writes no time or place when none is given, so the upload path finds none', async () => {
    const photo = await fieldPhotoFixture({ width: 320, height: 240 });
    const clean = await sanitizeImage(photo, 'jpeg', true, LIMITS);
    expect(clean.takenAt).toBeNull();
    expect(clean.gps).toBeNull();
  });

  it('is deterministic for a seed and differs between seeds and scenes', async () => {
    const a = await fieldPhotoFixture({ seed: 7, width: 320, height: 240 });
    const b = await fieldPhotoFixture({ seed: 7, width: 320, height: 240 });
    const c = await fieldPhotoFixture({ seed: 8, width: 320, height: 240 });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
    const scenes = await Promise.all(
      FIELD_SCENES.map((scene) => fieldPhotoFixture({ scene, width: 320, height: 240 })),
    );
    expect(new Set(scenes.map((s) => s.toString('base64'))).size).toBe(FIELD_SCENES.length);
  });

  it('draws a phone-sized 4032x3024 photo of phone-like weight (the upload bench uses ~5 MB ones)', async () => {
    const photo = await drawFieldPhoto({ scene: 'park', seed: 3, width: 4032, height: 3024, grain: 24 });
    const meta = await sharp(photo).metadata();
    expect([meta.width, meta.height]).toEqual([4032, 3024]);
    // Measured 5.1 MB at quality 92 and grain 24 (3.75 MB at the default grain 14).
    expect(photo.length).toBeGreaterThan(4_500_000);
    expect(photo.length).toBeLessThan(6_500_000);
  });
});
