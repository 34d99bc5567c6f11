// Why the album does not use the docx package: it holds every picture until Packer writes the
// archive, so its memory grows with the photo count. This builds a document of only the
// pictures (no text) from the print-size copies the album would embed and prints wall time,
// CPU time and peak RSS, to compare with bench/supervision/album-build.ts.
//
//   node --import tsx bench/supervision/album-docx-package.ts [--photos 900] [--dir /tmp/album-bench]
//
// Run album-build.ts first: it draws the photos into --dir.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import sharp from 'sharp';

const { values: args } = parseArgs({
  options: { photos: { type: 'string', default: '900' }, dir: { type: 'string', default: '/tmp/album-bench' } },
});
const COUNT = Number(args.photos);
const DIR = args.dir!;
const sources = readdirSync(DIR)
  .filter((f) => f.startsWith('o') && f.endsWith('.jpg'))
  .slice(0, COUNT);
if (sources.length < COUNT) throw new Error(`only ${sources.length} photos in ${DIR}: run album-build.ts first`);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const children: Paragraph[] = [];
for (const f of sources) {
  // The same print copy the album makes (1200 px, quality 80), kept by the document until packing.
  const data = await sharp(readFileSync(join(DIR, f)))
    .resize({ width: 1200 })
    .jpeg({ quality: 80 })
    .toBuffer();
  children.push(
    new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 310, height: 232 } })] }),
  );
}
const doc = new Document({ sections: [{ children }] });
await new Promise<void>((resolve, reject) =>
  Packer.toStream(doc)
    .pipe(createWriteStream(join(DIR, 'docx-package.docx')))
    .on('finish', () => resolve())
    .on('error', reject),
);
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    photos: COUNT,
    wallS: Number(((performance.now() - t0) / 1000).toFixed(1)),
    cpuS: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
  }),
);
