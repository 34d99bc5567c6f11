import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownRoster, type OwnRow } from '../server/modules/members/roster-sheets.test-helpers.js';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

// The roster the office keeps in Excel, in its own columns, under a title row.
const ROWS: OwnRow[] = [
  ['柯雨桐', '女', '汉族', '1970.04', '中共', '中共', '江临市妇幼保健院 院长', '13588120401', '教科卫体委员会'],
  ['邵明轩', '男', '汉', '1966年9月', '民盟盟员', '民盟', '江临大学教授', '13588120402', '教科卫体委员会'],
  ['蓝秋萍', '女', '畲族', '1981-03', '无党派', '医卫界', '江临市中医院主任医师', '13588120403', '教科卫体委员会'],
  ['祁宏伟', '男', '汉族', '197712', '中国共产党', '经济界', '江临港务集团董事长兼总经理', '13588120404', '经济委员会'],
].map(([姓名, 性别, 民族, 出生年月, 党派, 界别, 工作单位及职务, 手机号码, 分组]) => ({
  姓名,
  性别,
  民族,
  出生年月,
  党派,
  界别,
  工作单位及职务,
  手机号码,
  分组,
}));

describe('importing a committee’s own roster (Chromium)', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('proposes a field per column, takes a correction, previews and imports', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto(`${server.url}/members/import`);
    // A sheet with no heading row the import can read is refused, and the page says what to do.
    browser.allow(/^422 POST \/api\/members\/import$/);
    const stray = join(server.dataDir, '通讯录.xlsx');
    writeFileSync(stray, await ownRoster(ROWS, ['编号', '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']));
    await page.locator('input[type=file]').setInputFiles(stray);
    await expect(page.getByTestId('upload-refused').textContent()).resolves.toMatch(/^找不到列名行/);

    const file = join(server.dataDir, '江临市政协委员名册.xlsx');
    writeFileSync(file, await ownRoster(ROWS));
    await page.locator('input[type=file]').setInputFiles(file);

    const mapping = page.getByTestId('column-mapping');
    await mapping.waitFor();
    await expect(mapping.textContent()).resolves.toContain('第 3 行找到列名');
    // A row's name starts with its column letter and heading ("K 备注 …").
    const row = (column: string) => mapping.getByRole('row', { name: new RegExp(`^${column}`) });
    await expect(row('I 手机号码').textContent()).resolves.toMatch(/135\*{4}0401.*常用列名.*手机号/);
    await expect(row('E 出生年月').textContent()).resolves.toMatch(/1970\.04.*常用列名.*出生日期/);
    await expect(row('J 分组').textContent()).resolves.toMatch(/未识别.*不导入/);
    await expect(row('K 备注').textContent()).resolves.toMatch(/序号、备注等.*不导入/);
    await expect(page.getByTestId('work-unit-split').textContent()).resolves.toContain(
      '江临市妇幼保健院 院长 → 工作单位：江临市妇幼保健院；职务：院长',
    );
    await snap(page, 'members-import-mapping');

    const open = page.locator('.ant-select-dropdown:visible');
    const choose = async (letter: string, option: string) => {
      // One list open at a time: the one just chosen from closes (with its animation) first.
      await expect.poll(() => open.count()).toBe(0);
      await page.getByTestId(`mapping-${letter}`).click();
      await open.locator('.ant-select-item-option', { hasText: option }).first().click();
    };
    // Without a phone column the check cannot start, and says why.
    await choose('I', '不导入');
    await expect(page.getByTestId('mapping-missing').textContent()).resolves.toContain('手机号');
    expect(await page.getByTestId('mapping-preview').isDisabled()).toBe(true);
    await choose('I', '手机号');
    expect(await page.getByTestId('mapping-missing').count()).toBe(0);
    // The office's correction: its 分组 column is the 专委会.
    await choose('J', '专委会');
    await page.getByTestId('mapping-preview').click();

    await page.getByText('预检通过：共 4 行，均无问题。').waitFor();
    const sample = page.getByTestId('import-sample');
    await expect(sample.getByRole('row', { name: /邵明轩/ }).textContent()).resolves.toMatch(
      /邵明轩男汉族1966年9月民盟中国民主同盟教科卫体委员会江临大学教授135\*{4}0402/,
    );
    await snap(page, 'members-import-own-preview');
    await page.getByTestId('import-commit').click();
    await page.getByText('已导入 4 位委员').waitFor();

    await page.getByRole('link', { name: '查看名册' }).click();
    await page.getByTestId('member-search').locator('input').fill('祁宏伟');
    await page.getByTestId('member-search').locator('input').press('Enter');
    await page
      .getByRole('row', { name: /祁宏伟/ })
      .getByRole('link', { name: '祁宏伟' })
      .click();
    // Its 出生年月 is kept as a month, and the 分组 column became its 专委会.
    await page.getByText('1977年12月', { exact: true }).waitFor();
    await page.getByText('经济委员会', { exact: true }).waitFor();
  });
});
