// A notice as Word (通知 in the house layout of an official document): the title centred in
// a heavy face, the body in 仿宋 with each paragraph indented two characters, the meeting it
// concerns and the attachments listed, then the issuing organisation and the date on the right.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const BODY = '仿宋';
const SIZE = 32; // 三号, in half-points

export interface NoticeDoc {
  title: string;
  body: string;
  org: string;
  /** Already written as a Chinese date (YYYY年M月D日). */
  date: string;
  meeting: string | null;
  attachments: string[];
}

const para = (text: string, opts: { align?: 'center' | 'right'; indent?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    alignment:
      opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : undefined,
    indent: opts.indent ? { firstLine: SIZE * 20 } : undefined,
    spacing: { line: 560 },
    children: [new TextRun({ text, font: opts.bold ? '黑体' : BODY, size: opts.bold ? 44 : SIZE, bold: opts.bold })],
  });

export async function noticeDocument(n: NoticeDoc): Promise<Buffer> {
  const paragraphs = n.body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p, { indent: true }));
  const attachments = n.attachments.map((name, i) =>
    para(i === 0 ? `附件：1. ${name}` : `      ${i + 1}. ${name}`, { indent: true }),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          para(n.title, { align: 'center', bold: true }),
          para(''),
          ...paragraphs,
          ...(n.meeting ? [para(`相关会议：${n.meeting}`, { indent: true })] : []),
          ...(attachments.length ? [para(''), ...attachments] : []),
          para(''),
          para(n.org, { align: 'right' }),
          para(n.date, { align: 'right' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
