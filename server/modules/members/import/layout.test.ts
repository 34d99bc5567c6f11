import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.js';
import { detectLayout, mappingOf, mappingProblems, type HeadRow } from './layout.js';

/** Rows as the reader gives them: cells indexed by column number, A = 1. */
const rows = (...lines: string[][]): HeadRow[] =>
  lines.map((cells, i) => ({ row: i + 1, cells: ['', ...cells] })).filter((r) => r.cells.some(Boolean));
const fields = (layout: ReturnType<typeof detectLayout>) =>
  layout!.columns.map((c) => `${c.letter} ${c.heading} → ${c.field ?? '-'} (${c.match})`);

describe('finding the headings of a roster file and what each column holds', () => {
  it('takes the template’s own headings on row 1 as they are', () => {
    const layout = detectLayout('委员名册', rows(COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header))));
    expect(layout).toMatchObject({ exact: true, headerRow: 1, missing: [] });
    expect(mappingOf(layout!).columns).toEqual(COLUMNS.map((c, i) => ({ column: i + 1, field: c.key })));
  });

  it('finds headings below a title and a blank row, and a second heading row under merged cells', () => {
    const layout = detectLayout(
      'Sheet1',
      rows(
        ['白沙县政协委员名册（2026年1月）'],
        [],
        ['序号', '姓名', '性别', '民族', '出生年月', '政治面貌', '界别', '工作单位及职务', '', '联系方式', '', '籍贯'],
        ['', '', '', '', '', '', '', '单位', '职务', '手机', '办公电话', ''],
        [
          '1',
          '许春燕',
          '女',
          '汉族',
          '1972.08',
          '中共党员',
          '农业界',
          '白沙县农技站',
          '站长',
          '18905960113',
          '',
          '白沙',
        ],
      ),
    );
    expect(layout).toMatchObject({ headerRow: 4, headingRows: 2, exact: false, missing: [] });
    expect(fields(layout)).toEqual([
      'A 序号 → - (ignored)',
      'B 姓名 → name (exact)',
      'C 性别 → gender (exact)',
      'D 民族 → ethnicity (exact)',
      'E 出生年月 → birthDate (alias)',
      'F 政治面貌 → party (alias)',
      'G 界别 → sector (exact)',
      'H 单位 → workUnit (alias)',
      'I 职务 → jobTitle (exact)',
      'J 手机 → phone (alias)',
      'K 办公电话 → - (unsupported)',
      'L 籍贯 → - (unsupported)',
    ]);
    expect(layout!.columns.map((c) => c.group)).toEqual([
      ...Array(7).fill(null),
      ...Array(2).fill('工作单位及职务'),
      '联系方式',
      '联系方式',
      null,
    ]);
    expect(layout!.columns[9]!.samples).toEqual(['189****0113']);
  });

  it('gives a field to one column only, and reads a column without a readable heading by its values', () => {
    const layout = detectLayout(
      'Sheet1',
      rows(
        [
          '姓名',
          '性别',
          '手机号码',
          '联系电话',
          '工作单位',
          '职务',
          '工作单位及职务',
          '',
          '备注',
          '委员手机（核对后）',
        ],
        ['郭振宇', '男', '13705910001', '13705910001', '江临大学', '教授', '江临大学教授', '回族', '', ''],
        ['钱丽君', '女', '13705910002', '', '江临日报社', '记者', '江临日报社记者', '汉族', '', ''],
      ),
    );
    expect(fields(layout)).toEqual([
      'A 姓名 → name (exact)',
      'B 性别 → gender (exact)',
      'C 手机号码 → phone (alias)',
      'D 联系电话 → - (duplicate)',
      'E 工作单位 → workUnit (exact)',
      'F 职务 → jobTitle (exact)',
      'G 工作单位及职务 → - (duplicate)',
      'H  → ethnicity (content)',
      'I 备注 → - (ignored)',
      'J 委员手机（核对后） → - (duplicate)',
    ]);
    expect(layout!.missing).toEqual(['sector', 'party']);
    // Samples that look like phone numbers are masked whatever the column is taken for.
    expect(layout!.columns[3]!.samples).toEqual(['137****0001']);
  });

  it('finds no heading row in a sheet of data or of titles only', () => {
    expect(detectLayout('Sheet1', rows(['江临市政协委员名册'], ['陈秀英', '女', '13588120301']))).toBeNull();
    expect(detectLayout('Sheet1', rows(['姓名'], ['陈秀英']))).toBeNull();
    expect(detectLayout('Sheet1', [])).toBeNull();
  });

  it('names what is wrong with a mapping the office sends', () => {
    const base = [
      { column: 1, field: 'name' },
      { column: 2, field: 'gender' },
      { column: 3, field: 'ethnicity' },
      { column: 4, field: 'phone' },
      { column: 5, field: 'sector' },
      { column: 6, field: 'party' },
    ] as const;
    const problems = (extra: { column: number; field: 'workUnit' | 'workUnitAndTitle' | 'phone' }[], drop = 0) =>
      mappingProblems({ headerRow: 1, columns: [...base.slice(drop), ...extra], workUnitTitle: 'split' });
    expect(problems([])).toEqual([]);
    expect(problems([], 3)).toEqual(['以下必填项没有对应的列：姓名、性别、民族']);
    expect(problems([{ column: 9, field: 'phone' }])).toEqual(['“手机号”对应了两列（D 列和 I 列）']);
    expect(
      problems([
        { column: 7, field: 'workUnit' },
        { column: 8, field: 'workUnitAndTitle' },
      ]),
    ).toEqual(['“工作单位及职务”不能与“工作单位”或“职务”同时导入']);
    expect(problems([{ column: 6, field: 'workUnit' }])).toEqual(['第 F 列对应了不止一项']);
  });
});
