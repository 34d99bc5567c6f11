// The app in English (issue 11, item 8): the reader switches language on the sign-in page, in
// the desktop header and, on a phone, in the account menu; the choice outlives signing out.
// Every main page of each role is then walked, and no visible text may hold Chinese other than
// the data people wrote (e2e/support/english.ts says how data is told from the app's wording):
// timeline entries, result classes, dates and the evaluation formula included.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { aGuide, aPublishedMeeting, apiAs } from './support/api.js';
import { openBrowser, snap, type BrowserSession } from './support/browser.js';
import { EnglishCheck } from './support/english.js';
import { startServer, type RunningServer } from './support/server.js';

/** Waits for the page's requests and spinners to settle. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

async function signInEnglish(page: Page, url: string, login: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.locator('input#login').fill(login);
  await page.locator('input#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(/^Hello, /).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.locator('input#login').waitFor();
}

describe('the app in English (Chromium)', () => {
  let server: RunningServer;
  let desktop: BrowserSession;
  let phone: BrowserSession;
  let desktopCheck: EnglishCheck;
  let phoneCheck: EnglishCheck;
  const found: string[] = [];
  let ids: { closed: number; public: number; meeting: number; memberProposal: number; unitProposal: number };

  /** Opens a path, waits for it, and records the Chinese it shows outside data. */
  const visit = async (s: BrowserSession, check: EnglishCheck, who: string, path: string, wait?: string) => {
    await s.page.goto(`${server.url}${path}`);
    if (wait) await s.page.getByTestId(wait).first().waitFor();
    await settled(s.page);
    await snap(s.page, `english-${who}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
    for (const p of await check.problems(s.page)) {
      found.push(`${who} ${path}: ${p}`);
      console.log(`Chinese outside data: ${who} ${path}: ${p}`);
    }
  };

  beforeAll(async () => {
    server = await startServer();
    [desktop, phone] = await Promise.all([openBrowser(), openBrowser({ mobile: true })]);
    desktopCheck = EnglishCheck.attach(desktop.context);
    phoneCheck = EnglishCheck.attach(phone.context);
    const office = await apiAs(server.url, 'admin');
    const first = async (call: typeof office, path: string) => {
      const id = (await call('GET', path)).items[0]?.id as number | undefined;
      expect(id, `an id from ${path}`).toBeTruthy();
      return id!;
    };
    const member = await apiAs(server.url, 'member');
    const unit = await apiAs(server.url, 'unit');
    ids = {
      closed: await first(office, '/api/proposals?state=closed&pageSize=1'),
      public: await first(office, '/api/public/proposals?pageSize=1'),
      meeting: await aPublishedMeeting(server.url),
      memberProposal: await first(member, '/api/proposals?mine=true&state=closed&pageSize=1'),
      // An inbox row is an assignment: it names its proposal.
      unitProposal: (await unit('GET', '/api/proposals/inbox?pageSize=1')).items[0].proposalId as number,
    };
    await aGuide(server.url, ids.meeting);
  });
  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close()]);
    await server?.stop();
  });

  it('switches to English on the sign-in page and shows the public pages in English', async () => {
    const { page } = desktop;
    await page.goto(`${server.url}/login`);
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate("localStorage.getItem('lvzhi.locale')")).toBe('en-US');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en-US');
    await visit(desktop, desktopCheck, 'anonymous', '/login');
    await visit(desktop, desktopCheck, 'anonymous', '/public/proposals', 'public-total');
    await visit(desktop, desktopCheck, 'anonymous', `/public/proposals/${ids.public}`, 'public-title');
    // A reply's date in the language's date form (6 Mar 2027), not 2027年3月6日.
    await expect
      .poll(() => page.getByTestId('public-reply').first().textContent())
      .toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
  });

  it("walks the office's, a unit's, a leader's and the auditor's pages in English", async () => {
    const { page } = desktop;
    await signInEnglish(page, server.url, 'admin');
    for (const [path, wait] of [
      ['/', 'home-office'],
      ['/proposals', undefined],
      [`/proposals/${ids.closed}`, 'timeline'],
      ['/proposals/review', undefined],
      ['/proposals/handling-board', undefined],
      ['/proposals/key-board', undefined],
      ['/proposals/excellent', undefined],
      ['/proposals/stats', 'stats-page'],
      ['/proposals/evaluation', 'evaluation-formula'],
      ['/members', undefined],
      ['/meetings', undefined],
      [`/meetings/${ids.meeting}`, undefined],
      [`/meetings/${ids.meeting}/guide/edit`, undefined],
    ] as const)
      await visit(desktop, desktopCheck, 'office', path, wait);
    // The history says what happened in English: the result class among its entries.
    await page.goto(`${server.url}/proposals/${ids.closed}`);
    await expect.poll(() => page.getByTestId('timeline').textContent()).toMatch(/Class [A-D]: /);
    // The header's select switches back and forth.
    await page.getByTestId('language-select').click();
    await page
      .locator('.ant-select-item-option[title="中文"], .ant-select-item-option:has-text("中文")')
      .first()
      .click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await page.getByTestId('language-select').click();
    await page.locator('.ant-select-item-option:has-text("English")').first().click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en-US');
    await signOut(page);

    await signInEnglish(page, server.url, 'unit');
    await visit(desktop, desktopCheck, 'unit', '/', 'home-unit');
    await visit(desktop, desktopCheck, 'unit', '/proposals/inbox');
    await visit(desktop, desktopCheck, 'unit', `/proposals/${ids.unitProposal}`, 'timeline');
    await signOut(page);

    await signInEnglish(page, server.url, 'chair');
    await visit(desktop, desktopCheck, 'leader', '/');
    await visit(desktop, desktopCheck, 'leader', '/proposals/key-board');
    await signOut(page);

    await signInEnglish(page, server.url, 'auditor');
    await visit(desktop, desktopCheck, 'auditor', '/audit');
    await signOut(page);
    expect(found).toEqual([]);
    // About thirty pages, each waited for until its requests settle: minutes on a busy machine.
  }, 480_000);

  it("switches a member's phone to English in the account menu and walks his pages", async () => {
    const { page } = phone;
    await page.goto(`${server.url}/login`);
    await page.locator('input#login').fill('member');
    await page.locator('input#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText(/^您好，/).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('language-switch').click();
    await page.getByText(/^Hello, /).waitFor();
    expect(await page.evaluate("localStorage.getItem('lvzhi.locale')")).toBe('en-US');
    for (const [path, wait] of [
      ['/', undefined],
      ['/proposals/mine', undefined],
      [`/proposals/${ids.memberProposal}`, 'timeline'],
      ['/meetings/mine', undefined],
      [`/meetings/${ids.meeting}/guide`, undefined],
      ['/my-info', undefined],
      ['/profile', undefined],
    ] as const)
      await visit(phone, phoneCheck, 'member (phone)', path, wait);
    // Back to Chinese from the same menu.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    expect(found).toEqual([]);
  }, 240_000);
});
