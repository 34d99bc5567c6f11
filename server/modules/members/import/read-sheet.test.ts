import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mappingOf } from './layout.js';
import { readLayout, readRosterSheet, UnreadableWorkbook } from './read-sheet.js';

async function workbook(
  build: (wb: ExcelJS.Workbook) => void,
  opts: { useSharedStrings?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: opts.useSharedStrings ?? true }));
}

const HEADINGS = ['手机号', '姓名', '性别', '民族', '出生日期', '身份证号', '界别', '党派'];

describe('reading the roster sheet of a workbook, row by row', () => {
  // The reader must never park a sheet in a temporary file (it holds ID numbers and phones):
  // with no usable temporary directory, it would fail.
  let tmpdir: string | undefined;
  beforeEach(() => {
    tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/lvzhi-no-temp-files';
  });
  afterEach(() => {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  });

  it('finds the roster sheet by name, its columns in any order, and takes cells as a person reads them', async () => {
    const data = await workbook((wb) => {
      wb.addWorksheet('说明').addRow(['请在“委员名册”中填写']);
      const lists = wb.addWorksheet('下拉列表', { state: 'hidden' });
      lists.addRow(['男', '女']);
      const s = wb.addWorksheet('委员名册');
      s.addRow(HEADINGS.map((h, i) => (i === 1 ? `${h}*` : h)));
      s.addRow(['13900001111', '（示例）张三', '男', '汉族', '', '', '经济界', '中共']);
      s.addRow([]);
      s.addRow([
        13900002222,
        { richText: [{ text: '李' }, { text: '晓梅', font: { bold: true } }] },
        '女',
        ' 汉族 ',
        new Date(Date.UTC(1975, 5, 18)),
        // eslint-disable-next-line no-loss-of-precision -- an 18-digit ID typed as a number, as Excel stores it
        110101197506180026,
        '经济界',
        { formula: '"无"&"党派"', result: '无党派' },
      ]);
      s.addRow(['13900003333', '王志强', '男', '回族', '', '11010119800307001X', '教育界', true]);
    });
    const { rows, problems } = await readRosterSheet(data);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([4, 5]);
    expect(rows[0]!.cells).toEqual({
      phone: '13900002222',
      name: '李晓梅',
      gender: '女',
      ethnicity: '汉族',
      birthDate: '1975-06-18',
      idNumber: expect.stringMatching(/^11010119750618\d{4}$/),
      sector: '经济界',
      party: '无党派',
    });
    // Typed as a number, the 18 digits were already rounded by Excel: the check says so rather than guessing.
    expect(rows[0]!.rounded).toEqual(['idNumber']);
    expect(rows[1]).toEqual({
      row: 5,
      rounded: [],
      cells: {
        phone: '13900003333',
        name: '王志强',
        gender: '男',
        ethnicity: '回族',
        idNumber: '11010119800307001X',
        sector: '教育界',
        party: '是',
      },
    });
  });

  it('reads the first visible sheet when none is named 委员名册, and sheets without shared strings', async () => {
    for (const useSharedStrings of [true, false]) {
      const data = await workbook(
        (wb) => {
          wb.addWorksheet('列表', { state: 'hidden' }).addRow(HEADINGS);
          const s = wb.addWorksheet('Sheet1');
          s.addRow(HEADINGS);
          s.addRow(['13900004444', '赵国庆', '男', '汉族', '', '', '经济界', '中共']);
        },
        { useSharedStrings },
      );
      const { rows, problems } = await readRosterSheet(data);
      expect(problems).toEqual([]);
      expect(rows.map((r) => r.cells.name)).toEqual(['赵国庆']);
    }
  });

  it('names every required column the sheet lacks, and reads no rows then', async () => {
    const data = await workbook((wb) => {
      const s = wb.addWorksheet('委员名册');
      s.addRow(['姓名', '手机号']);
      s.addRow(['赵国庆', '13900004444']);
    });
    const { rows, problems } = await readRosterSheet(data);
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.column)).toEqual(['性别', '民族', '界别', '党派']);
    const empty = await readRosterSheet(await workbook((wb) => void wb.addWorksheet('委员名册')));
    expect(empty.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^找不到列名行/)]);
  });

  it('reads a roster of its own layout: merged title, headings on two rows, dates shown as months', async () => {
    const data = await workbook((wb) => {
      const s = wb.addWorksheet('2026年名册');
      s.addRow(['云岭县政协第九届委员名册']);
      s.mergeCells('A1:J1');
      s.addRow(['序号', '姓名', '性别', '民族', '出生年月', '党派', '界别', '工作单位及职务', '联系方式', '']);
      s.addRow(['', '', '', '', '', '', '', '', '手机', '办公电话']);
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) s.mergeCells(`${c}2:${c}3`);
      s.mergeCells('I2:J2');
      const first = s.addRow([
        1,
        '蓝月华',
        '女',
        '畲',
        new Date(Date.UTC(1979, 8, 1)),
        '中共',
        '少数民族界',
        '云岭县民族中学 副校长',
        15080230001,
        '0596-5212345',
      ]);
      first.getCell(5).numFmt = 'yyyy"年"m"月"';
      s.addRow([2, '雷建平', '男', '畲族', 1966.1, '民进', '教育界', '云岭县第二中学校长', '150 8023 0002', '']);
      s.addRow(['制表：云岭县政协办公室']);
    });
    const layout = (await readLayout(data))!;
    expect(layout).toMatchObject({ sheet: '2026年名册', headerRow: 3, headingRows: 2, workUnitTitle: 'split' });
    expect(layout.columns.map((c) => c.field)).toEqual([
      null,
      'name',
      'gender',
      'ethnicity',
      'birthDate',
      'party',
      'sector',
      'workUnitAndTitle',
      'phone',
      null,
    ]);
    expect(layout.columns[4]!.samples).toEqual(['1979-09', '1966.1']);
    const { rows, problems, columnNames } = await readRosterSheet(data, mappingOf(layout));
    expect(problems).toEqual([]);
    expect(columnNames).toMatchObject({ phone: '手机', birthDate: '出生年月', workUnit: '工作单位及职务' });
    expect(rows).toEqual([
      {
        row: 4,
        rounded: [],
        cells: {
          name: '蓝月华',
          gender: '女',
          ethnicity: '畲',
          birthDate: '1979-09',
          party: '中共',
          sector: '少数民族界',
          workUnit: '云岭县民族中学',
          jobTitle: '副校长',
          phone: '15080230001',
        },
      },
      {
        row: 5,
        rounded: [],
        cells: {
          name: '雷建平',
          gender: '男',
          ethnicity: '畲族',
          birthDate: '1966.10',
          party: '民进',
          sector: '教育界',
          workUnit: '云岭县第二中学',
          jobTitle: '校长',
          phone: '150 8023 0002',
        },
      },
    ]);
    // Without a mapping, such a file is not taken for the template.
    expect((await readRosterSheet(data)).problems.map((p) => p.message)).toEqual([
      '列名与导入模板不一致，请在网页“名册导入”中核对列的对应关系后导入',
    ]);
  });

  it('refuses what is not a readable workbook', async () => {
    const good = await workbook((wb) => wb.addWorksheet('委员名册').addRow(HEADINGS));
    const notXlsx = await new JSZip()
      .file('word/document.xml', '<w:document/>')
      .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const damaged = Buffer.from(good);
    const sheet = damaged.indexOf('xl/worksheets/sheet1.xml');
    damaged.fill(0x55, sheet + 40, sheet + 200);
    for (const bytes of [
      Buffer.from('姓名,手机号\n张三,13900001111\n'),
      Buffer.alloc(0),
      good.subarray(0, good.length - 30),
      notXlsx,
      damaged,
    ]) {
      await expect(readRosterSheet(bytes)).rejects.toBeInstanceOf(UnreadableWorkbook);
    }
  });
});
