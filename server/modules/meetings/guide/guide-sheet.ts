// The group list and seating (分组名单及座次表) as an Excel workbook: one sheet of the groups,
// each with its room, convener and members; one of the seats in reading order. Names, sectors,
// groups and seats only: lodging and transport stay out of the file.
import ExcelJS from 'exceljs';
import { byLabel } from './guide.model.js';
import type { GuideGroupRow, RosterRow } from './guide.repo.js';

export const GROUP_HEADER = ['组别', '讨论地点', '召集人', '序号', '姓名', '界别', '专委会', '座位'];
export const SEAT_HEADER = ['座位', '姓名', '界别', '组别'];

export async function guideWorkbook(s: { title: string; groups: GuideGroupRow[]; rows: RosterRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const groups = wb.addWorksheet('分组名单', { views: [{ state: 'frozen', ySplit: 2 }] });
  groups.addRow([`${s.title} 分组名单`]).font = { bold: true, size: 14 };
  groups.addRow(GROUP_HEADER).font = { bold: true };
  for (const g of s.groups) {
    const members = s.rows.filter((r) => r.group_id === g.id);
    members.forEach((r, i) =>
      groups.addRow([
        g.name,
        g.room ?? '',
        g.convener ?? '',
        i + 1,
        r.name,
        r.sector ?? '',
        r.committee ?? '',
        r.seat ?? '',
      ]),
    );
  }
  const unplaced = s.rows.filter((r) => !r.group_id);
  unplaced.forEach((r, i) =>
    groups.addRow(['未分组', '', '', i + 1, r.name, r.sector ?? '', r.committee ?? '', r.seat ?? '']),
  );
  groups.columns.forEach((c, i) => (c.width = [12, 18, 12, 6, 10, 14, 16, 10][i]));

  const seats = wb.addWorksheet('座次表', { views: [{ state: 'frozen', ySplit: 2 }] });
  seats.addRow([`${s.title} 座次表`]).font = { bold: true, size: 14 };
  seats.addRow(SEAT_HEADER).font = { bold: true };
  for (const r of s.rows.filter((x) => x.seat).sort((a, b) => byLabel(a.seat!, b.seat!)))
    seats.addRow([r.seat, r.name, r.sector ?? '', r.group_name ?? '']);
  seats.columns.forEach((c, i) => (c.width = [10, 10, 14, 12][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
