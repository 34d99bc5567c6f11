// Reads the roster sheet of an uploaded workbook into plain text cells keyed by column,
// whatever order the columns are in. Cell values are taken the way a person reads them:
// dates as YYYY-MM-DD, formulas by their result, rich text by its characters.
import ExcelJS from 'exceljs';
import { COLUMNS, EXAMPLE_MARK, HEADER_BY_KEY, MAX_IMPORT_ROWS, ROSTER_SHEET, type ColumnKey } from './columns.js';

export interface ImportProblem {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  column: string;
  value?: string;
  message: string;
}

export interface RawRow {
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** Columns whose cell held an 18-digit number Excel had already rounded. */
  rounded: ColumnKey[];
}

export class UnreadableWorkbook extends Error {}

function dateText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Excel keeps numbers as doubles: past 15 digits the trailing digits are already lost. */
const ROUNDED_LIMIT = 1e15;

function cellText(value: ExcelJS.CellValue): { text: string; rounded?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number') {
    if (Math.abs(value) >= ROUNDED_LIMIT) return { text: String(value), rounded: true };
    return { text: String(value) };
  }
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return { text: value.richText.map((r) => r.text).join('').trim() };
    if ('text' in value && typeof value.text === 'string') return { text: value.text.trim() };
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return { text: '' };
  }
  return { text: String(value).trim() };
}

const normaliseHeader = (h: string) => h.replace(/[\s*＊]/g, '');

export interface SheetContents {
  rows: RawRow[];
  problems: ImportProblem[];
}

export async function readRosterSheet(data: Buffer): Promise<SheetContents> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbook('not a readable xlsx workbook');
  }
  const sheet = workbook.getWorksheet(ROSTER_SHEET) ?? workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbook('the workbook has no sheet');

  const problems: ImportProblem[] = [];
  const byHeader = new Map(COLUMNS.map((c) => [c.header, c.key]));
  const positions = new Map<number, ColumnKey>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(normaliseHeader(cellText(cell.value).text));
    if (key && ![...positions.values()].includes(key)) positions.set(col, key);
  });
  const present = new Set(positions.values());
  for (const c of COLUMNS) {
    if (c.required && !present.has(c.key)) problems.push({ row: 1, column: c.header, message: `缺少必填列“${c.header}”，请使用导入模板` });
  }
  if (problems.length) return { rows: [], problems };

  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: RawRow['cells'] = {};
    const rounded: ColumnKey[] = [];
    for (const [col, key] of positions) {
      const { text, rounded: r } = cellText(row.getCell(col).value);
      if (text) cells[key] = text;
      if (r) rounded.push(key);
    }
    if (Object.keys(cells).length === 0) return;
    if (cells.name?.startsWith(EXAMPLE_MARK) || cells.name?.startsWith('(示例)')) return;
    rows.push({ row: rowNumber, cells, rounded });
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    return { rows: [], problems: [{ row: rows[MAX_IMPORT_ROWS]!.row, column: HEADER_BY_KEY.name, message: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入` }] };
  }
  return { rows, problems };
}
