// The training coverage report (培训覆盖情况报告) as Word: the heading, the overall figures and
// the targets, each breakdown as a table, the cohorts, and the training sessions of the year.
// Names of groups only: no member is named, so the report carries no personal data.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zhDate } from '../../../platform/clock.js';
import type { Figure } from './coverage.model.js';
import type { CoverageResponse } from './coverage.schema.js';

const FONT = '仿宋';
const pct = (f: Figure | { share: number | null }) => (f.share === null ? '—' : `${(f.share * 100).toFixed(1)}%`);
const frac = (f: Figure) => `${f.trained}/${f.total}（${pct(f)}）`;

const para = (text: string, o: { size?: number; bold?: boolean; center?: boolean; font?: string } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text, font: o.font ?? FONT, size: o.size ?? 24, bold: o.bold })],
  });

function table(head: string[], rows: string[][]) {
  const width = Math.floor(100 / head.length);
  const cell = (t: string, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: t, font: FONT, size: 21, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

export interface ReportSession {
  title: string;
  startsAt: string;
  kind: string;
  present: number;
}

export async function coverageReport(c: CoverageResponse, sessions: ReportSession[]): Promise<Buffer> {
  const heading = (t: string) => para(t, { size: 28, bold: true, font: '黑体' });
  const breakdown = (title: string, list: CoverageResponse['byCommittee']) =>
    list.length
      ? [
          heading(title),
          table(
            ['名称', '委员人数', '本年度已培训', '本届已培训', '新任委员本年度'],
            list.map((b) => [b.label, String(b.year.total), frac(b.year), frac(b.term), frac(b.newYear)]),
          ),
        ]
      : [];
  const doc = new Document({
    creator: c.orgName,
    title: `${c.orgName}${c.year}年度委员培训覆盖情况报告`,
    sections: [
      {
        children: [
          para(`${c.orgName}${c.year}年度委员培训覆盖情况报告`, { size: 36, bold: true, center: true, font: '黑体' }),
          para(`统计截至${zhDate(c.asOf)}，依据会议活动签到记录自动计算`, { center: true }),
          heading('一、总体情况'),
          table(
            ['范围', '本年度', '本届'],
            [
              ['全体现任委员', frac(c.overall.year), frac(c.overall.term)],
              ['新任委员', frac(c.newMembers.year), frac(c.newMembers.term)],
            ],
          ),
          heading('二、年度目标完成情况'),
          ...(c.targets.length
            ? [
                table(
                  ['目标', '目标值', '完成情况', '是否达标'],
                  c.targets.map((t) => [t.label, `${t.percent}%`, pct(t), t.met ? '已达标' : '未达标']),
                ),
              ]
            : [para('本年度尚未设置目标。')]),
          ...breakdown(c.byCounty.length > 1 ? '三、按专委会（本级委员）' : '三、按专委会', c.byCommittee),
          ...breakdown(c.byCounty.length > 1 ? '四、按界别（本级委员）' : '四、按界别', c.bySector),
          ...breakdown('五、按党派', c.byParty),
          ...(c.byCounty.length > 1 ? breakdown('六、按区县', c.byCounty) : []),
          heading('七、专项培训名单'),
          ...(c.cohorts.length
            ? [
                table(
                  ['名单', '类别', '人数', '已培训', '覆盖率'],
                  c.cohorts.map((x) => [x.name, x.kindLabel, String(x.total), String(x.trained), pct(x)]),
                ),
              ]
            : [para('本年度尚无专项培训名单。')]),
          heading('八、本年度培训班'),
          ...(sessions.length
            ? [
                table(
                  ['日期', '名称', '类型', '参训委员'],
                  sessions.map((s) => [zhDate(s.startsAt), s.title, s.kind, String(s.present)]),
                ),
              ]
            : [para('本年度尚未举办培训班。')]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
