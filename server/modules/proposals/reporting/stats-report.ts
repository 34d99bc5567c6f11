// The Word summary of the proposal statistics: the figures an annual proposal work report
// quotes, in the report's order (overall, by kind and category, handling, the proposers'
// ratings), each part a sentence the office can edit and a table it can keep or drop.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Bucket, StatsResponse } from './stats.schema.js';

const FONT = '仿宋';
const HEAD_FONT = '黑体';

const text = (t: string, size = 28) =>
  new Paragraph({
    children: [new TextRun({ text: t, font: FONT, size })],
    indent: { firstLine: 560 },
    spacing: { line: 520 },
  });
const heading = (t: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [new TextRun({ text: t, font: HEAD_FONT, size: 30, bold: true })],
    spacing: { before: 240, after: 120 },
  });
const cell = (t: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, font: FONT, size: 24, bold })] })] });

function table(head: string[], rows: (string | number)[][]): Table {
  return new Table({
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(String(v))) })),
    ],
  });
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 1000) / 10}%` : '—');
const rate = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
/** "个人提案 120 件、联名提案 30 件" — the non-empty buckets as one phrase. */
const phrase = (buckets: Bucket[]) =>
  buckets
    .filter((b) => b.count > 0)
    .map((b) => `${b.label}${b.count}件`)
    .join('、') || '无';
const rows = (buckets: Bucket[]) => {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return buckets.filter((b) => b.count > 0).map((b) => [b.label, b.count, pct(b.count, total)]);
};

export async function reportDocument(c: { heading: string; date: string; stats: StatsResponse }): Promise<Buffer> {
  const s = c.stats;
  const { attitude, result } = s.satisfaction;
  const reply = s.onTimeReply;
  const body = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${c.heading}报告`, font: '方正小标宋简体', size: 40, bold: true })],
      spacing: { after: 120 },
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `（统计截至${c.date}）`, font: FONT, size: 28 })],
      spacing: { after: 240 },
    }),
    heading('一、提案总体情况'),
    text(`共收到提案${s.total}件，其中${phrase(s.byKind)}。按办理状态：${phrase(s.byState)}。`),
    heading('二、提案分布'),
    text(`按类别：${phrase(s.byCategory)}。`),
    table(['类别', '件数', '占比'], rows(s.byCategory)),
    text(`按提案人所在界别，提案较多的是：${phrase(s.bySector.slice(0, 5))}。`),
    table(['界别', '件数', '占比'], rows(s.bySector)),
    heading('三、办理情况'),
    text(
      `提案交由${s.byUnit.length}家承办单位办理；应答复${reply.due}件，按时答复${reply.onTime}件，按时答复率${rate(reply.rate)}；` +
        `目前超期未答复${reply.overdueNow.count}件。答复等级：${phrase(s.resultClasses)}。`,
    ),
    table(
      ['承办单位', '承办件数', '其中主办'],
      s.byUnit.map((u) => [u.label, u.count, u.lead]),
    ),
    heading('四、提案人评价'),
    text(
      `提案人已对${attitude.rated}件提案的办理作出评价：办理态度满意和基本满意${attitude.satisfiedOrBasic}件，占${rate(attitude.rate)}；` +
        `办理结果满意和基本满意${result.satisfiedOrBasic}件，占${rate(result.rate)}。`,
    ),
    table(
      ['评价', '办理态度（件）', '办理结果（件）'],
      attitude.buckets.map((b, i) => [b.label, b.count, result.buckets[i]?.count ?? 0]),
    ),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children: body }] }));
}
