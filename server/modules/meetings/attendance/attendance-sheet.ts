// The attendance sheet (出席情况表) as an Excel workbook: the meeting's heading, the totals by
// state, then one row per invitee as the board shows it. Names, sectors and committees only:
// the sheet carries no phone or ID number.
import ExcelJS from 'exceljs';
import type { CheckinWay, GuestKind, Reply } from '../../../db/tables/meetings.js';
import { HOUR } from '../../../platform/clock.js';
import type { BoardState } from './board.model.js';

export const STATE_LABELS: Record<BoardState, string> = {
  attended: '出席',
  late: '迟到',
  left_early: '早退',
  leave: '请假',
  absent: '缺席',
  walk_in: '临时到会',
  remote: '线上出席',
  pending: '未签到',
};

export const REPLY_LABELS: Record<Reply, string> = {
  pending: '未回复',
  attending: '参加',
  waitlisted: '候补',
  leave_requested: '请假待批',
  leave_approved: '请假已批准',
  leave_refused: '请假未批准',
  declined: '谢绝',
  withdrawn: '已撤回',
};

const WAY_LABELS: Record<CheckinWay, string> = {
  qr: '扫码',
  location: '扫码定位',
  personal_code: '个人签到码',
  manual: '工作人员代签',
  remote: '线上',
};

/** An instant as read in China: YYYY-MM-DD HH:mm. */
export const chinaMinute = (iso: string) =>
  new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

export interface SheetInput {
  title: string;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  asOf: string;
  counts: { invited: number; expected: number; present: number; attendance: Record<BoardState, number> };
  /** The guests' own figures, printed after the members'. */
  guests: { invited: number; present: number };
  rows: {
    name: string;
    guestKind: GuestKind | null;
    affiliation: string | null;
    sector: string | null;
    committee: string | null;
    reply: Reply;
    attendance: BoardState | null;
    checkedInAt: string | null;
    checkinMethod: CheckinWay | null;
    checkedOutAt: string | null;
  }[];
}

export const GUEST_LABELS: Record<GuestKind, string> = {
  expert: '专家',
  grassroots: '基层代表',
  unit: '单位代表',
  public: '公众',
  other: '其他嘉宾',
};

export const SHEET_HEADER = [
  '序号',
  '姓名',
  '界别',
  '专委会',
  '回复',
  '出席情况',
  '签到时间',
  '签到方式',
  '签退时间',
  '身份',
];

export async function attendanceWorkbook(s: SheetInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('出席情况', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.addRow([s.title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `时间：${chinaMinute(s.startsAt)} 至 ${chinaMinute(s.endsAt)}${s.venue ? `\u3000地点：${s.venue}` : ''}\u3000统计截至：${chinaMinute(s.asOf)}`,
  ]);
  const shown = (Object.keys(STATE_LABELS) as BoardState[]).filter((k) => s.counts.attendance[k] > 0);
  sheet.addRow([
    `应到 ${s.counts.expected} 人，实到 ${s.counts.present} 人` +
      (shown.length ? `（${shown.map((k) => `${STATE_LABELS[k]} ${s.counts.attendance[k]}`).join('，')}）` : '') +
      // Guests are not members: counted apart, outside the members' attendance.
      (s.guests.invited ? `；另邀嘉宾 ${s.guests.invited} 人，到会 ${s.guests.present} 人` : ''),
  ]);
  sheet.addRow(SHEET_HEADER).font = { bold: true };
  s.rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      r.name,
      r.sector ?? '',
      r.committee ?? '',
      REPLY_LABELS[r.reply],
      r.attendance ? STATE_LABELS[r.attendance] : '',
      r.checkedInAt ? chinaMinute(r.checkedInAt) : '',
      r.checkinMethod ? WAY_LABELS[r.checkinMethod] : '',
      r.checkedOutAt ? chinaMinute(r.checkedOutAt) : '',
      r.guestKind ? `嘉宾·${GUEST_LABELS[r.guestKind]}${r.affiliation ? `（${r.affiliation}）` : ''}` : '委员',
    ]),
  );
  [6, 12, 16, 18, 12, 14, 18, 14, 18, 28].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
