// Strategic themes and leader engagement in the browser on the demo city: the office creates a
// theme and finds it in the year's coverage; records the mayor's visit and sees the mayor's
// figure move; a leader reads both pages on a phone without a single edit button (no sideways
// scrolling at 390 px). Screenshots on a desk and a phone go to test-results/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const THEME = '夜间经济提质';
const YEAR = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

/** The mayor's visits as the figure shows them ("3 / 2 次" → 3). */
const mayorVisits = async (page: Page) =>
  Number((await page.getByTestId('wpe-visits-mayor').getByTestId('wpe-visits-count').innerText()).match(/\d+/)?.[0]);

describe('work plan: strategic themes and leader engagement (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let leader: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startServer();
    desk = await openBrowser();
    // The second theme of the same name, refused on purpose.
    desk.allow(/^409 POST \/api\/workplan\/themes$/);
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await desk.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await desk?.close();
    await leader?.close();
    await server?.stop();
  });

  it('the office creates a theme and sees it in the coverage', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/workplan/themes?year=${YEAR}`);
    await page.getByTestId('wpe-theme-row').first().waitFor();
    await page.getByTestId('wpe-new-theme').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('主题名称').fill(THEME);
    await dialog.getByLabel('说明').fill('夜市街区的管理与消费促进。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('wpe-theme-row').filter({ hasText: THEME }).waitFor();
    const row = page.getByTestId('wpe-coverage-row').filter({ hasText: THEME });
    await row.waitFor();
    // A new theme carries no work yet: every count in its row is 0.
    expect((await row.innerText()).match(/\d+/g)?.every((n) => n === '0')).toBe(true);
    await page.getByTestId('wpe-coverage-chart').waitFor();

    // The same name again is the server's 409, shown under the name.
    await page.getByTestId('wpe-new-theme').click();
    await dialog.getByLabel('主题名称').fill(THEME);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('本单位已有同名主题').first().waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    // A topic's page sets the topic's themes; the coverage then counts it under the new theme.
    await page.goto(`${server.url}/workplan/topics?year=${YEAR}`);
    await page.getByTestId('wp-topic-card').first().getByRole('link').click();
    const themes = page.getByTestId('wpe-topic-themes');
    await themes.getByRole('button', { name: '设置主题' }).click();
    await themes.getByLabel('服务的战略主题').click();
    await page.locator('.ant-select-item-option').filter({ hasText: THEME }).click();
    await themes.getByRole('button', { name: /保\s*存/ }).click();
    await themes.locator('.ant-tag').filter({ hasText: THEME }).waitFor();
    await page.goto(`${server.url}/workplan/themes?year=${YEAR}`);
    await expect.poll(async () => (await row.innerText()).match(/\d+/g)?.[0]).toBe('1');
    await snap(page, 'workplan-themes-desktop');
  });

  it("the office records the mayor's visit and the figure moves", async () => {
    const { page } = desk;
    await page.goto(`${server.url}/workplan/leaders?year=${YEAR}`);
    await page.getByTestId('wpe-visits-mayor').waitFor();
    const before = await mayorVisits(page);
    await page.getByTestId('wpe-new-visit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('领导职务').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '市长' }).click();
    await dialog.getByLabel('领导姓名').fill('周明远');
    const date = dialog.getByLabel('日期');
    await date.click();
    await date.fill(`${YEAR}-01-15`);
    await date.press('Enter');
    await dialog.getByLabel('事由').fill('听取年度协商计划汇报');
    const closed = await dialog.waitFor({ state: 'hidden', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (!closed) {
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByTestId('wpe-visit-row').filter({ hasText: '周明远' }).waitFor();
    await expect.poll(() => mayorVisits(page)).toBe(before + 1);
    await snap(page, 'workplan-leaders-desktop');
  });

  it('a leader reads themes and engagement on a phone, without buttons', async () => {
    leader = await openBrowser({ mobile: true });
    const { page } = leader;
    await signIn(page, server.url, 'chair', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/workplan/themes?year=${YEAR}`);
    await page.getByTestId('wpe-theme-row').filter({ hasText: THEME }).waitFor();
    await page.getByTestId('wpe-coverage-chart').waitFor();
    expect(await page.getByTestId('wpe-new-theme').count()).toBe(0);
    expect(await page.getByTestId('wpe-edit-theme').count()).toBe(0);
    await noSidewaysScroll(page);
    await snap(page, 'workplan-themes-phone');

    await page.goto(`${server.url}/workplan/leaders?year=${YEAR}`);
    await page.getByTestId('wpe-visit-row').filter({ hasText: '周明远' }).waitFor();
    for (const id of [
      'wpe-new-visit',
      'wpe-set-targets',
      'wpe-new-instruction',
      'wpe-new-request',
      'wpe-answer',
      'wpe-adopt',
    ])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.getByRole('button', { name: '修改' }).count()).toBe(0);
    await noSidewaysScroll(page);
    await snap(page, 'workplan-leaders-phone');
  });
});
