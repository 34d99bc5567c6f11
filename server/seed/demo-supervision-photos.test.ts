// The demo's visit photos carry a time inside the campaign period, in daylight, and a position
// near the object, as the upload path reads them.
import { describe, expect, it } from 'vitest';
import { sanitizeImage } from '../platform/files/image.js';
import { demoVisitPhotos, sceneOfCategory } from './demo-supervision-photos.js';

describe('demo visit photos', () => {
  it('pick the scene from the category', () => {
    expect(sceneOfCategory('综合公园')).toBe('park');
    expect(sceneOfCategory('政务服务窗口')).toBe('hall');
    expect(sceneOfCategory('重点建设项目')).toBe('site');
    expect(sceneOfCategory('背街小巷')).toBe('street');
    expect(sceneOfCategory('其他')).toBe('park');
  });

  it('are taken within the period in daylight, near the object, and read back so', async () => {
    const from = Date.parse('2026-04-01T00:00:00+08:00');
    const to = Date.parse('2026-06-30T23:59:59+08:00');
    const photos = await demoVisitPhotos({
      category: '社区公园',
      lat: 30.5928,
      lon: 114.3055,
      from,
      to,
      count: 3,
      seed: 11,
    });
    expect(photos).toHaveLength(3);
    for (const p of photos) {
      const clean = await sanitizeImage(p.data, 'jpeg', true, { maxPixels: 40_000_000 });
      // The camera's wall clock, China's, without a zone.
      expect(clean.takenAt).toBe(new Date(p.takenAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 19));
      const t = p.takenAt.getTime();
      expect(t).toBeGreaterThanOrEqual(from);
      expect(t).toBeLessThanOrEqual(to);
      const chinaHour = new Date(t + 8 * 3_600_000).getUTCHours();
      expect(chinaHour).toBeGreaterThanOrEqual(8);
      expect(chinaHour).toBeLessThanOrEqual(18);
      const [lat, lon] = clean.gps!.split(',').map(Number);
      expect(Math.abs(lat! - 30.5928)).toBeLessThan(0.0005);
      expect(Math.abs(lon! - 114.3055)).toBeLessThan(0.0005);
      expect([clean.width, clean.height]).toEqual([1024, 768]);
      expect(p.data.length).toBeLessThan(400_000);
    }
    // Same day, in order, minutes apart: one visit.
    const days = new Set(photos.map((p) => new Date(p.takenAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)));
    expect(days.size).toBe(1);
    expect(photos[1]!.takenAt > photos[0]!.takenAt).toBe(true);
  });
});
