// The uncovered lists as an Excel workbook: the party members in no party organisation, and
// the non-party members no party member is linked to, so the office can act on them.
import ExcelJS from 'exceljs';
import type { RosterEntry } from './party.service.js';
import { UNCOVERED_HEADER, UNCOVERED_SHEETS } from './party.texts.js';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

export async function uncoveredWorkbook(f: {
  term: string | null;
  partyOrgCoverage: number;
  partyWorkCoverage: number;
  uncoveredPartyMembers: RosterEntry[];
  unlinkedNonPartyMembers: RosterEntry[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, title: string, rows: RosterEntry[]) => {
    const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow(UNCOVERED_HEADER).font = { bold: true };
    rows.forEach((m, i) => sheet.addRow([i + 1, m.name, m.partyLabel, m.sector ?? '', m.committee ?? '']));
    sheet.columns.forEach((c, i) => (c.width = [6, 12, 12, 16, 18][i]));
  };
  const term = f.term ? `${f.term} ` : '';
  add(
    UNCOVERED_SHEETS.party,
    `${term}未纳入党组织的中共党员委员（党组织覆盖率 ${pct(f.partyOrgCoverage)}）`,
    f.uncoveredPartyMembers,
  );
  add(
    UNCOVERED_SHEETS.nonParty,
    `${term}尚无党员委员联系的非中共委员（党的工作覆盖率 ${pct(f.partyWorkCoverage)}）`,
    f.unlinkedNonPartyMembers,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
