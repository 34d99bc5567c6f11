// A topic's report as Word (课题全过程报告): the topic and who proposed it, its whole path stage by
// stage (dates, participants, meeting, documents, note), then each research report with its
// recommendations and their SMART fields and state, the organisation and date on the right.
// Written like the monthly report (../priorities/month-doc.ts).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const BODY = '仿宋';
const SIZE = 32; // 三号, in half-points

export interface TopicDocStage {
  label: string;
  dates: string;
  participants: string[];
  meeting: string | null;
  files: string[];
  note: string | null;
}
export interface TopicDocRecommendation {
  title: string;
  /** "考核指标：…；目标值：…；…" with the missing fields left out. */
  fields: string;
  state: string;
}
export interface TopicDoc {
  title: string;
  intro: string;
  summary: string;
  stages: TopicDocStage[];
  reports: { title: string; recommendations: TopicDocRecommendation[] }[];
  org: string;
  date: string;
}

const para = (text: string, opts: { align?: 'right'; indent?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align === 'right' ? AlignmentType.RIGHT : undefined,
    indent: opts.indent ? { firstLine: SIZE * 20 } : undefined,
    spacing: { line: 560 },
    children: [new TextRun({ text, font: opts.bold ? '黑体' : BODY, size: opts.bold ? 36 : SIZE, bold: opts.bold })],
  });

const stageLines = (s: TopicDocStage, i: number) => [
  para(`${i + 1}. ${s.label}（${s.dates}）`, { indent: true }),
  ...(s.participants.length ? [para(`参加人员：${s.participants.join('、')}`, { indent: true })] : []),
  ...(s.meeting ? [para(`会议：${s.meeting}`, { indent: true })] : []),
  ...(s.files.length ? [para(`材料：${s.files.join('、')}`, { indent: true })] : []),
  ...(s.note ? [para(s.note, { indent: true })] : []),
];

export async function topicDocument(d: TopicDoc): Promise<Buffer> {
  const reports = d.reports.length
    ? d.reports.flatMap((r, i) => [
        para(`${i + 1}. ${r.title}`, { indent: true }),
        ...(r.recommendations.length
          ? r.recommendations.map((x, j) =>
              para(`（${j + 1}）${x.title}。${x.fields}。当前状态：${x.state}。`, { indent: true }),
            )
          : [para('该报告尚无建议。', { indent: true })]),
      ])
    : [para('本课题尚未形成调研报告。', { indent: true })];
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
          para(d.intro, { indent: true }),
          para(d.summary, { indent: true }),
          para('一、课题推进过程', { bold: true }),
          ...d.stages.flatMap(stageLines),
          para('二、调研报告及建议', { bold: true }),
          ...reports,
          para(''),
          para(d.org, { align: 'right' }),
          para(d.date, { align: 'right' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
