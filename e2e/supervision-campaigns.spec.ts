// The office's evaluation campaign in the browser: it creates the campaign, sets the criteria,
// imports the objects from its workbook (a wrong row is shown in the preview, fixed, then the
// whole sheet imported), chooses the members taking part, opens the campaign, runs the
// assignment and sees every object assigned; the same campaign then reads on a phone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '城区公园服务民主评议';
const HEADINGS = ['名称', '地址', '所在区县', '类别', '纬度', '经度', '责任单位'];
const OBJECTS = [
  ['滨江公园', '滨江路 18 号', '清源区', '综合公园', 30.2741, 120.1551, null],
  ['青枫湿地公园', '青枫大道 2 号', '清源区', '湿地公园', 30.2612, 120.1803, null],
  ['望湖社区公园', '望湖街 77 号', '东湖区', '社区公园', 30.2895, 120.1322, null],
];

async function workbook(path: string, rows: (string | number | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评议对象');
  ws.addRow(HEADINGS);
  for (const r of rows) ws.addRow(r);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Presses the confirming button of the Popconfirm the click opened. */
async function confirm(page: Page) {
  await page
    .locator('.ant-popover:visible')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
}

describe('supervision: the office prepares and opens an evaluation campaign (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let members: string[] = [];
  let campaignUrl = '';

  beforeAll(async () => {
    server = await startServer();
    const db = new SQLite(join(server.dataDir, 'lvzhi.db'));
    try {
      const city = db.prepare(`select org_id from users where username = 'admin'`).get() as { org_id: number };
      // Four members with names no other member shares, so that a search finds each one alone.
      members = (
        db
          .prepare(
            `select name from members m where org_id = ? and active = 1
             and (select count(*) from members o where o.name = m.name) = 1 order by id limit 4`,
          )
          .all(city.org_id) as { name: string }[]
      ).map((m) => m.name);
    } finally {
      db.close();
    }
    expect(members).toHaveLength(4);
    desk = await openBrowser();
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await desk.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('creates the campaign and sets its criteria', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/supervision/campaigns`);
    await page.getByRole('button', { name: /新建评议/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('评议名称').fill(TITLE);
    const today = new Date();
    const later = new Date(today.getTime() + 30 * 86_400_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    await dialog.getByLabel('每个对象走访次数').fill('2');
    await dialog.getByPlaceholder('开始日期').click();
    await dialog.getByPlaceholder('开始日期').fill(day(today));
    await dialog.getByPlaceholder('开始日期').press('Enter');
    await dialog.getByPlaceholder('结束日期').fill(day(later));
    // Enter takes the end date and, the form being complete, submits it.
    await dialog.getByPlaceholder('结束日期').press('Enter');
    await page.waitForURL(/\/supervision\/campaigns\/\d+$/);
    campaignUrl = page.url();
    await page.getByTestId('campaign-status').getByText('草稿').waitFor();
    await expect(page.getByTestId('open-problems').textContent()).resolves.toContain('尚未设置评议指标');

    await page.getByRole('button', { name: /添加指标/ }).click();
    await page.getByRole('button', { name: /添加指标/ }).click();
    await page.getByLabel('指标名称 1').fill('环境卫生');
    await page.getByLabel('权重 1').fill('60');
    await page.getByLabel('评分说明 1').fill('园路、厕所、水面是否干净，垃圾是否及时清运');
    await page.getByLabel('指标名称 2').fill('设施维护');
    await page.getByLabel('权重 2').fill('40');
    await page.getByTestId('weight-sum').getByText('权重合计：100').waitFor();
    await page.getByRole('button', { name: /保存指标/ }).click();
    await page.getByText('已保存').first().waitFor();
    await page.getByTestId('open-problems').getByText('尚未设置评议指标').waitFor({ state: 'detached' });
  });

  it('imports the objects: a wrong row is shown, fixed, then the sheet imported', async () => {
    const { page } = desk;
    await page.getByRole('tab', { name: '评议对象' }).click();
    const wrong = join(server.dataDir, '评议对象-有误.xlsx');
    await workbook(wrong, [OBJECTS[0]!, [...OBJECTS[1]!.slice(0, 4), '三十度', ...OBJECTS[1]!.slice(5)], OBJECTS[2]!]);
    // The preview's own upload is not drawn until it opens: this is the tab's.
    await page.locator('input[type=file]').setInputFiles(wrong);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('导入预览：2 行正确，1 行有误').waitFor();
    await dialog.getByTestId('import-preview').getByText('应为数字').waitFor();
    expect(await dialog.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true);
    await snap(page, 'supervision-import-preview-desktop');

    const right = join(server.dataDir, '评议对象.xlsx');
    await workbook(right, OBJECTS);
    await dialog.locator('input[type=file]').setInputFiles(right);
    await dialog.getByText('导入预览：3 行正确，0 行有误').waitFor();
    await dialog.getByRole('button', { name: /确认导入/ }).click();
    await page.getByText('已导入 3 个对象').waitFor();
    for (const o of OBJECTS) await page.getByTestId('objects-table').getByText(String(o[0])).waitFor();
  });

  it('chooses the members taking part, with a district', async () => {
    const { page } = desk;
    await page.getByRole('tab', { name: '参加委员' }).click();
    const search = page.getByTestId('participant-search');
    for (const name of members) {
      await search.click();
      await search.locator('input').fill(name);
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
      await page.getByTestId('participants-table').getByText(name).waitFor();
    }
    await page.getByLabel(`${members[0]} 区县`).fill('清源区');
    await page.getByRole('button', { name: /保存委员名单/ }).click();
    await page.getByText('已保存').first().waitFor();
    await page.getByTestId('open-problems').waitFor({ state: 'detached' });
    await snap(page, 'supervision-participants-desktop');
  });

  it('opens the campaign, assigns automatically and sees every object assigned', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: /开始评议/ }).click();
    await confirm(page);
    await page.getByTestId('campaign-status').getByText('评议中').waitFor();

    await page.getByRole('tab', { name: '分配' }).click();
    await page.getByRole('button', { name: /自动分配/ }).click();
    await confirm(page);
    const summary = page.getByTestId('assign-summary');
    await summary.getByText(/分配结果：共 6 项分配/).waitFor();
    expect(await summary.textContent()).not.toContain('未满足的对象');
    const list = page.getByTestId('assignment-list');
    for (const o of OBJECTS) await list.getByText(String(o[0])).waitFor();
    expect(await list.getByText('未分配').count()).toBe(0);
    expect(await list.locator('.ant-tag').count()).toBe(6);
    await snap(page, 'supervision-assignment-desktop');
  });

  it('reads on a phone', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await signIn(page, server.url, 'admin', DEMO_PASSWORD);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.goto(`${server.url}/supervision/campaigns`);
      await page.getByText(TITLE).first().waitFor();
      await snap(page, 'supervision-campaigns-phone');
      await page.goto(campaignUrl);
      await page.getByTestId('campaign-status').getByText('评议中').waitFor();
      await page.getByRole('tab', { name: '分配' }).click();
      await page.getByTestId('assignment-list').getByText(String(OBJECTS[0]![0])).waitFor();
      await snap(page, 'supervision-assignment-phone');
      await page.getByRole('tab', { name: '参加委员' }).click();
      await page.getByTestId('participants-table').getByText(members[0]!).waitFor();
      await snap(page, 'supervision-participants-phone');
    } finally {
      await phone.close();
    }
  });
});
