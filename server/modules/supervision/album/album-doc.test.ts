// The album as Word: a small album opened back as a ZIP holds the objects, reviews and ranking
// in document.xml and the chosen photos as print-size JPEGs; an unreadable photo is noted on
// its page instead of failing the build.
import { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawFieldPhoto } from '../photos/field-photo.js';
import { type AlbumInput, type AlbumObject, writeAlbumDocx } from './index.js';

async function build(
  input: AlbumInput,
): Promise<{ zip: JSZip; bytes: Buffer; result: Awaited<ReturnType<typeof writeAlbumDocx>> }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await writeAlbumDocx(input, out);
  const bytes = Buffer.concat(chunks);
  return { zip: await JSZip.loadAsync(bytes), bytes, result };
}

const OBJECTS = [
  { name: '滨河生态公园', district: '东城区', review: '绿化养护到位，健身器材有两处锈蚀需更换。' },
  {
    name: '人民公园 <北门> & 广场',
    district: '西城区',
    review: '入口无障碍坡道坡度过陡。\n\n夜间照明不足，建议增设路灯。',
  },
  { name: '青年湖公园', district: '南湖区', review: '公厕保洁良好，标识牌信息陈旧。' },
];

describe('the album as Word', () => {
  let photos: Buffer[];
  beforeAll(async () => {
    photos = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        drawFieldPhoto({ scene: i % 2 ? 'park' : 'street', seed: i + 1, width: 1600, height: 1200, grain: 6 }),
      ),
    );
  });

  function input(progress: Array<[number, number]>): AlbumInput {
    async function* objects(): AsyncGenerator<AlbumObject> {
      for (const [i, o] of OBJECTS.entries())
        yield {
          ...o,
          address: `${o.district}示范路 ${i + 1} 号`,
          category: '综合公园',
          rank: i + 1,
          score: 90 - i * 4.25,
          spread: 3.5 + i,
          criteria: [
            { name: '环境卫生', weight: 30, mean: 88.5 },
            { name: '设施维护', weight: 40, mean: 81 },
            { name: '便民服务', weight: 30, mean: 79.5 },
          ],
          // One photo handed over as a stream, as the file store gives it.
          photos: [async () => photos[i * 2]!, async () => Readable.from([photos[i * 2 + 1]!])],
        };
    }
    return {
      orgName: '示范市政协',
      title: '政协委员眼中的公园',
      period: { from: '2026年4月1日', to: '2026年6月30日' },
      summary: { text: '委员分组走访了全市公园。\n\n总体满意度较高。', objects: 3, visits: 9, photos: 6, members: 5 },
      ranking: OBJECTS.map((o, i) => ({
        rank: i + 1,
        name: o.name,
        district: o.district,
        score: 90 - i * 4.25,
        spread: 3.5 + i,
      })),
      objects: objects(),
      onProgress: (done, total) => void progress.push([done, total]),
    };
  }

  it('holds the cover, ranking, each object with its review, and print-size photos', async () => {
    const progress: Array<[number, number]> = [];
    const { zip, result, bytes } = await build(input(progress));
    expect(result).toEqual({ objects: 3, photos: 6, unreadablePhotos: 0, bytes: bytes.length });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('政协委员眼中的公园');
    expect(doc).toContain('示范市政协');
    expect(doc).toContain('人民公园 &lt;北门&gt; &amp; 广场');
    for (const o of OBJECTS) expect(doc).toContain(o.district);
    expect(doc).toContain('绿化养护到位，健身器材有两处锈蚀需更换。');
    expect(doc).toContain('夜间照明不足，建议增设路灯。');
    // Ranking rows, scores with one decimal, weights as shares of their sum.
    expect(doc).toContain('85.8');
    expect(doc).toContain('±5.5');
    expect(doc).toContain('40.0%');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.sort()).toEqual([1, 2, 3, 4, 5, 6].map((i) => `word/media/p${i}.jpeg`).sort());
    for (const name of media) {
      const meta = await sharp(await zip.file(name)!.async('nodebuffer')).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 900]);
    }
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    for (let i = 1; i <= 6; i++) {
      expect(rels).toContain(`Id="rIdP${i}"`);
      expect(doc).toContain(`r:embed="rIdP${i}"`);
    }
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('image/jpeg');
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });

  it('notes an unreadable or failing photo on its page and goes on', async () => {
    async function* objects(): AsyncGenerator<AlbumObject> {
      yield {
        name: '东湖公园',
        address: '东湖路 1 号',
        district: '东城区',
        category: '综合公园',
        rank: 1,
        score: 80,
        spread: 2,
        criteria: [],
        review: '',
        photos: [
          async () => Buffer.from('not a jpeg'),
          async () => Promise.reject(new Error('gone')),
          async () => photos[0]!,
        ],
      };
    }
    const base = input([]);
    const { zip, result } = await build({
      ...base,
      summary: { ...base.summary, objects: 1 },
      ranking: base.ranking.slice(0, 1),
      objects: objects(),
    });
    expect(result.photos).toBe(1);
    expect(result.unreadablePhotos).toBe(2);
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('另有 2 张照片无法读取');
    expect(doc).toContain('尚无评价意见');
  });
  it('puts a print copy in as it is, and scales the original when the copy is gone', async () => {
    // A copy the album must not re-encode: its exact bytes come back out of the package.
    const copy = await sharp(photos[0]!).resize({ width: 640 }).jpeg({ quality: 70 }).toBuffer();
    async function* objects(): AsyncGenerator<AlbumObject> {
      yield {
        name: '东湖公园',
        address: '东湖路 1 号',
        district: '东城区',
        category: '综合公园',
        rank: 1,
        score: 80,
        spread: 2,
        criteria: [],
        review: '整洁。',
        photos: [
          { printCopy: async () => copy, width: 640, height: 480, original: async () => photos[1]! },
          {
            printCopy: async () => Promise.reject(new Error('copy gone')),
            width: 640,
            height: 480,
            original: async () => photos[1]!,
          },
        ],
      };
    }
    const base = input([]);
    const { zip, result } = await build({
      ...base,
      summary: { ...base.summary, objects: 1 },
      ranking: base.ranking.slice(0, 1),
      objects: objects(),
    });
    expect([result.photos, result.unreadablePhotos]).toEqual([2, 0]);
    expect((await zip.file('word/media/p1.jpeg')!.async('nodebuffer')).equals(copy)).toBe(true);
    const fallback = await sharp(await zip.file('word/media/p2.jpeg')!.async('nodebuffer')).metadata();
    expect([fallback.width, fallback.height]).toEqual([1200, 900]);
  });
});

describe('the album when something fails', () => {
  const base = {
    orgName: '示范市政协',
    title: '图册',
    period: { from: '2026年4月1日', to: '2026年6月30日' },
    summary: { text: '', objects: 2, visits: 0, photos: 0, members: 0 },
    ranking: [],
  };
  const object: AlbumObject = {
    name: '东湖公园',
    address: '东湖路 1 号',
    district: '东城区',
    category: '综合公园',
    rank: 1,
    score: 80,
    spread: 2,
    criteria: [],
    review: '整洁。',
    photos: [],
  };

  it('rejects and destroys the destination when the objects cannot be read to the end', async () => {
    async function* objects(): AsyncGenerator<AlbumObject> {
      yield object;
      throw new Error('database gone');
    }
    const out = new PassThrough();
    out.resume();
    await expect(writeAlbumDocx({ ...base, objects: objects() }, out)).rejects.toThrow('database gone');
    expect(out.destroyed).toBe(true);
  });

  it('rejects, not waits forever, when the destination fails mid-way', async () => {
    // A destination that never drains and then fails, as a broken disk or a dropped download.
    const out = new PassThrough({ highWaterMark: 16 });
    setTimeout(() => out.destroy(new Error('disk full')), 50);
    await expect(writeAlbumDocx({ ...base, objects: [object, object] }, out)).rejects.toThrow(
      /disk full|ALBUM_OUTPUT_CLOSED/,
    );
  });
});
