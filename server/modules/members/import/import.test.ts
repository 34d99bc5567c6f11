import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  commit,
  countRows,
  fillTemplate,
  people,
  preview,
  readSheet,
  template,
  upload,
} from '../roster-sheets.test-helpers.js';

describe(`roster import from Excel (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let blank: Buffer;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    blank = await template(staff);
  });
  afterAll(async () => ctx?.close());

  const rosterSize = () => countRows(ctx, 'members');
  const importAudits = () =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select(['detail', 'actor_name'])
      .where('action', '=', 'member.import')
      .execute();

  it('offers a template with headings, an example row, drop-down lists and instructions, which parses back', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blank as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['委员名册', '填写说明', '选项']);
    const sheet = wb.getWorksheet('委员名册')!;
    expect((sheet.getRow(1).values as string[]).slice(1, 7)).toEqual([
      '姓名*',
      '性别*',
      '民族*',
      '出生日期',
      '身份证号',
      '手机号*',
    ]);
    const rows = await readSheet(blank);
    expect(rows).toHaveLength(1);
    // The example is a 民盟 member in the 民盟 sector (a party's sector holds that party's members).
    expect(rows[0]).toMatchObject({ 姓名: '（示例）李华', 性别: '女', 界别: '民盟', 党派: '民盟' });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(validations.B2?.formulae[0]).toMatch(/选项/);
    const lists = await readSheet(blank, '选项');
    expect(lists.map((r) => r['界别']).filter(Boolean)).toEqual(['经济界', '教育界', '医药卫生界', '民盟']);
    expect(
      (await readSheet(blank, '填写说明')).some((r) => Object.values(r).some((v) => v.includes('要么全部成功'))),
    ).toBe(true);
    // The untouched template has only the example row, which the import skips.
    const empty = await preview(ctx, staff, blank);
    expect(empty.problems.map((p) => p.message)).toEqual(['文件中没有委员数据']);
  });

  it("lists every row's problems with row, column and a Chinese message, and writes nothing", async () => {
    const [good, ...others] = people(12, 0, '教育界');
    const file = await fillTemplate(blank, [
      good!,
      {
        ...others[0],
        身份证号:
          String(others[0]!['身份证号']).slice(0, 17) + (String(others[0]!['身份证号']).endsWith('1') ? '2' : '1'),
      },
      { ...others[1], 界别: '航天界' },
      { ...others[2], 手机号: good!['手机号'] },
      { ...others[3], 手机号: '138 0013 8001' },
      { ...others[4], 出生日期: '1999-01-01' },
      { ...others[5], 电子邮箱: 'wang@' },
      { ...others[6], 姓名: undefined },
      { ...others[7], 党派: '自由党' },
      { ...others[8], 专委会: '提案委员会', 委员小组: '经济一组' },
      { ...others[9], 身份证号: 110101198003070000 },
      { ...others[10], 身份证号: good!['身份证号'], 性别: good!['性别'] },
    ]);
    const before = await rosterSize();
    const result = await preview(ctx, staff, file);
    const at = (row: number) => result.problems.filter((p) => p.row === row).map((p) => `${p.column}:${p.message}`);
    expect(result).toMatchObject({ rows: 12, validRows: 1, badRows: 11, committed: false });
    expect(at(3)).toEqual([]);
    expect(at(4)).toEqual(['身份证号:身份证号校验位不正确']);
    expect(at(5)).toEqual(['界别:界别“航天界”不是本组织设置的界别']);
    expect(at(6)).toEqual(['手机号:手机号与第 3 行重复']);
    expect(at(7)).toEqual(['手机号:手机号已被本届委员“张建国”使用']);
    expect(at(8)[0]).toMatch(/^出生日期:出生日期与身份证号不一致/);
    expect(at(9)).toEqual(['电子邮箱:电子邮箱格式不正确']);
    expect(at(10)).toEqual(['姓名:姓名不能为空']);
    expect(at(11)).toEqual(['党派:党派“自由党”不在可选范围内']);
    expect(at(12)).toEqual(['委员小组:委员小组“经济一组”不属于所填专委会']);
    expect(at(13)[0]).toMatch(/^身份证号:身份证号被 Excel 存成了数字/);
    expect(at(14)).toEqual(['身份证号:身份证号与第 3 行重复']);
    expect(result.problems.find((p) => p.row === 5)?.value).toBe('航天界');
    expect(await rosterSize()).toBe(before);

    // Committing the same file is refused as a whole.
    const refused = await commit(ctx, staff, result.fileId);
    expect(refused).toMatchObject({ committed: false, imported: 0, problemCount: result.problemCount });
    expect(await rosterSize()).toBe(before);
    expect(await importAudits()).toEqual([]);
  });

  it('writes nothing when a single row of many is bad', async () => {
    const rows = people(40, 100);
    rows[27] = { ...rows[27], 性别: '未知' };
    const before = await rosterSize();
    const result = await commit(ctx, staff, (await preview(ctx, staff, await fillTemplate(blank, rows))).fileId);
    expect(result).toMatchObject({ committed: false, imported: 0, validRows: 39, badRows: 1 });
    expect(result.problems).toEqual([{ row: 30, column: '性别', value: '未知', message: '性别应填“男”或“女”' }]);
    expect(await rosterSize()).toBe(before);
  });

  it('imports a clean file in one go, audited once, and refuses the same people twice', async () => {
    const rows = people(30, 200).map((r, i) =>
      i === 0 ? { ...r, 姓名: '曾国华', 专委会: '经济委员会', 委员小组: '经济一组', 出生日期: undefined } : r,
    );
    const checked = await preview(ctx, staff, await fillTemplate(blank, rows));
    expect(checked).toMatchObject({ rows: 30, validRows: 30, problemCount: 0, committed: false });
    const before = await rosterSize();
    // The workbook (ID numbers, phones) waits sealed on disk, and is gone once imported.
    const waiting = await ctx.platform.db
      .selectFrom('files')
      .select(['sealed', 'expires_at'])
      .where('id', '=', checked.fileId)
      .executeTakeFirstOrThrow();
    expect(waiting.sealed).toBe(1);
    expect(waiting.expires_at).not.toBeNull();
    const done = await commit(ctx, staff, checked.fileId);
    expect(done).toMatchObject({ committed: true, imported: 30 });
    expect(
      await ctx.platform.db.selectFrom('files').select('id').where('id', '=', checked.fileId).executeTakeFirst(),
    ).toBeUndefined();
    expect(await rosterSize()).toBe(before + 30);
    const found = (await staff.get('/api/members?q=zgh')).json().items;
    expect(found).toEqual([
      expect.objectContaining({
        name: '曾国华',
        committeeName: '经济委员会',
        groupName: '经济一组',
        phoneMasked: '139****0200',
      }),
    ]);
    expect(found[0].birthDate).toBe(
      `${String(rows[0]!['身份证号']).slice(6, 10)}-${String(rows[0]!['身份证号']).slice(10, 12)}-${String(rows[0]!['身份证号']).slice(12, 14)}`,
    );
    const trail = await importAudits();
    expect(trail).toHaveLength(1);
    expect(JSON.parse(trail[0]!.detail!)).toMatchObject({ count: 30, termId: fx.term });
    expect(trail[0]!.actor_name).toBe('周秘书');

    const again = await preview(ctx, staff, await fillTemplate(blank, rows.slice(0, 2)));
    expect(again.problems.map((p) => p.message)).toEqual([
      '手机号已被本届委员“曾国华”使用',
      '身份证号已在本届名册中（曾国华）',
      expect.stringMatching(/^手机号已被本届委员/),
      expect.stringMatching(/^身份证号已在本届名册中/),
    ]);
  });

  it("imports only into the user's own organisation, and only for those allowed to", async () => {
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    expectError(await member.get('/api/members/import/template'), 403);
    expectError(await upload(member, blank), 403);
    await staff.post('/api/auth/switch-org', { orgId: fx.countyA });
    expectError(await upload(staff, blank), 403, 'ORG_READ_ONLY');
    await staff.post('/api/auth/switch-org', { orgId: fx.city });
    expectError(await upload(staff, Buffer.from('%PDF-1.4 not a sheet')), 415);

    const county = await login(ctx, 'dongcheng', PASSWORD);
    const countyTemplate = await template(county);
    const result = await commit(
      ctx,
      county,
      (await preview(ctx, county, await fillTemplate(countyTemplate, people(3, 400, '农业界')))).fileId,
    );
    expect(result).toMatchObject({ committed: true, imported: 3 });
    expect((await county.get('/api/members')).json().total).toBe(4);
    // Another user cannot commit (or even see) someone else's upload.
    expectError(
      await staff.post('/api/members/import/commit', { fileId: (await upload(county, countyTemplate)).json().fileId }),
      404,
    );
  });

  it('checks and imports 10 000 rows in one file', async () => {
    const rows = people(10_000, 1000);
    const file = await fillTemplate(blank, rows);
    const t0 = Date.now();
    const checked = await preview(ctx, staff, file);
    const t1 = Date.now();
    expect(checked).toMatchObject({ rows: 10_000, validRows: 10_000, problemCount: 0 });
    const done = await commit(ctx, staff, checked.fileId);
    const t2 = Date.now();
    expect(done).toMatchObject({ committed: true, imported: 10_000 });
    console.log(
      `[${ENGINE}] 10 000-row import: preview ${t1 - t0} ms, commit ${t2 - t1} ms (file ${Math.round(file.length / 1024)} KiB)`,
    );
    expect(t2 - t1).toBeLessThan(30_000);
    expect((await staff.get('/api/members?q=zhy&pageSize=1')).json().total).toBeGreaterThan(0);

    // The streamed export carries every one of them back out.
    const sector = `sectorId=${fx.sectors['经济界']}`;
    const total = (await staff.get(`/api/members?${sector}&pageSize=1`)).json().total;
    const t3 = Date.now();
    const exported = await staff.get(`/api/members/export?${sector}`);
    const t4 = Date.now();
    const back = await readSheet(exported.rawPayload);
    expect(back).toHaveLength(total);
    expect(total).toBeGreaterThan(10_000);
    expect(back.every((r) => /^\d{3}\*{4}\d{4}$/.test(r['手机号']!))).toBe(true);
    console.log(
      `[${ENGINE}] export of ${total} rows: ${t4 - t3} ms (${Math.round(exported.rawPayload.length / 1024)} KiB)`,
    );
  }, 180_000);
});
