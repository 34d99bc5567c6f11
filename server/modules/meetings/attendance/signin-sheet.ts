// The paper sign-in sheet (签到表) of a meeting, as Word: the heading, the time and place, and
// one row per expected invitee (those who declined, withdrew or wait are left off) with an empty
// box to sign in — the door's fallback when phones or the network fail, and the record some
// committees still file. Rows in roster order (pinyin), numbered.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const FONT = '仿宋';

export interface SigninRow {
  name: string;
  sector: string | null;
  committee: string | null;
}

const cell = (t: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: t, font: FONT, size: 24, bold })],
        spacing: { before: 120, after: 120 },
      }),
    ],
  });

const WIDTHS = [8, 16, 26, 26, 24];

export async function signinSheet(m: { title: string; when: string; venue: string | null; rows: SigninRow[] }) {
  const line = (t: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: t, font: bold ? '黑体' : FONT, size, bold })],
      spacing: { after: 120 },
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['序号', '姓名', '界别', '专委会', '签名'].map((h, i) => cell(h, WIDTHS[i]!, true)),
      }),
      ...m.rows.map(
        (r, i) =>
          new TableRow({
            children: [String(i + 1), r.name, r.sector ?? '', r.committee ?? '', ''].map((v, j) => cell(v, WIDTHS[j]!)),
          }),
      ),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          line(m.title, 36, true),
          line('签 到 表', 32, true),
          line(`时间：${m.when}${m.venue ? `    地点：${m.venue}` : ''}`, 24),
          table,
          line(`应到 ${m.rows.length} 人    实到 ____ 人`, 24),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
