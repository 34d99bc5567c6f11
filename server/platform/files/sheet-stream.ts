// Workbooks streamed to a writable as they are filled (exceljs's streaming writer): each sheet
// with a bold, frozen header row. Rows are committed as they are added, so memory stays flat.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A workbook of several streamed sheets, added one after another. */
export function streamedWorkbook(out: Writable) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let open: ExcelJS.Worksheet | null = null;
  return {
    /** Starts the next sheet (ending the one before it). */
    sheet(name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
      open?.commit();
      const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns;
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      open = sheet;
      return sheet;
    },
    /** Ends the last sheet and the workbook: the stream then holds the whole file. */
    async finish() {
      open?.commit();
      await wb.commit();
    },
  };
}

/** A workbook of one streamed sheet. */
export function streamedSheet(out: Writable, name: string, columns: Partial<ExcelJS.Column>[]) {
  const wb = streamedWorkbook(out);
  return { sheet: wb.sheet(name, columns), finish: wb.finish };
}
