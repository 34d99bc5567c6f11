// Photos for the demo campaign's visits (issue 16 item 9): drawn, not downloaded, with the EXIF
// a member's phone would write — taken in daylight within the campaign period, a few dozen
// metres from the object — so the demo's evidence checks have something true to find.
// 1024x768 with light grain keeps a photo at ~0.2 s and ~150 KB, so seeding stays quick.
import { drawFieldPhoto, type FieldScene } from '../modules/supervision/index.js';
import { prng } from './prng.js';

export type DemoPhotoRequest = {
  /** The evaluated object's category, which picks the scene (park, service hall, site, street). */
  category: string;
  /** Near where the object is. */
  lat: number;
  lon: number;
  /** The campaign period, ms; photos fall on its days between 08:00 and 18:00 China time. */
  from: number;
  to: number;
  count: number;
  seed: number;
  /** Smaller photos seed faster (default 1024x768). */
  width?: number;
  height?: number;
};

export type DemoPhoto = { data: Buffer; takenAt: Date; lat: number; lon: number; scene: FieldScene };

const SCENE_BY_WORD: Array<[RegExp, FieldScene]> = [
  [/公园|绿地|广场|园林|景区/, 'park'],
  [/大厅|窗口|服务中心|办事|部门|单位/, 'hall'],
  [/工地|项目|工程|建设|改造/, 'site'],
  [/街|路|道|社区|市场|交通/, 'street'],
];

export function sceneOfCategory(category: string): FieldScene {
  return SCENE_BY_WORD.find(([word]) => word.test(category))?.[1] ?? 'park';
}

const HOUR = 3_600_000;
const CHINA_OFFSET = 8 * HOUR;
// About 30 m in latitude; phones put the position a little off the object's registered point.
const JITTER_DEG = 0.0003;

export async function demoVisitPhotos(req: DemoPhotoRequest): Promise<DemoPhoto[]> {
  if (!(req.to > req.from)) throw new Error('demoVisitPhotos: the period ends before it starts');
  const rnd = prng(req.seed);
  const scene = sceneOfCategory(req.category);
  const days = Math.max(1, Math.floor((req.to - req.from) / (24 * HOUR)));
  // One visit: the same day for all its photos, minutes apart.
  const dayStartChina = Math.floor((req.from + CHINA_OFFSET) / (24 * HOUR)) * 24 * HOUR - CHINA_OFFSET;
  let at = Math.max(
    req.from,
    dayStartChina + rnd.int(0, days - 1) * 24 * HOUR + rnd.int(8, 16) * HOUR + rnd.int(0, 59) * 60_000,
  );
  const photos: DemoPhoto[] = [];
  for (let i = 0; i < req.count; i++) {
    at = Math.min(req.to, at + rnd.int(1, 6) * 60_000 + rnd.int(0, 59) * 1000);
    const takenAt = new Date(Math.floor(at / 1000) * 1000);
    const lat = req.lat + (rnd.next() - 0.5) * 2 * JITTER_DEG;
    const lon = req.lon + (rnd.next() - 0.5) * 2 * JITTER_DEG;
    const data = await drawFieldPhoto({
      scene,
      seed: req.seed * 31 + i,
      width: req.width ?? 1024,
      height: req.height ?? 768,
      quality: 85,
      grain: 8,
      // A phone's camera writes its own wall clock, China's: this Date's UTC fields are that clock.
      takenAt: new Date(takenAt.getTime() + CHINA_OFFSET),
      lat,
      lon,
    });
    photos.push({ data, takenAt, lat, lon, scene });
  }
  return photos;
}
