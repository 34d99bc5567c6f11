import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, people, type SheetRow } from '../server/modules/members/roster-sheets.test-helpers.js';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('member roster (Chromium)', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let phone: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    phone = await openBrowser({ mobile: true });
  });
  afterAll(async () => {
    await browser?.close();
    await phone?.close();
    await server?.stop();
  });

  it('imports the template with one bad row, shows the error, then imports the corrected file', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByRole('menuitem', { name: '委员管理' }).click();
    await page.getByRole('menu').getByRole('link', { name: '名册导入' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe('江临市政协委员名册导入模板.xlsx');
    const { readFile } = await import('node:fs/promises');
    const template = await readFile((await download.path())!);

    const rows: SheetRow[] = people(3, 0, '教育界').map((r, i) => ({
      ...r,
      姓名: ['司马春梅', '欧阳志远', '上官文博'][i],
    }));
    const badId = String(rows[1]!['身份证号']);
    const bad = await fillTemplate(template, [
      rows[0]!,
      { ...rows[1], 身份证号: badId.slice(0, 17) + (badId.endsWith('1') ? '2' : '1') },
      rows[2]!,
    ]);
    const badPath = join(server.dataDir, 'bad.xlsx');
    writeFileSync(badPath, bad);
    await page.locator('input[type=file]').setInputFiles(badPath);
    const problems = page.getByTestId('import-problems');
    await problems.getByText('身份证号校验位不正确').waitFor();
    await expect(problems.getByRole('row', { name: /校验位/ }).textContent()).resolves.toMatch(/^4身份证号/);
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('共 3 行，其中 1 行有问题');
    expect(await page.getByTestId('import-commit').count()).toBe(0);
    await snap(page, 'members-import-problems');

    const goodPath = join(server.dataDir, 'good.xlsx');
    writeFileSync(goodPath, await fillTemplate(template, rows));
    await page.locator('input[type=file]').setInputFiles(goodPath);
    await page.getByText('预检通过：共 3 行，均无问题。').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByText('已导入 3 位委员').waitFor();
    await snap(page, 'members-import-done');

    // The command line runs the same checks.
    const cli = server.cli('import-members', badPath, '--org-id', '1', '--dry-run');
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('第 4 行 【身份证号】身份证号校验位不正确');
  });

  it('finds a member by pinyin initials and shows the full details on request, noting the audit', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: '查看名册' }).click();
    await page.getByTestId('member-search').locator('input').fill('smcm');
    await page.getByTestId('member-search').locator('input').press('Enter');
    const row = page.getByRole('row', { name: /司马春梅/ });
    await row.waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await expect(row.textContent()).resolves.toMatch(/139\*{4}\d{4}/);
    await snap(page, 'members-list-search');

    await row.getByRole('link', { name: '司马春梅' }).click();
    await expect(page.getByTestId('phone').textContent()).resolves.toMatch(/^139\*{4}/);
    await page.getByTestId('unmask').click();
    await page.getByTestId('unmask-note').waitFor();
    await expect(page.getByTestId('phone').textContent()).resolves.toBe('13910000000');
    await snap(page, 'members-detail-unmasked');

    await page.goto(`${server.url}/members/new`);
    await page.getByRole('button', { name: /保\s*存/ }).waitFor();
    await snap(page, 'members-form');
  });

  it('shows the auditor the reveal under a readable name, filtered by action, and exports the list', async () => {
    const auditor = await openBrowser();
    try {
      const { page } = auditor;
      await signIn(page, server.url, 'auditor', DEMO_PASSWORD);
      await page.waitForURL((u) => u.pathname === '/');
      await page.goto(`${server.url}/audit`);
      await page.getByTestId('audit-action').first().waitFor();
      // Names, not codes: the sign-in the auditor just made is the newest entry.
      await expect(page.getByTestId('audit-action').first().textContent()).resolves.toBe('登录auth.login');

      const filter = page.getByTestId('audit-action-filter');
      await filter.click();
      await page.keyboard.type('查看完整个人信息');
      await page
        .locator('.ant-select-dropdown .ant-select-item-option')
        .filter({ hasText: '查看完整个人信息' })
        .click();
      // The list reloads with the filter: every row is a reveal.
      await expect
        .poll(async () => new Set(await page.getByTestId('audit-action').allTextContents()), { timeout: 30_000 })
        .toEqual(new Set(['查看完整个人信息member.unmask']));
      // The actor with the organisation he acted in; the detail as labelled fields, not JSON.
      await expect(page.getByTestId('audit-actor').first().textContent()).resolves.toMatch(/政协/);
      const text = (await page.locator('.ant-table-tbody').textContent()) ?? '';
      expect(text).not.toContain('{"');
      expect(text).toMatch(/名称：\S+字段：/);
      await snap(page, 'audit-filtered');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    } finally {
      await auditor.close();
    }
  });

  it('lets a member see his own details on a phone and ask for a change the office approves', async () => {
    const { page } = phone;
    await signIn(page, server.url, 'member', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto(`${server.url}/my-info`);
    await page.getByTestId('request-change').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('电子邮箱').fill('wode.xinxiang@example.cn');
    await dialog.getByLabel('邮政编码').fill('369000');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('pending-change').getByText('wode.xinxiang@example.cn').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await snap(page, 'members-my-info-phone');

    const { page: office } = browser;
    await office.goto(`${server.url}/members/contact-changes`);
    const request = office.getByRole('row', { name: /wode\.xinxiang@example\.cn/ });
    await request.waitFor();
    await snap(office, 'members-contact-changes');
    await request.getByRole('button', { name: /批\s*准/ }).click();
    await office
      .getByRole('dialog')
      .getByRole('button', { name: /批\s*准/ })
      .click();
    await office.getByText('已批准，修改已生效').waitFor();

    await page.reload();
    await snap(page, 'members-my-info-after-approval');
    await page.getByText('wode.xinxiang@example.cn').waitFor();
    expect(await page.getByTestId('pending-change').count()).toBe(0);

    const staffPhone = await openBrowser({ mobile: true });
    try {
      await signIn(staffPhone.page, server.url, 'admin', DEMO_PASSWORD);
      await staffPhone.page.waitForURL((u) => u.pathname === '/');
      await staffPhone.page.goto(`${server.url}/members`);
      await staffPhone.page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await snap(staffPhone.page, 'members-list-phone');
      await staffPhone.page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
      await staffPhone.page.getByTestId('phone').waitFor();
      await snap(staffPhone.page, 'members-detail-phone');
    } finally {
      await staffPhone.close();
    }
  });
});
