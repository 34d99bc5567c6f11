import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('administration (Chromium)', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('staff create an account, see its one-time password once, and the new user must change it', async () => {
    const { page } = browser;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('link', { name: '用户管理', exact: true }).click();
    await page.getByText('此处管理本单位').waitFor();

    await page.getByRole('button', { name: '新建账号' }).click();
    const form = page.getByRole('dialog', { name: '新建账号' });
    // A taken user name, on purpose: the server refuses it (409) and the form says so.
    browser.allow(/^409 POST \/api\/users$/);
    await form.getByLabel('用户名').fill('admin');
    await form.getByLabel('姓名').fill('何晓雨');
    await form.getByLabel('手机号').fill('139 1234 5678');
    expect(await form.getByRole('checkbox', { name: /^委员/ }).isChecked()).toBe(true);
    await snap(page, 'admin-user-form');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    // The server's answer appears on the form: the name is taken.
    await expect(form.getByTestId('form-error').textContent()).resolves.toContain('用户名已被使用');
    await form.getByLabel('用户名').fill('HeXiaoyu');
    await form.getByRole('button', { name: /保\s*存/ }).click();

    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTime = /\S{16}/.exec((await shown.textContent()) ?? '')?.[0];
    expect(oneTime).toBeTruthy();
    await page.getByText('此密码只显示这一次').waitFor();
    await snap(page, 'admin-one-time-password');
    await shown.getByRole('button').click();
    // A string, not a function: the server-side tsconfig has no DOM types.
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(oneTime);
    await page.getByRole('button', { name: '我已记下' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // The demo gives every member and unit an account: find the new one among them.
    await page.getByPlaceholder('搜索用户名或姓名').fill('hexiaoyu');
    await page.getByPlaceholder('搜索用户名或姓名').press('Enter');
    const row = page.getByRole('row', { name: /hexiaoyu/ });
    await row.getByText('待修改密码').waitFor();
    await expect(row.textContent()).resolves.toContain('139****5678');

    // Adding the committee-leader role asks for the title first.
    await row.getByRole('button', { name: '设置角色' }).click();
    const roles = page.getByRole('dialog', { name: /设置角色/ });
    await roles.getByRole('checkbox', { name: /^政协领导/ }).check();
    await roles.getByRole('button', { name: /保\s*存/ }).click();
    await roles.getByText('领导账号须填写职务').waitFor();
    await roles.getByLabel('职务').fill('副秘书长');
    await roles.getByRole('button', { name: /保\s*存/ }).click();
    await roles.waitFor({ state: 'hidden' });
    await row.getByText('政协领导').waitFor();
    await page.waitForTimeout(500); // let the closing modal fade before the picture
    await snap(page, 'admin-users');

    await page.context().clearCookies();
    await signIn(page, server.url, 'hexiaoyu', oneTime!);
    await page.getByText('首次登录，请设置新密码后继续使用。').waitFor();
    await page.locator('input#currentPassword').fill(oneTime!);
    await page.locator('input#newPassword').fill('Spring-Rain-1776');
    await page.locator('input#confirm').fill('Spring-Rain-1776');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('您好，何晓雨').waitFor();
  });

  it('staff keep the organisation tree and the reference data', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('link', { name: '组织机构', exact: true }).click();
    const city = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: '新建下级组织' }) })
      .first();
    await city.getByRole('button', { name: '新建下级组织' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('全称').fill('临江新区政协');
    await dialog.getByLabel('简称').fill('临江新区');
    await dialog.getByLabel('行政区划代码').fill('12');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('行政区划代码为 6 位数字').waitFor();
    await dialog.getByLabel('行政区划代码').fill('331099');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row', { name: /临江新区政协/ }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await snap(page, 'admin-orgs');

    await page.getByRole('link', { name: '基础数据', exact: true }).click();
    await page.getByRole('tab', { name: '界别' }).click();
    await page.getByRole('button', { name: '新建界别' }).click();
    const sector = page.getByRole('dialog', { name: '新建界别' });
    await sector.getByLabel('名称').fill('新的社会阶层人士');
    await sector.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '新的社会阶层人士' }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await snap(page, 'admin-refdata-sectors');
    await page.getByRole('tab', { name: '专委会与委员小组' }).click();
    await page
      .getByRole('tabpanel', { name: '专委会与委员小组' })
      .getByRole('button', { name: '新建专委会' })
      .waitFor();
    await snap(page, 'admin-refdata-committees');
  });
});
