// Reads the office files a route sent back (tests of the Excel and Word exports) as text.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The rows of a workbook's sheet (the first, or the one named) as strings. */
export async function sheetRows(payload: Buffer, sheetName?: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} (sheets: ${wb.worksheets.map((w) => w.name).join(', ')})`);
  const out: string[][] = [];
  sheet.eachRow((row) =>
    out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  return out;
}

/** The names of a workbook's sheets, in order. */
export async function sheetNames(payload: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

/** The visible text of a .docx: the runs of word/document.xml, paragraph by paragraph. */
export async function docxText(payload: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(payload);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}
