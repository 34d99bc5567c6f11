// The recommendations tracker as Excel (调研建议跟踪表): the same rows and order as the tracker
// (overdue first), one line per recommendation with its SMART fields, its department's answer
// and where it stands, so the office can hand the list to a meeting or a leader.
import ExcelJS from 'exceljs';
import type { WpAnswerKind, WpRecommendationStatus } from '../../../db/tables/workplan.js';

export const TRACKER_HEADER = [
  '序号',
  '调研报告',
  '建议',
  '考核指标',
  '目标值',
  '具体措施',
  '责任单位',
  '责任人',
  '完成时限',
  '状态',
  '是否逾期',
  '答复',
  '办结或终止说明',
];

export const STATUS_LABELS: Record<WpRecommendationStatus, string> = {
  draft: '草稿',
  sent: '待答复',
  answered: '落实中',
  done: '已办结',
  dropped: '已终止',
};
export const ANSWER_LABELS: Record<WpAnswerKind, string> = { adopted: '采纳', partly: '部分采纳', declined: '不采纳' };

export interface TrackerSheetRow {
  reportTitle: string;
  title: string;
  metric: string | null;
  target: string | null;
  actions: string | null;
  unitName: string | null;
  accountablePerson: string | null;
  dueOn: string | null;
  status: WpRecommendationStatus;
  overdue: boolean;
  answerKind: WpAnswerKind | null;
  answer: string | null;
  settleNote: string | null;
}

export async function trackerWorkbook(title: string, rows: readonly TrackerSheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('调研建议跟踪', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow(TRACKER_HEADER).font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow([
      i + 1,
      r.reportTitle,
      r.title,
      r.metric ?? '',
      r.target ?? '',
      r.actions ?? '',
      r.unitName ?? '',
      r.accountablePerson ?? '',
      r.dueOn ?? '',
      STATUS_LABELS[r.status],
      r.overdue ? '逾期' : '',
      r.answerKind ? `${ANSWER_LABELS[r.answerKind]}：${r.answer ?? ''}` : '',
      r.settleNote ?? '',
    ]),
  );
  ws.columns.forEach((c, i) => (c.width = [6, 28, 28, 20, 12, 30, 16, 14, 12, 8, 8, 30, 24][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
