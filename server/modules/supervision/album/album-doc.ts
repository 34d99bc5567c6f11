// The illustrated album (图册, issue 16 item 5) as a Word document: a cover, the summary and
// ranking, then one page per object with its scores, the office's review and its chosen photos.
// Memory stays bounded whatever the campaign's size: each photo is loaded, scaled to print size,
// written into the package and released before the next (two at a time); only the document's
// text waits for the end, because document.xml is one part and must follow its pictures'
// relationships. The docx package was measured holding every picture until it packs
// (bench/README.md, "Supervision: the album"), hence this writer.
import type { Writable } from 'node:stream';
import { type AlbumInput, type AlbumObject, type AlbumResult, MAX_PHOTOS_PER_OBJECT } from './album.model.js';
import { type PrintPhoto, printPhoto } from './album-photo.js';
import {
  CONTENT_TYPES,
  coreProps,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  documentRels,
  ROOT_RELS,
  STYLES,
  TEXT_WIDTH_CM,
} from './docx-package.js';
import { type Cell, para, picture, run, table, textPara } from './docx-xml.js';
import { createZipWriter } from './zip-writer.js';

// Two photos a row with a small gap; a portrait photo is narrowed so a row stays this high.
const PHOTO_GAP_CM = 0.5;
const PHOTO_BOX = { widthCm: (TEXT_WIDTH_CM - PHOTO_GAP_CM) / 2, heightCm: 6.4 };
// Photos scaled at once: both cores busy, and at most this many decoded photos in memory.
const PHOTO_CONCURRENCY = 2;

// Two ideographic spaces between fields of a line, as Chinese documents space them.
const GAP = '\u3000\u3000';
const fmt1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');

function coverAndSummary(input: AlbumInput): string {
  const s = input.summary;
  const figures = table(
    [4.3, 4.3, 4.3, 4.3],
    [{ text: '评价对象' }, { text: '实地走访（次）' }, { text: '照片（张）' }, { text: '参与委员（人）' }].map((c) => ({
      ...c,
      align: 'center' as const,
    })),
    [[s.objects, s.visits, s.photos, s.members].map((v) => ({ text: String(v), align: 'center' as const }))],
  );
  const ranking = table(
    [1.6, 7.4, 3.6, 2.4, 2.2],
    [{ text: '排名' }, { text: '名称' }, { text: '区县' }, { text: '得分' }, { text: '离散度' }],
    input.ranking.map((r): Cell[] => [
      { text: String(r.rank), align: 'center' },
      { text: r.name },
      { text: r.district },
      { text: fmt1(r.score), align: 'right' },
      { text: `±${fmt1(r.spread)}`, align: 'right' },
    ]),
  );
  return [
    textPara(input.title, { style: 'Title' }),
    textPara(input.orgName, { style: 'Subtitle' }),
    textPara(`评价期间：${input.period.from} 至 ${input.period.to}`, { style: 'Subtitle' }),
    textPara('概况', { style: 'Heading1' }),
    ...input.summary.text.split(/\n{2,}/).map((p) => textPara(p.trim())),
    figures,
    textPara('综合排名', { style: 'Heading2' }),
    textPara('得分为各项指标平均分按权重加权（满分 100 分）；离散度为委员评分的标准差，越大说明意见越分散。', {
      style: 'Meta',
    }),
    ranking,
  ].join('');
}

function objectPage(o: AlbumObject, photosXml: string, unreadable: number): string {
  // Weights are shown as shares of their sum, whether the campaign keeps them as points or fractions.
  const weightSum = o.criteria.reduce((a, c) => a + c.weight, 0);
  const criteria = table(
    [9.4, 3.6, 4.2],
    [{ text: '评价指标' }, { text: '权重', align: 'right' }, { text: '平均分', align: 'right' }],
    o.criteria.map((c): Cell[] => [
      { text: c.name },
      { text: weightSum > 0 ? `${fmt1((c.weight / weightSum) * 100)}%` : '—', align: 'right' },
      { text: fmt1(c.mean), align: 'right' },
    ]),
  );
  return [
    textPara(`${o.rank}．${o.name}`, { style: 'Heading1' }),
    para(run(`地址：${o.address}${GAP}区县：${o.district}${GAP}类别：${o.category}`), { style: 'Meta' }),
    para(
      run('综合得分 ') +
        run(fmt1(o.score), { bold: true, size: 14, colour: '1F4E79' }) +
        run(`${GAP}离散度 ±${fmt1(o.spread)}${GAP}排名 第 ${o.rank} 名`),
      { spaceAfter: 160 },
    ),
    o.criteria.length ? criteria : '',
    textPara('评价意见', { style: 'Heading2' }),
    ...(o.review.trim() ? o.review.trim().split(/\n{2,}/) : ['（尚无评价意见）']).map((p) => textPara(p)),
    photosXml || unreadable ? textPara('现场照片', { style: 'Heading2' }) : '',
    photosXml,
    unreadable ? textPara(`另有 ${unreadable} 张照片无法读取，未收入图册。`, { style: 'Meta' }) : '',
  ].join('');
}

async function scaleInOrder(sources: AlbumObject['photos']): Promise<Array<PrintPhoto | null>> {
  const out: Array<PrintPhoto | null> = [];
  for (let i = 0; i < sources.length; i += PHOTO_CONCURRENCY)
    out.push(...(await Promise.all(sources.slice(i, i + PHOTO_CONCURRENCY).map((load) => printPhoto(load)))));
  return out;
}

/**
 * Writes the album as .docx to `out` (a file or a response stream), which is ended at the end;
 * if the build fails (the objects' source throws, the destination fails) `out` is destroyed
 * (without an error event, which would crash a caller with no listener) and the promise rejects,
 * so a half-written file is not taken for an album.
 */
export async function writeAlbumDocx(input: AlbumInput, out: Writable): Promise<AlbumResult> {
  try {
    return await writeParts(input, out);
  } catch (err) {
    out.destroy();
    throw err;
  }
}

async function writeParts(input: AlbumInput, out: Writable): Promise<AlbumResult> {
  const zip = createZipWriter(out);
  // The fixed parts first, [Content_Types].xml leading as Office writes it (some readers expect it).
  await zip.add('[Content_Types].xml', Buffer.from(CONTENT_TYPES, 'utf8'), true);
  await zip.add('_rels/.rels', Buffer.from(ROOT_RELS, 'utf8'), true);
  await zip.add('word/styles.xml', Buffer.from(STYLES, 'utf8'), true);
  await zip.add('docProps/core.xml', Buffer.from(coreProps(input.title, input.orgName), 'utf8'), true);
  const body: string[] = [DOCUMENT_OPEN, coverAndSummary(input)];
  let pictures = 0;
  let unreadablePhotos = 0;
  let done = 0;
  for await (const o of input.objects) {
    const photos = await scaleInOrder(o.photos.slice(0, MAX_PHOTOS_PER_OBJECT));
    const runs: string[] = [];
    let unreadable = 0;
    for (const p of photos) {
      if (!p) {
        unreadable++;
        continue;
      }
      pictures++;
      await zip.add(`word/media/p${pictures}.jpeg`, p.data, false);
      const scale = Math.min(PHOTO_BOX.widthCm / p.width, PHOTO_BOX.heightCm / p.height);
      runs.push(picture(`rIdP${pictures}`, pictures, p.width * scale, p.height * scale));
    }
    const rows: string[] = [];
    for (let i = 0; i < runs.length; i += 2)
      rows.push(para(runs.slice(i, i + 2).join(run('\u3000')), { style: 'Photos' }));
    body.push(objectPage(o, rows.join(''), unreadable));
    unreadablePhotos += unreadable;
    done++;
    await input.onProgress?.(done, input.summary.objects);
  }
  body.push(DOCUMENT_CLOSE);
  await zip.add('word/document.xml', Buffer.from(body.join(''), 'utf8'), true);
  await zip.add('word/_rels/document.xml.rels', Buffer.from([...documentRels(pictures)].join(''), 'utf8'), true);
  await zip.finish();
  return { objects: done, photos: pictures, unreadablePhotos, bytes: zip.written };
}
