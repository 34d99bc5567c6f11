// The monthly work report as Word (月度工作计划执行情况报告): a heading, the month's figures, then
// one paragraph per item with its owner, deadline, state and note, the slipped ones with their
// reasons in a section of their own, and the organisation and date on the right.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const BODY = '仿宋';
const SIZE = 32; // 三号, in half-points

export interface MonthDocEntry {
  seq: number;
  title: string;
  owner: string;
  dueOn: string;
  status: string;
  note: string;
  slipReason: string | null;
}
export interface MonthDoc {
  title: string;
  org: string;
  date: string;
  summary: string;
  entries: MonthDocEntry[];
}

const para = (text: string, opts: { align?: 'center' | 'right'; indent?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    alignment:
      opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : undefined,
    indent: opts.indent ? { firstLine: SIZE * 20 } : undefined,
    spacing: { line: 560 },
    children: [new TextRun({ text, font: opts.bold ? '黑体' : BODY, size: opts.bold ? 36 : SIZE, bold: opts.bold })],
  });

export async function monthDocument(d: MonthDoc): Promise<Buffer> {
  const slipped = d.entries.filter((e) => e.slipReason);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: d.title, font: '方正小标宋简体', size: 44 })],
          }),
          para(''),
          para(d.summary, { indent: true }),
          para('一、各事项进展', { bold: true }),
          ...d.entries.map((e) =>
            para(`${e.seq}. ${e.title}（${e.owner}，${e.dueOn}前，${e.status}）：${e.note}`, { indent: true }),
          ),
          para('二、推迟事项及原因', { bold: true }),
          ...(slipped.length
            ? slipped.map((e) => para(`${e.seq}. ${e.title}：${e.slipReason}`, { indent: true }))
            : [para('本月无推迟事项。', { indent: true })]),
          para(''),
          para(d.org, { align: 'right' }),
          para(d.date, { align: 'right' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
