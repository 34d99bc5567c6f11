// The near-duplicate groups as an Excel workbook for the office: the heading, then each group
// (largest first) with its number, size and representative text, and one row per member under
// it (its channel, status, date and text). No names or contact details: the office opens an
// opinion in the system for those.
import ExcelJS from 'exceljs';
import type { GroupOut } from './groups.schema.js';

export const CHANNEL_LABELS = { member: '委员', party_member: '党员', paper: '纸质表', public: '群众' } as const;
export const STATUS_LABELS = { submitted: '待处理', routed: '已交办', answered: '已答复', closed: '已办结' } as const;

export const SHEET_HEADER = [
  '分组',
  '条数',
  '代表意见',
  '序号',
  '意见编号',
  '来源',
  '状态',
  '提交日期',
  '标题',
  '内容',
];

export async function groupsSheet(title: string, groups: readonly GroupOut[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('相似意见分组');
  ws.columns = [8, 8, 40, 6, 10, 8, 8, 12, 24, 60].map((width) => ({ width }));
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, SHEET_HEADER.length);
  ws.addRow(SHEET_HEADER).font = { bold: true };
  groups.forEach((g, gi) => {
    const rep = g.representative
      ? `${g.representative.title ? `${g.representative.title}：` : ''}${g.representative.body}`
      : '';
    g.members.forEach((m, mi) =>
      ws.addRow([
        gi + 1,
        mi === 0 ? g.size : null,
        mi === 0 ? rep : null,
        mi + 1,
        m.id,
        CHANNEL_LABELS[m.channel],
        STATUS_LABELS[m.status],
        m.createdAt.slice(0, 10),
        m.title,
        m.body,
      ]),
    );
  });
  ws.addRow([`共 ${groups.length} 组，${groups.reduce((s, g) => s + g.size, 0)} 条意见`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
