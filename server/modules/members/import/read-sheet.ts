// Reads the roster sheet of an uploaded workbook into plain text cells keyed by column,
// whatever order the columns are in. Cell values are taken the way a person reads them:
// dates as YYYY-MM-DD, formulas by their result, rich text by its characters. The sheet is
// streamed row by row (exceljs's WorkbookReader): no model of the whole workbook is built,
// so the memory beyond the rows themselves does not grow with the file.
import ExcelJS from 'exceljs';
import { COLUMNS, EXAMPLE_MARK, HEADER_BY_KEY, MAX_IMPORT_ROWS, ROSTER_SHEET, type ColumnKey } from './columns.js';
import { sheetStream, UnreadableWorkbook, type SheetInfo } from './sheet-stream.js';

export { UnreadableWorkbook };

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
    if ('richText' in value && Array.isArray(value.richText))
      return {
        text: value.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      };
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

/** The roster sheet by its name, else the first visible sheet, else the first. */
const rosterSheet = (sheets: SheetInfo[]) =>
  sheets.find((w) => w.name === ROSTER_SHEET) ?? sheets.find((w) => !w.hidden) ?? sheets[0];

export async function readRosterSheet(data: Buffer): Promise<SheetContents> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await sheetStream(data, rosterSheet), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const problems: ImportProblem[] = [];
  const rows: RawRow[] = [];
  const positions = new Map<number, ColumnKey>();
  let header = false;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (!header) {
          header = true;
          // The headings are row 1; a sheet whose first row is further down has none.
          if (row.number === 1) readHeader(row, positions);
          problems.push(...missingColumns(positions));
          if (problems.length) return { rows: [], problems };
          if (row.number === 1) continue;
        }
        const raw = readRow(row, positions);
        if (!raw) continue;
        rows.push(raw);
        if (rows.length > MAX_IMPORT_ROWS) {
          return {
            rows: [],
            problems: [
              { row: raw.row, column: HEADER_BY_KEY.name, message: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入` },
            ],
          };
        }
      }
      break; // the stream holds the roster sheet alone
    }
  } catch (err) {
    throw err instanceof UnreadableWorkbook
      ? err
      : new UnreadableWorkbook(err instanceof Error ? err.message : String(err));
  }
  if (!header) problems.push(...missingColumns(positions));
  return problems.length ? { rows: [], problems } : { rows, problems };
}

function readHeader(row: ExcelJS.Row, positions: Map<number, ColumnKey>): void {
  const byHeader = new Map(COLUMNS.map((c) => [c.header, c.key]));
  row.eachCell((cell, col) => {
    const key = byHeader.get(normaliseHeader(cellText(cell.value).text));
    if (key && ![...positions.values()].includes(key)) positions.set(col, key);
  });
}

function missingColumns(positions: Map<number, ColumnKey>): ImportProblem[] {
  const present = new Set(positions.values());
  return COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => ({
    row: 1,
    column: c.header,
    message: `缺少必填列“${c.header}”，请使用导入模板`,
  }));
}

/** A data row's cells; null for an empty row or the template's example. */
function readRow(row: ExcelJS.Row, positions: Map<number, ColumnKey>): RawRow | null {
  const cells: RawRow['cells'] = {};
  const rounded: ColumnKey[] = [];
  for (const [col, key] of positions) {
    const { text, rounded: r } = cellText(row.getCell(col).value);
    if (text) cells[key] = text;
    if (r) rounded.push(key);
  }
  if (Object.keys(cells).length === 0) return null;
  if (cells.name?.startsWith(EXAMPLE_MARK) || cells.name?.startsWith('(示例)')) return null;
  return { row: row.number, cells, rounded };
}
