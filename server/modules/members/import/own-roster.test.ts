import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import {
  commit,
  countRows,
  finishJob,
  ownRoster,
  previewWith,
  upload,
  type Mapping,
  type OwnRow,
} from '../roster-sheets.test-helpers.js';

// A committee's own roster: 序号 姓名 性别 民族 出生年月 党派 界别 工作单位及职务 手机号码 分组 备注,
// under a title row. Invented people; phones 1358812xxxx.
const ROWS: OwnRow[] = [
  {
    姓名: '陈秀英',
    性别: '女',
    民族: '汉族',
    出生年月: '1968.05',
    党派: '中共',
    界别: '经济界',
    工作单位及职务: '江临农商银行 行长',
    手机号码: 13588120301,
    分组: '经济委员会',
  },
  {
    姓名: '林志华',
    性别: '男',
    民族: '汉',
    出生年月: '1971年3月',
    党派: '中国共产党',
    界别: '经济',
    工作单位及职务: '江临港务集团董事长兼总经理',
    手机号码: '135 8812 0302',
    分组: '经济委员会',
    备注: '连任',
  },
  {
    姓名: '黄海涛',
    性别: '男',
    民族: '回族',
    出生年月: '1975-11',
    党派: '民盟盟员',
    界别: '中国民主同盟',
    工作单位及职务: '江临大学教授',
    手机号码: '13588120303',
    分组: '教科卫体委员会',
  },
  {
    姓名: '吴丽娟',
    性别: '女',
    民族: '畲族',
    出生年月: new Date(Date.UTC(1980, 1, 1)),
    党派: '九三学社',
    界别: '医卫界',
    工作单位及职务: '江临市第一人民医院副院长',
    手机号码: '13588120304',
    分组: '教科卫体委员会',
  },
  {
    姓名: '郑国强',
    性别: '男',
    民族: '汉族',
    出生年月: 1969.1,
    党派: '无党派',
    界别: '教育界',
    工作单位及职务: '江临市实验中学党委书记、校长',
    手机号码: '13588120305',
    分组: '教科卫体委员会',
  },
  {
    姓名: '周婉清',
    性别: '女',
    民族: '汉族',
    出生年月: '196512',
    党派: '群众',
    界别: '教育',
    工作单位及职务: '退休',
    手机号码: '13588120306',
  },
];

describe(`a committee's own roster file, mapped by the office (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const analyse = async (file: Buffer) => {
    const res = await upload(staff, file);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const proposed = (layout: { columns: { heading: string; field: string | null; match: string }[] }) =>
    Object.fromEntries(layout.columns.map((c) => [c.heading, `${c.field ?? '-'} ${c.match}`]));

  it('finds the headings under the title, proposes a field for each column, and masks the samples', async () => {
    const answer = await analyse(await ownRoster(ROWS));
    expect(answer.jobId).toBeNull();
    expect(answer.layout).toMatchObject({ sheet: 'Sheet1', headerRow: 3, headingRows: 1, exact: false, missing: [] });
    expect(proposed(answer.layout)).toEqual({
      序号: '- ignored',
      姓名: 'name exact',
      性别: 'gender exact',
      民族: 'ethnicity exact',
      出生年月: 'birthDate alias',
      党派: 'party exact',
      界别: 'sector exact',
      工作单位及职务: 'workUnitAndTitle alias',
      手机号码: 'phone alias',
      分组: '- unknown',
      备注: '- ignored',
    });
    const column = (heading: string) => answer.layout.columns.find((c: { heading: string }) => c.heading === heading);
    expect(column('手机号码').samples).toEqual(['135****0301', '135****0302', '135****0303']);
    expect(column('出生年月').samples).toEqual(['1968.05', '1971年3月', '1975-11']);
    expect(column('工作单位及职务').split).toEqual([
      { unit: '江临农商银行', title: '行长' },
      { unit: '江临港务集团', title: '董事长兼总经理' },
      { unit: '江临大学', title: '教授' },
    ]);
    expect(answer.layout.workUnitTitle).toBe('split');
    expect(answer.fields.filter((f: { required: boolean }) => f.required).map((f: { key: string }) => f.key)).toEqual([
      'name',
      'gender',
      'ethnicity',
      'phone',
      'sector',
      'party',
    ]);
    // Nothing is checked yet: the job waits for the office's mapping.
    expect(await countRows(ctx, 'jobs')).toBe(0);
  });

  it('refuses a mapping that leaves out required fields or uses a field twice, naming them', async () => {
    const answer = await analyse(await ownRoster(ROWS));
    const mapping: Mapping = {
      headerRow: 3,
      columns: [
        { column: 2, field: 'name' },
        { column: 3, field: 'gender' },
        { column: 7, field: 'sector' },
        { column: 8, field: 'sector' },
      ],
      workUnitTitle: 'whole',
    };
    const res = await staff.post('/api/members/import/preview', { fileId: answer.fileId, mapping });
    expectError(res, 400, 'IMPORT_MAPPING_INVALID');
    expect(res.json().error.message).toBe(
      '“界别”对应了两列（G 列和 H 列）；以下必填项没有对应的列：民族、手机号、党派',
    );
  });

  it('previews with the corrected mapping: per-row problems in the file’s own column names', async () => {
    const bad = ROWS.map((r) => ({ ...r }));
    bad[1] = { ...bad[1], 出生年月: '1971.13' };
    bad[2] = { ...bad[2], 党派: '共青团员' };
    bad[3] = { ...bad[3], 手机号码: '13588120301' };
    bad[4] = { ...bad[4], 界别: '航天界', 分组: '外事委员会' };
    const answer = await analyse(await ownRoster(bad));
    const mapping = correct(answer.layout);
    const result = await previewWith(ctx, staff, answer.fileId, mapping);
    const at = (row: number) => result.problems.filter((p) => p.row === row).map((p) => `${p.column}:${p.message}`);
    expect(result).toMatchObject({ rows: 6, validRows: 2, badRows: 4, committed: false });
    expect(at(5)).toEqual(['出生年月:出生年月格式不正确，应如 1975-06-18，或只写年月如 1975.06']);
    expect(at(6)).toEqual(['党派:党派“共青团员”不在可选范围内']);
    expect(at(7)).toEqual(['手机号码:手机号与第 4 行重复']);
    expect(at(8)).toEqual(['界别:界别“航天界”不是本组织设置的界别', '分组:专委会“外事委员会”不是本组织设置的专委会']);
    // The file is not committed past its problems.
    expect(await commit(ctx, staff, answer.fileId, mapping)).toMatchObject({ committed: false, imported: 0 });
  });

  it('imports the file with the corrected mapping, the values read as the roster keeps them', async () => {
    const answer = await analyse(await ownRoster(ROWS));
    const mapping = correct(answer.layout);
    const checked = await previewWith(ctx, staff, answer.fileId, mapping);
    expect(checked).toMatchObject({ rows: 6, validRows: 6, problemCount: 0 });
    expect(checked.sample[1]).toEqual({
      row: 5,
      name: '林志华',
      gender: '男',
      ethnicity: '汉族',
      birthDate: '1971-03',
      party: '中共',
      sector: '经济界',
      committee: '经济委员会',
      group: null,
      workUnit: '江临港务集团',
      jobTitle: '董事长兼总经理',
      phone: '135****0302',
      idNumber: null,
    });
    // Kept whole, the same column is the work unit.
    const whole = await previewWith(ctx, staff, answer.fileId, { ...mapping, workUnitTitle: 'whole' });
    expect(whole.sample.map((s) => [s.workUnit, s.jobTitle])[1]).toEqual(['江临港务集团董事长兼总经理', null]);

    const done = await commit(ctx, staff, answer.fileId, mapping);
    expect(done).toMatchObject({ committed: true, imported: 6 });
    const imported = await ctx.platform.db
      .selectFrom('members')
      .innerJoin('sectors', 'sectors.id', 'members.sector_id')
      .select(['members.name', 'birth_date', 'party', 'sectors.name as sector', 'ethnicity', 'work_unit', 'job_title'])
      .where('phone_masked', 'like', '135****03%')
      .orderBy('phone_masked')
      .execute();
    expect(imported.map((m) => Object.values(m).join(' '))).toEqual([
      '陈秀英 1968-05 cpc 经济界 汉族 江临农商银行 行长',
      '林志华 1971-03 cpc 经济界 汉族 江临港务集团 董事长兼总经理',
      '黄海涛 1975-11 cdl 民盟 回族 江临大学 教授',
      '吴丽娟 1980-02 jiusan 医药卫生界 畲族 江临市第一人民医院 副院长',
      '郑国强 1969-10 nonparty 教育界 汉族 江临市实验中学 党委书记、校长',
      '周婉清 1965-12 nonparty 教育界 汉族 退休 ',
    ]);
    const member = (await staff.get('/api/members?q=lzh')).json().items[0];
    expect(member).toMatchObject({ name: '林志华', birthDate: '1971-03', committeeName: '经济委员会' });
  });

  it('answers a file with no heading row it can read with what to do, and keeps nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['江临市政协第十届委员名册']);
    sheet.addRow(['A', 'B', 'C', 'D']);
    sheet.addRow(['陈秀英', '女', '1968.05', '13588120301']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const filesBefore = await countRows(ctx, 'files');
    const refused = await upload(staff, file);
    expectError(refused, 422, 'IMPORT_NO_HEADINGS');
    expect(refused.json().error.message).toMatch(/^找不到列名行：文件前 20 行中没有“姓名”/);
    expect(await countRows(ctx, 'files')).toBe(filesBefore);

    // A workbook the file service takes but that lists no sheet: unreadable, and not kept either.
    const zip = await JSZip.loadAsync(await ownRoster(ROWS));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', book.replace(/<sheet\b[^>]*\/>/g, ''));
    const damaged = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const unreadable = await upload(staff, damaged);
    expectError(unreadable, 422, 'IMPORT_UNREADABLE');
    expect(unreadable.json().error.message).toMatch(/^文件无法读取/);
    expect(await countRows(ctx, 'files')).toBe(filesBefore);
  });

  it('still takes the template in one step, and refuses a preview of someone else’s upload', async () => {
    const res = await staff.get('/api/members/import/template');
    const started = await upload(staff, res.rawPayload);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ jobId: expect.any(Number), layout: { exact: true, headerRow: 1 } });
    expect((await finishJob(ctx, staff, started.json().jobId)).problems[0]?.message).toBe('文件中没有委员数据');

    const county = await login(ctx, 'dongcheng', PASSWORD);
    const mine = await analyse(await ownRoster(ROWS));
    expectError(
      await county.post('/api/members/import/preview', { fileId: mine.fileId, mapping: correct(mine.layout) }),
      404,
    );
  });
});

/** The office's correction: the proposal, with 分组 imported as the 专委会. */
function correct(layout: { headerRow: number; workUnitTitle: 'whole' | 'split'; columns: LayoutColumn[] }): Mapping {
  return {
    headerRow: layout.headerRow,
    workUnitTitle: layout.workUnitTitle,
    columns: layout.columns
      .map((c) => ({ column: c.column, field: c.heading === '分组' ? 'committee' : c.field }))
      .filter((c): c is { column: number; field: string } => c.field !== null),
  };
}
interface LayoutColumn {
  column: number;
  heading: string;
  field: string | null;
}
