import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { chinaDate } from '../clock.js';

interface Entry {
  seq: number;
  action: string;
  actorName: string | null;
  orgName: string | null;
  objectType: string | null;
  objectId: string | null;
}

describe(`audit: the auditor's filtered list and its Excel export (${ENGINE})`, () => {
  let ctx: TestContext;
  let auditor: Client;
  let staff: Client;
  const today = () => chinaDate(ctx.platform.clock.now());
  const list = async (query: string) => {
    const res = await auditor.get(`/api/audit?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    await login(ctx, 'zhangjianguo', PASSWORD);
    await login(ctx, 'dongcheng', PASSWORD);
    expect((await staff.get('/api/members/export')).statusCode).toBe(200);
    auditor = await login(ctx, 'auditor', PASSWORD);
  });
  afterAll(() => ctx?.close());

  it('filters by action, actor, target and date, and names the actor’s organisation', async () => {
    const logins = await list('action=auth.login');
    expect(logins.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(logins.items.map((e) => e.action))).toEqual(new Set(['auth.login']));
    const zhou = logins.items.find((e) => e.actorName === '周秘书')!;
    expect(zhou.orgName).toBeTruthy();

    const byName = await list('actor=周秘');
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.every((e) => e.actorName === '周秘书')).toBe(true);

    const area = await list('area=member');
    expect(area.items.map((e) => e.action)).toContain('member.export');
    expect(area.items.every((e) => e.action.startsWith('member.'))).toBe(true);

    const target = (await list('objectType=member')).items;
    expect(target.every((e) => e.objectType === 'member')).toBe(true);

    const all = await list('');
    expect((await list(`from=${today()}&to=${today()}`)).total).toBe(all.total);
    expect((await list('from=2001-01-01&to=2001-01-31')).total).toBe(0);
  });

  it('refuses an unknown action, a bad date and a range that ends before it starts', async () => {
    expectError(await auditor.get('/api/audit?action=auth.nonsense'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/api/audit?from=2027-02-30'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/api/audit?area=Auth%25'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/api/audit?from=2027-03-06&to=2027-03-01'), 400);
    expectError(await auditor.get('/api/audit/export.xlsx?from=2027-03-06&to=2027-03-01'), 400);
  });

  it('exports the filtered list as an Excel file that parses back, and audits the export', async () => {
    const res = await auditor.get('/api/audit/export.xlsx?action=auth.login');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    expect(rows[0]).toEqual([
      '序号',
      '时间',
      '操作人',
      '所属组织',
      'IP 地址',
      '操作',
      '操作代码',
      '对象',
      '结果',
      '详情',
    ]);
    const body = rows.slice(1);
    expect(body.length).toBe((await list('action=auth.login')).total);
    expect(body.every((r) => r[5] === '登录' && r[6] === 'auth.login' && r[8] === '成功')).toBe(true);
    expect(body.map((r) => r[2])).toContain('周秘书');
    expect(body[0]![1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);

    const exports = (await list('action=audit.export')).items;
    expect(exports.length).toBe(1);
    expect(exports[0]!.actorName).toBe('审计员');
  });

  it('keeps the trail and its export to the auditor', async () => {
    expectError(await staff.get('/api/audit'), 403);
    expectError(await staff.get('/api/audit/export.xlsx'), 403);
  });
});
