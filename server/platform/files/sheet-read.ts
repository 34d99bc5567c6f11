// Reading a filled-in import workbook: the first sheet, its header row found by the columns'
// names (a title line or two above it is allowed), and each non-blank row's cells as text by
// column key, with the row's number for error messages. The callers validate the values.
import ExcelJS from 'exceljs';
import { invalid } from '../errors.js';

export interface SheetColumn<K extends string> {
  key: K;
  header: string;
}

/** A cell as the text a person sees in it (rich text joined, a formula's result). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined ? '' : String(v.result);
  }
  return String(v);
}

/**
 * The rows of the first sheet under the header row, which must name every `required` header;
 * a missing optional column reads as empty. Blank rows are skipped.
 */
export async function readSheetRows<K extends string>(
  data: Buffer,
  columns: readonly SheetColumn<K>[],
  required: readonly string[],
  /** Said when no row names every required header (a fixed sentence, so it can be translated). */
  missingHeader: string,
): Promise<{ row: number; raw: Record<K, string> }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw invalid('file', '文件不是有效的 Excel 工作簿（.xlsx）');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid('file', '工作簿中没有工作表');
  let headerRow = 0;
  const at = new Map<K, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !headerRow; r++) {
    const names = (ws.getRow(r).values as ExcelJS.CellValue[]).map((v) => cellText(v).trim());
    if (required.every((h) => names.includes(h))) {
      headerRow = r;
      for (const c of columns) if (names.includes(c.header)) at.set(c.key, names.indexOf(c.header));
    }
  }
  if (!headerRow) throw invalid('file', missingHeader);
  const out: { row: number; raw: Record<K, string> }[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw = Object.fromEntries(
      columns.map((c) => [c.key, at.has(c.key) ? cellText(row.getCell(at.get(c.key)!).value).trim() : '']),
    ) as Record<K, string>;
    if (Object.values<string>(raw).every((v) => !v)) continue; // a blank line
    out.push({ row: r, raw });
  }
  return out;
}
