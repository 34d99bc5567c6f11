// The members not yet reached by training as an Excel workbook, for the office to invite: the
// heading, then one row per member (name, organisation, sector, committee, party, new or not).
// No phone or ID number: the office reaches them through an invitation.
import ExcelJS from 'exceljs';
import type { ListedMemberOut } from './coverage.schema.js';

export async function unreachedSheet(title: string, rows: ListedMemberOut[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('未参训委员');
  ws.columns = [
    { key: 'no', width: 8 },
    { key: 'name', width: 14 },
    { key: 'org', width: 16 },
    { key: 'sector', width: 18 },
    { key: 'committee', width: 22 },
    { key: 'party', width: 12 },
    { key: 'isNew', width: 10 },
  ];
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, 7);
  ws.addRow(['序号', '姓名', '所属组织', '界别', '专委会', '党派', '新任委员']).font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow([i + 1, r.name, r.org, r.sector, r.committee ?? '', r.partyLabel, r.isNew ? '是' : '否']),
  );
  ws.addRow([`共 ${rows.length} 人`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
