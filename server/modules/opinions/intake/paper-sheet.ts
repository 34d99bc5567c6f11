// Paper forms as an Excel workbook: the template the office fills in (one form a row) and the
// reading of a filled one. The header row is found by its column names (a title line above it
// is allowed); every row's problems are reported by row number and column, and nothing is
// stored unless every row is right. Read with exceljs, as the members' import is.
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ErrorDetail } from '../../../platform/errors.js';
import { invalid } from '../../../platform/errors.js';
import { readSheetRows } from '../../../platform/files/sheet-read.js';
import { paperRow } from './intake.schema.js';

/** A workbook holds at most this many forms. */
export const IMPORT_ROWS_MAX = 500;

const COLUMNS = [
  { key: 'authorName', header: '提出人', width: 12 },
  { key: 'contact', header: '联系方式', width: 16 },
  { key: 'title', header: '标题', width: 30 },
  { key: 'body', header: '内容', width: 60 },
  { key: 'place', header: '地点', width: 20 },
] as const;

export async function paperTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('纸质意见表');
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  ws.addRow([
    '王阿姨',
    '13912345678',
    '建议在小区门口增设红绿灯',
    '小区门口车多，老人过马路危险，建议增设信号灯。',
    '幸福里小区',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The forms of the first sheet, or a 400 naming every row's problems. */
export async function readPaperSheet(data: Buffer): Promise<z.infer<typeof paperRow>[]> {
  const read = await readSheetRows(
    data,
    COLUMNS,
    ['标题', '内容'],
    '未找到列名行：请使用导入模板（须有“标题”“内容”两列）',
  );
  const rows: z.infer<typeof paperRow>[] = [];
  const problems: ErrorDetail[] = [];
  for (const { row: r, raw } of read) {
    const parsed = paperRow.safeParse(raw);
    if (parsed.success) rows.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const col = COLUMNS.find((c) => c.key === issue.path[0])?.header ?? '';
        problems.push({ path: `第${r}行${col ? ` ${col}` : ''}`, message: issue.message });
      }
  }
  if (problems.length) throw invalid(problems.slice(0, 50));
  if (!rows.length) throw invalid('file', '文件中没有意见');
  if (rows.length > IMPORT_ROWS_MAX) throw invalid('file', `一次最多导入 ${IMPORT_ROWS_MAX} 条`);
  return rows;
}
