// A workbook streamed to a writable as it is filled (exceljs's streaming writer): one sheet with
// a bold, frozen header row. Rows are committed as they are added, so memory stays flat.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export function streamedSheet(out: Writable, name: string, columns: Partial<ExcelJS.Column>[]) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    sheet,
    /** Ends the sheet and the workbook: the stream then holds the whole file. */
    async finish() {
      sheet.commit();
      await wb.commit();
    },
  };
}
