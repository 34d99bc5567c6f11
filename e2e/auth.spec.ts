import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('signing in (Chromium)', () => {
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

  it('a new account made with create-admin must change its one-time password first', async () => {
    const made = server.cli('create-admin', '--username', 'xinlai', '--display-name', '新来的同事');
    expect(made.status).toBe(0);
    const oneTime = /one-time password: (\S+)/.exec(made.stdout)?.[1];
    expect(oneTime).toBeTruthy();

    const { page } = browser;
    // The weak password below is refused on purpose.
    browser.allow(/^400 POST \/api\/auth\/password$/);
    await signIn(page, server.url, 'xinlai', oneTime!);
    await page.getByText('首次登录，请设置新密码后继续使用。').waitFor();
    await page.locator('input#currentPassword').fill(oneTime!);
    await page.locator('input#newPassword').fill('password123');
    await page.locator('input#confirm').fill('password123');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('password-error').textContent()).resolves.toContain('新密码不符合安全要求');

    await page.locator('input#newPassword').fill('Qingshan-Lake-77');
    await page.locator('input#confirm').fill('Qingshan-Lake-77');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('您好，新来的同事').waitFor();
    await snap(page, 'home-after-first-password');
  });

  it('a wrong password shows the error and keeps the user on the sign-in page', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    browser.allow(/^401 POST \/api\/auth\/login$/);
    await signIn(page, server.url, 'admin', 'Wrong-pass-99');
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('账号或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
