// The import template: the roster sheet with its header, one example row and drop-down
// lists filled from the organisation's own sectors, committees and groups; an instructions
// sheet; and a hidden sheet holding the lists (an inline list is capped at 255 characters).
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '../../../platform/crypto/personal-data.js';
import type { RefIndex } from '../member-rules.js';
import { PARTIES, PARTY_CODES, partyFromLabel } from '../parties.js';
import { columnLetter as letterOf } from './layout.js';
import { COLUMNS, EXAMPLE_MARK, MAX_IMPORT_ROWS, ROSTER_SHEET, type Column, type ColumnKey } from './columns.js';

type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, v: ExcelJS.DataValidation): void };
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB7312C' } };
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF8C8C8C' } };

/**
 * The example member: a 民盟 teacher, in the 民盟 sector when the organisation has one (by
 * any of its names); otherwise in a sector that stands for no party, preferring 教育界. A
 * party's own sector is never paired with another party.
 */
function exampleSector(ref: RefIndex): string {
  const active = [...ref.sectors.values()].filter((s) => s.active);
  const partySector = (s: { name: string }) => partyFromLabel(s.name);
  return (
    active.find((s) => partySector(s) === 'cdl')?.name ??
    active.find((s) => s.name === '教育界')?.name ??
    active.find((s) => !partySector(s) && s.name.endsWith('界'))?.name ??
    active.find((s) => !partySector(s))?.name ??
    ''
  );
}

function exampleRow(ref: RefIndex): Record<ColumnKey, string> {
  // 369900 (江临市) + born 19780412 + 36 + 2 (an even 17th digit: a woman).
  const first17 = '3699001978041236' + '2';
  const committee = [...ref.committees.values()].find((c) => c.active);
  const group = [...ref.groups.values()].find((g) => g.committeeId === committee?.id && g.active);
  return {
    name: `${EXAMPLE_MARK}李华`,
    gender: '女',
    ethnicity: '汉族',
    birthDate: '1978-04-12',
    idNumber: first17 + idNumberCheckChar(first17),
    phone: '13912345678',
    sector: exampleSector(ref),
    committee: committee?.name ?? '',
    group: group?.name ?? '',
    party: PARTIES.cdl['zh-CN'],
    workUnit: '市第一中学',
    jobTitle: '副校长',
    isNew: '是',
    email: 'lihua@example.cn',
    address: '江滨路 88 号',
    postalCode: '369000',
  };
}

const columnLetter = (index: number) => letterOf(index + 1);

export async function buildImportTemplate(ref: RefIndex, orgName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '履职平台';
  wb.created = new Date();
  const sheet = wb.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] }) as SheetWithValidations;
  const guide = wb.addWorksheet('填写说明');
  const lists = wb.addWorksheet('选项', { state: 'hidden' });

  sheet.columns = COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.height = 22;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  const example = sheet.addRow(exampleRow(ref));
  example.font = EXAMPLE_FONT;

  const listValues: Record<NonNullable<Column['list']>, string[]> = {
    gender: ['男', '女'],
    sector: [...ref.sectors.values()].filter((s) => s.active).map((s) => s.name),
    committee: [...ref.committees.values()].filter((c) => c.active).map((c) => c.name),
    group: [...new Set([...ref.groups.values()].filter((g) => g.active).map((g) => g.name))],
    party: PARTY_CODES.map((p) => PARTIES[p]['zh-CN']),
    yesno: ['是', '否'],
  };
  const lastRow = MAX_IMPORT_ROWS + 1;
  let listCol = 0;
  for (const [i, col] of COLUMNS.entries()) {
    if (!col.list) continue;
    const values = listValues[col.list];
    if (!values.length) continue;
    const letter = columnLetter(listCol++);
    lists.getCell(`${letter}1`).value = col.header;
    values.forEach((v, j) => (lists.getCell(`${letter}${j + 2}`).value = v));
    sheet.dataValidations.add(`${columnLetter(i)}2:${columnLetter(i)}${lastRow}`, {
      type: 'list',
      allowBlank: !col.required,
      formulae: [`'选项'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请从列表中选择',
      error: `请从下拉列表中选择${col.header}`,
    });
  }

  guide.columns = [{ width: 14 }, { width: 10 }, { width: 70 }];
  guide.addRow([`${orgName}委员名册导入模板`]).font = { bold: true, size: 14 };
  for (const line of [
    `1. 在“${ROSTER_SHEET}”工作表中每行填写一位委员；第 2 行为示例（姓名以“${EXAMPLE_MARK}”开头），导入时自动忽略，可以删除。`,
    '2. 列名带 * 的为必填项。请勿修改第 1 行的列名；列的顺序可以调整。也可以直接上传本单位自己的名册表格，上传后在网页上核对各列对应的项目。',
    '3. 身份证号、手机号、邮政编码列已设为文本格式，请勿改为数字格式，否则身份证号末几位会丢失。',
    '4. 同一届名册内，手机号和身份证号都不能重复（也不能与名册中已有委员重复）。',
    '5. 上传后系统先逐行检查并列出全部问题，此时不会写入任何数据；全部无误后方可确认导入，导入要么全部成功，要么一条也不写入。',
    `6. 一个文件最多 ${MAX_IMPORT_ROWS} 行。`,
  ])
    guide.addRow([line]).alignment = { wrapText: false };
  guide.addRow([]);
  const head = guide.addRow(['列名', '是否必填', '填写说明']);
  head.font = { bold: true };
  for (const c of COLUMNS) guide.addRow([c.header, c.required ? '必填' : '选填', c.hint]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
