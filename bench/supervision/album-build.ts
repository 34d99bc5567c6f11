// The album build of issue 16 item 5: 300 objects × 3 phone photos (4032x3024 JPEGs of ~3 MB,
// drawn by server/modules/supervision/photos) into one .docx, target ≤ 60 s with bounded memory.
//
//   node --import tsx bench/supervision/album-build.ts [--objects 300] [--photos 3] [--distinct 30] [--dir /tmp/album-bench] [--modes scale,copies]
//
// Modes, each built in its own child process one after the other: `scale` hands the album the
// stored photos to decode and scale (a photo without a print copy); `copies` hands it the
// print-size copies that platform/files makes at upload (made here with the same function, not
// timed, as the upload makes them), which the album copies byte for byte.
//
// The photos are drawn into --dir first (not timed, reused when present). Drawing 900 phone-size
// photos takes half an hour on two cores, so --distinct photos are drawn and each is copied to
// the files it stands for: every one of the objects × photos files is still read, decoded and
// scaled on its own. The build runs in a child process so its peak RSS is the build's alone,
// not the drawing's. It prints wall time, CPU time, peak RSS and the album's size.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeAlbumDocx, type AlbumObject, type PhotoSource } from '../../server/modules/supervision/album/index.js';
import { printCopyOf } from '../../server/platform/files/image.js';
import { drawFieldPhoto, FIELD_SCENES } from '../../server/modules/supervision/index.js';

const { values: args } = parseArgs({
  options: {
    objects: { type: 'string', default: '300' },
    photos: { type: 'string', default: '3' },
    distinct: { type: 'string', default: '30' },
    dir: { type: 'string', default: '/tmp/album-bench' },
    modes: { type: 'string', default: 'scale,copies' },
    prepare: { type: 'boolean', default: false }, // internal: the child process that draws and copies
    build: { type: 'string' }, // internal: the child process that builds, in this mode
  },
});
const OBJECTS = Number(args.objects);
const PHOTOS = Number(args.photos);
const DISTINCT = Number(args.distinct);
const DIR = args.dir!;
const photoPath = (o: number, k: number) => join(DIR, `o${o}-${k}.jpg`);
const copyPath = (o: number, k: number) => join(DIR, `o${o}-${k}.print.jpg`);

const DISTRICTS = ['东城区', '西城区', '南湖区', '北山区', '高新区', '滨江区'];
const REVIEW =
  '园内环境整洁，绿化养护总体到位，主园路平整，游客对公厕保洁评价较好。\n\n' +
  '存在问题：部分健身器材锈蚀，两处标识牌信息陈旧，夜间照明不足，无障碍坡道坡度偏大。' +
  '建议管理部门限期整改，并在下次评价前书面反馈整改情况。';

async function drawPhotos() {
  mkdirSync(DIR, { recursive: true });
  const t = Date.now();
  let drawn = 0;
  for (let d = 0; d < DISTINCT; d++) {
    const file = join(DIR, `distinct-${d}.jpg`);
    if (existsSync(file)) continue;
    const photo = await drawFieldPhoto({
      scene: FIELD_SCENES[d % FIELD_SCENES.length]!,
      seed: d + 1,
      width: 4032,
      height: 3024,
      takenAt: new Date(Date.UTC(2026, 4, 1 + (d % 28), 1 + (d % 9))),
      lat: 30.5 + d * 0.001,
      lon: 114.3 + d * 0.001,
    });
    writeFileSync(file, photo);
    drawn++;
  }
  // The print copy of each, as the upload makes it from the cleaned photo (platform/files).
  const copies: { width: number; height: number }[] = [];
  for (let d = 0; d < DISTINCT; d++) {
    const file = join(DIR, `distinct-${d}.print.jpg`);
    const copy = await printCopyOf(readFileSync(join(DIR, `distinct-${d}.jpg`)), { maxPixels: 50_000_000 });
    writeFileSync(file, copy.data);
    copies.push({ width: copy.width, height: copy.height });
  }
  writeFileSync(join(DIR, 'print-sizes.json'), JSON.stringify(copies));
  let bytes = 0;
  for (let o = 0; o < OBJECTS; o++)
    for (let k = 0; k < PHOTOS; k++) {
      const src = join(DIR, `distinct-${(o * PHOTOS + k) % DISTINCT}.jpg`);
      if (!existsSync(photoPath(o, k))) copyFileSync(src, photoPath(o, k));
      copyFileSync(src.replace(/\.jpg$/, '.print.jpg'), copyPath(o, k));
      bytes += statSync(photoPath(o, k)).size;
    }
  console.log(
    `photos: ${DISTINCT} distinct 4032x3024 (${drawn} drawn now, ${((Date.now() - t) / 1000).toFixed(1)} s), ` +
      `${OBJECTS * PHOTOS} files, mean ${(bytes / (OBJECTS * PHOTOS) / 1e6).toFixed(2)} MB`,
  );
}

async function build(mode: string) {
  const rssBefore = process.memoryUsage().rss;
  const sizes = JSON.parse(readFileSync(join(DIR, 'print-sizes.json'), 'utf8')) as { width: number; height: number }[];
  const source = (o: number, k: number): PhotoSource => {
    const original = async () => createReadStream(photoPath(o, k));
    if (mode === 'scale') return original;
    const size = sizes[(o * PHOTOS + k) % DISTINCT]!;
    return { printCopy: async () => createReadStream(copyPath(o, k)), ...size, original };
  };
  async function* objects(): AsyncGenerator<AlbumObject> {
    for (let o = 0; o < OBJECTS; o++)
      yield {
        name: `第${o + 1}号公园`,
        address: `${DISTRICTS[o % DISTRICTS.length]}示范大道 ${o + 1} 号`,
        district: DISTRICTS[o % DISTRICTS.length]!,
        category: o % 5 ? '社区公园' : '综合公园',
        rank: o + 1,
        score: 95 - (o * 30) / OBJECTS,
        spread: 3 + (o % 7),
        criteria: [
          { name: '环境卫生', weight: 25, mean: 85 },
          { name: '设施维护', weight: 25, mean: 80 },
          { name: '便民服务', weight: 20, mean: 82 },
          { name: '安全管理', weight: 15, mean: 88 },
          { name: '文化特色', weight: 15, mean: 78 },
        ],
        review: REVIEW,
        // As the file store hands them over: a stream per photo, opened when the album asks.
        photos: Array.from({ length: PHOTOS }, (_, k) => source(o, k)),
      };
  }
  const out = join(DIR, 'album.docx');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let lastLog = 0;
  const result = await writeAlbumDocx(
    {
      orgName: '示范市政协',
      title: '政协委员眼中的公园',
      period: { from: '2026年4月1日', to: '2026年6月30日' },
      summary: {
        text: '委员分组走访了全市公园。',
        objects: OBJECTS,
        visits: OBJECTS * 3,
        photos: OBJECTS * PHOTOS,
        members: 120,
      },
      ranking: Array.from({ length: OBJECTS }, (_, o) => ({
        rank: o + 1,
        name: `第${o + 1}号公园`,
        district: DISTRICTS[o % DISTRICTS.length]!,
        score: 95 - (o * 30) / OBJECTS,
        spread: 3 + (o % 7),
      })),
      objects: objects(),
      onProgress: (done, total) => {
        if (performance.now() - lastLog > 10_000 || done === total) {
          lastLog = performance.now();
          const m = process.memoryUsage();
          const mb = (v: number) => Math.round(v / 1048576);
          console.log(
            `  ${done}/${total} objects, ${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
              `rss ${mb(m.rss)} MB (heap ${mb(m.heapUsed)}, buffers ${mb(m.arrayBuffers)})`,
          );
        }
      },
    },
    createWriteStream(out),
  );
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      mode,
      objects: result.objects,
      photos: result.photos,
      unreadablePhotos: result.unreadablePhotos,
      wallS: Number(wall.toFixed(1)),
      cpuS: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
      rssBeforeMB: Math.round(rssBefore / 1048576),
      peakRssMB: Math.round(peakMb),
      docxMB: Number((result.bytes / 1e6).toFixed(1)),
      loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
    }),
  );
}

// Each step in a child process of its own: Linux carries a parent's peak RSS over into a child it
// spawns, so a parent that had decoded photos would report its own peak as the build's.
if (args.prepare) await drawPhotos();
else if (args.build) await build(args.build);
else {
  const self = fileURLToPath(import.meta.url);
  const prep = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      self,
      '--objects',
      args.objects!,
      '--photos',
      args.photos!,
      '--distinct',
      args.distinct!,
      '--dir',
      DIR,
      '--prepare',
    ],
    { stdio: 'inherit' },
  );
  if (prep.status !== 0) process.exit(prep.status ?? 1);
  for (const mode of args.modes!.split(',')) {
    console.log(`${mode}: loadavg before the build: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    const passOn = [
      '--objects',
      args.objects!,
      '--photos',
      args.photos!,
      '--distinct',
      args.distinct!,
      '--dir',
      DIR,
      '--build',
      mode,
    ];
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, ...passOn], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}
