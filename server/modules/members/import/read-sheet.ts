// Reads the roster sheet of an uploaded workbook into plain text cells keyed by field. The
// columns are the template's (found by their headings) or those the office mapped for its
// own roster file (`layout.ts`). Cell values are taken the way a person reads them: dates
// as YYYY-MM-DD (YYYY-MM when the cell shows no day), formulas by their result, rich text by
// its characters. The sheet is streamed row by row (exceljs's WorkbookReader): no model of
// the whole workbook is built, so the memory beyond the rows themselves does not grow with
// the file; only the first rows, where the headings are, are held together.
import ExcelJS from 'exceljs';
import {
  EXAMPLE_MARK,
  FIELD_LABEL,
  HEADER_BY_KEY,
  MAX_IMPORT_ROWS,
  ROSTER_SHEET,
  type ColumnKey,
  type ImportField,
} from './columns.js';
import {
  detectLayout,
  HEADING_SEARCH_ROWS,
  mappingOf,
  SAMPLE_ROWS,
  type HeadRow,
  type ImportMapping,
  type Layout,
} from './layout.js';
import { sheetStream, UnreadableWorkbook, type SheetInfo } from './sheet-stream.js';
import { birthNumberText, splitWorkUnit } from './values.js';

export { UnreadableWorkbook };

export interface ImportProblem {
  /** Row number as Excel shows it. */
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

export interface SheetContents {
  rows: RawRow[];
  problems: ImportProblem[];
  /** The headings found (null when none were). */
  layout: Layout | null;
  /** Each field's column as the file names it ("手机号码"), for the problem list. */
  columnNames: Record<ColumnKey, string>;
}

/** The first rows are kept together: the headings and a few values below them are among them. */
const HEAD_ROWS = HEADING_SEARCH_ROWS + SAMPLE_ROWS + 5;

/** Excel keeps numbers as doubles: past 15 digits the trailing digits are already lost. */
const ROUNDED_LIMIT = 1e15;

function cellText(value: ExcelJS.CellValue, numFmt?: string): { text: string; rounded?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number') {
    if (Math.abs(value) >= ROUNDED_LIMIT) return { text: String(value), rounded: true };
    return { text: String(value) };
  }
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  // A date shown as "1968.05" or "1968年5月" is a month: its day is only Excel's filler.
  if (value instanceof Date) return { text: value.toISOString().slice(0, numFmt && !/d/i.test(numFmt) ? 7 : 10) };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return {
        text: value.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      };
    if ('text' in value && typeof value.text === 'string') return { text: value.text.trim() };
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
    if ('error' in value) return { text: '' };
  }
  return { text: String(value).trim() };
}

/** The roster sheet by its name, else the first visible sheet, else the first. */
const rosterSheet = (sheets: SheetInfo[]) =>
  sheets.find((w) => w.name === ROSTER_SHEET) ?? sheets.find((w) => !w.hidden) ?? sheets[0];

async function openSheet(data: Buffer): Promise<{ name: string; rows: AsyncGenerator<ExcelJS.Row> }> {
  let name = '';
  const stream = await sheetStream(data, (sheets) => {
    const chosen = rosterSheet(sheets);
    name = chosen?.name ?? '';
    return chosen;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<ExcelJS.Row> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) yield row;
        break; // the stream holds the roster sheet alone
      }
    } catch (err) {
      throw err instanceof UnreadableWorkbook
        ? err
        : new UnreadableWorkbook(err instanceof Error ? err.message : String(err));
    }
  }
  return { name, rows: rows() };
}

function headRow(row: ExcelJS.Row): HeadRow {
  const cells: string[] = [];
  row.eachCell((cell, col) => {
    cells[col] = cellText(cell.value, cell.numFmt).text;
  });
  return { row: row.number, cells: Array.from(cells, (c) => c ?? '') };
}

/** Where the headings are and what each column holds: read from the first rows only. */
export async function readLayout(data: Buffer): Promise<Layout | null> {
  const { name, rows } = await openSheet(data);
  const head: HeadRow[] = [];
  for await (const row of rows) {
    if (row.number > HEAD_ROWS) break;
    head.push(headRow(row));
  }
  return detectLayout(name, head);
}

interface Plan {
  headerRow: number;
  positions: Map<number, ImportField>;
  split: boolean;
}

const problemAt = (row: number, message: string, column = ''): ImportProblem => ({ row, column, message });

/**
 * The sheet's rows by the office's mapping; without one, by the template's headings, and a
 * file with other headings is answered with what to do.
 */
export async function readRosterSheet(data: Buffer, mapping?: ImportMapping): Promise<SheetContents> {
  const { name, rows: sheetRows } = await openSheet(data);
  const early: ExcelJS.Row[] = [];
  const rows: RawRow[] = [];
  let plan: Plan | null = null;
  let layout: Layout | null = null;
  const columnNames: Record<ColumnKey, string> = { ...HEADER_BY_KEY };
  const failed = (problems: ImportProblem[]): SheetContents => ({ rows: [], problems, layout, columnNames });

  const decide = (): ImportProblem[] => {
    const head = early.map(headRow);
    layout = detectLayout(name, head);
    const chosen = mapping ?? (layout?.exact ? mappingOf(layout) : null);
    if (!chosen) {
      if (!layout) return [problemAt(1, '找不到列名行：前 20 行中没有“姓名”“手机号”等列名，请使用导入模板')];
      if (layout.missing.length)
        return layout.missing.map((f) =>
          problemAt(
            layout!.headerRow,
            `缺少必填列“${FIELD_LABEL[f]}”；请使用导入模板，或在网页上核对列的对应关系`,
            FIELD_LABEL[f],
          ),
        );
      return [problemAt(layout.headerRow, '列名与导入模板不一致，请在网页“名册导入”中核对列的对应关系后导入')];
    }
    // The file's own headings (on two rows: the lower, else the merged one above).
    const headings = layout?.headerRow === chosen.headerRow ? layout.columns : [];
    for (const { column, field } of chosen.columns) {
      const heading = headings.find((c) => c.column === column)?.heading;
      const named = heading?.replace(/[*＊\s]/g, '') || FIELD_LABEL[field];
      if (field === 'workUnitAndTitle') columnNames.workUnit = columnNames.jobTitle = named;
      else columnNames[field] = named;
    }
    plan = {
      headerRow: chosen.headerRow,
      positions: new Map(chosen.columns.map((c) => [c.column, c.field])),
      split: chosen.workUnitTitle === 'split',
    };
    return [];
  };
  /** Takes a data row; false once the file has more rows than one import takes. */
  const take = (row: ExcelJS.Row): boolean => {
    if (row.number <= plan!.headerRow) return true;
    const raw = readRow(row, plan!);
    if (raw) rows.push(raw);
    return rows.length <= MAX_IMPORT_ROWS;
  };
  const tooMany = (row: number) =>
    failed([problemAt(row, `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`, columnNames.name)]);

  for await (const row of sheetRows) {
    if (!plan) {
      early.push(row);
      if (row.number < HEAD_ROWS) continue;
      const problems = decide();
      if (problems.length) return failed(problems);
      for (const r of early) if (!take(r)) return tooMany(r.number);
      continue;
    }
    if (!take(row)) return tooMany(row.number);
  }
  if (!plan) {
    const problems = decide();
    if (problems.length) return failed(problems);
    for (const r of early) if (!take(r)) return tooMany(r.number);
  }
  return { rows, problems: [], layout, columnNames };
}

/** A data row's cells; null for an empty row or the template's example. */
function readRow(row: ExcelJS.Row, plan: Plan): RawRow | null {
  const cells: RawRow['cells'] = {};
  const rounded: ColumnKey[] = [];
  for (const [col, field] of plan.positions) {
    const cell = row.getCell(col);
    const value = cell.value;
    const read = cellText(value, typeof value === 'object' && value instanceof Date ? cell.numFmt : undefined);
    const text = field === 'birthDate' && typeof value === 'number' ? birthNumberText(value) : read.text;
    if (!text) continue;
    if (field === 'workUnitAndTitle') {
      const { unit, title } = plan.split ? splitWorkUnit(text) : { unit: text, title: '' };
      if (unit) cells.workUnit = unit;
      if (title) cells.jobTitle = title;
      continue;
    }
    cells[field] = text;
    if (read.rounded) rounded.push(field);
  }
  if (Object.keys(cells).length === 0) return null;
  if (cells.name?.startsWith(EXAMPLE_MARK) || cells.name?.startsWith('(示例)')) return null;
  return { row: row.number, cells, rounded };
}
