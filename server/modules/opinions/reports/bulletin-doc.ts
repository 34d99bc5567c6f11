// One issue of the 社情民意 bulletin as Word, in the usual layout of a CPPCC internal bulletin:
// the masthead (the bulletin's name in large red type, the issue number, the office as editor
// and the date, a red rule), the issue's contents, then each report: its title, the author
// line and the text, paragraphs indented two characters. 仿宋 三号 for the text, as official
// documents are set (GB/T 9704), the names in 宋体/黑体.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  LineRuleType,
  PageBreak,
  Tab,
  Paragraph,
  TabStopPosition,
  TabStopType,
  TextRun,
} from 'docx';

export interface BulletinDoc {
  name: string;
  /** 2026年第3期 */
  issue: string;
  /** The editor line: the organisation's office. */
  editor: string;
  /** 2026年3月5日 */
  date: string;
  reports: { title: string; authors: string; body: string }[];
}

const RED = 'D40000';
const BODY = '仿宋';
const SIZE = 32; // 三号, in half-points

const run = (text: string, o: { font?: string; size?: number; bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: o.font ?? BODY, size: o.size ?? SIZE, bold: o.bold, color: o.color });

function masthead(d: BulletinDoc): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 200 },
      children: [run(d.name, { font: '宋体', size: 100, bold: true, color: RED })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(d.issue)] }),
    // The editor on the left, the date on the right, over the red rule.
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: RED, space: 6 } },
      spacing: { after: 400 },
      children: [run(d.editor, { size: 28 }), new TextRun({ children: [new Tab(), d.date], font: BODY, size: 28 })],
    }),
  ];
}

function contents(d: BulletinDoc): Paragraph[] {
  if (d.reports.length < 2) return [];
  return [
    new Paragraph({ spacing: { after: 120 }, children: [run('本期要目', { font: '黑体' })] }),
    ...d.reports.map(
      (r, i) => new Paragraph({ indent: { left: SIZE * 20 }, children: [run(`${i + 1}. ${r.title}`, { size: 28 })] }),
    ),
  ];
}

function report(r: BulletinDoc['reports'][number], first: boolean): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: first ? 600 : 0, after: 240 },
      children: [...(first ? [] : [new PageBreak()]), run(r.title, { font: '宋体', size: 40, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run(r.authors, { font: '楷体' })],
    }),
    ...r.body
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map(
        (p) =>
          new Paragraph({
            indent: { firstLine: SIZE * 20 },
            spacing: { line: 560, lineRule: LineRuleType.EXACT },
            alignment: AlignmentType.JUSTIFIED,
            children: [run(p)],
          }),
      ),
  ];
}

export async function bulletinDocx(d: BulletinDoc): Promise<Buffer> {
  const doc = new Document({
    creator: d.editor,
    title: `${d.name}${d.issue}`,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [...masthead(d), ...contents(d), ...d.reports.flatMap((r, i) => report(r, i === 0))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
