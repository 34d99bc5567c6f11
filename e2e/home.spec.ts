// Home pages with figures (issue 11 items 6 and 15): the office, a handling unit and a leader
// each see their queue counted, and each count opens the list it counts (the list's own
// total is the figure); a public participant lands on the public proposals. Desktop and
// phone (390×844) screenshots go to test-results/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

/** The number a figure shows. */
async function figure(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`figure-${key}`).locator('.ant-statistic-content-value').textContent();
  return Number(text!.replace(/[^\d]/g, ''));
}

/** Clicks a figure and answers the total of the list request it leads to. */
async function follow(page: Page, key: string, api: RegExp): Promise<{ total: number; url: string }> {
  const answer = page.waitForResponse((r) => api.test(r.url()) && r.request().method() === 'GET' && r.ok());
  await page.getByTestId(`figure-${key}`).click();
  const res = await answer;
  return { total: (await res.json()).total, url: res.url() };
}

describe('home pages with figures (Chromium)', () => {
  let server: RunningServer;
  let desktop: BrowserSession;
  let phone: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    [desktop, phone] = await Promise.all([openBrowser(), openBrowser({ mobile: true })]);
  });
  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close()]);
    await server?.stop();
  });

  it("the office's figures count its queues and open the lists behind them", async () => {
    const { page } = desktop;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByTestId('home-office').waitFor();
    await snap(page, 'home-office-desktop');
    const toReview = await figure(page, 'toReview');
    expect(toReview).toBeGreaterThan(0);
    const review = await follow(page, 'toReview', /\/api\/proposals\?.*state=submitted/);
    expect(review.total).toBe(toReview);
    expect(page.url()).toContain('/proposals/review');

    for (const [key, api] of [
      ['signOverdue', /\/api\/proposals\/handling-board\?.*late=sign/],
      ['replyOverdue', /\/api\/proposals\/handling-board\?.*late=reply/],
      ['commitmentsOverdue', /\/api\/proposals\/commitments\?.*overdue=true/],
      ['toClose', /\/api\/proposals\?.*state=replied/],
    ] as const) {
      await page.goto(`${server.url}/`);
      await page.getByTestId('home-office').waitFor();
      const shown = await figure(page, key);
      const list = await follow(page, key, api);
      expect(list.total, key).toBe(shown);
    }
    // The filter the figure set stays in the address and on the page.
    expect(page.url()).toContain('state=replied');
  });

  it("a unit's figures on a phone: to sign, to answer, overdue, urged, each opening the inbox filtered", async () => {
    const { page } = phone;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await page.getByTestId('home-unit').waitFor();
    await snap(page, 'home-unit-phone');
    // Four figures, two a row, none cut off at 390 px.
    const boxes = await Promise.all(
      ['toSign', 'toReply', 'overdue', 'urged'].map((k) => page.getByTestId(`figure-${k}`).boundingBox()),
    );
    for (const b of boxes) expect(b!.x + b!.width).toBeLessThanOrEqual(390);
    const toReply = await figure(page, 'toReply');
    const inbox = await follow(page, 'toReply', /\/api\/proposals\/inbox\?.*status=signed/);
    expect(inbox.total).toBe(toReply);
    await page.goto(`${server.url}/`);
    const urged = await figure(page, 'urged');
    const urgedList = await follow(page, 'urged', /\/api\/proposals\/inbox\?.*urged=true/);
    expect(urgedList.total).toBe(urged);
    expect(await page.getByTestId('inbox-urged').getAttribute('aria-checked')).toBe('true');
  });

  it("a leader's figures: the key proposals he leads and their progress; no office queue, no roster", async () => {
    const { page } = desktop;
    await page.context().clearCookies();
    await signIn(page, server.url, 'mayor', DEMO_PASSWORD);
    await page.getByTestId('home-leader').waitFor();
    expect(await page.getByTestId('home-office').count()).toBe(0);
    expect(await page.getByTestId('figure-toDecide').count()).toBe(0);
    const led = await figure(page, 'led');
    expect(led).toBeGreaterThan(0);
    const progress = page.getByTestId('home-leader').getByTestId('home-progress-item');
    expect(await progress.count()).toBe(Math.min(led, 6));
    await snap(page, 'home-leader-desktop');
    expect(await page.getByRole('link', { name: '委员名册' }).count()).toBe(0);
    const mine = page.waitForResponse((r) => /\/api\/proposals\/key-board\?.*mine=true/.test(r.url()));
    await page.getByTestId('figure-led').click();
    expect((await (await mine).json()).items).toHaveLength(led);
  });

  it('a public participant lands on the public proposals, with a way to his account', async () => {
    const { page } = phone;
    await page.context().clearCookies();
    await signIn(page, server.url, 'public', DEMO_PASSWORD);
    await page.waitForURL(/\/public\/proposals$/);
    await page.getByText('已办理答复的公开提案').waitFor();
    await page.getByTestId('public-account').getByRole('button', { name: '个人中心' }).click();
    await page.waitForURL(/\/profile$/);
    await snap(page, 'home-public-phone');
  });
});
