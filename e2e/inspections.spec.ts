// Inspections in the browser, on the demo city's: the office reads its list and the inspection
// under way with its participants, finding and recommendation; the education bureau answers
// that recommendation on its phone; the office settles it as done and finishes the inspection;
// a member reads his inspections on a phone-sized screen without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const UNDER_WAY = '中小学校园周边交通安全集中视察';
const RECOMMENDATION = '增设上下学错峰放学和校内接送等候区';
const ANSWER = '实验小学自下周一起按年级分三批放学，操场东侧划出家长等候区，已通知全体家长。';

describe('inspections: read by the office, answered by a unit on its phone, settled (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let phone: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startServer();
    desk = await openBrowser();
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await desk.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await server?.stop();
  });

  it('the office lists its inspections and opens the one under way', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/supervision/inspections`);
    await page.getByTestId('inspection-row').first().waitFor();
    expect(await page.getByTestId('inspection-row').count()).toBe(3);
    await page.getByRole('link', { name: UNDER_WAY }).click();
    await page.getByTestId('participant').first().waitFor();
    expect(await page.getByTestId('participant').count()).toBe(5);
    await page.getByText('护学岗仅 2 人').waitFor();
    await page.getByTestId('recommendation-row').filter({ hasText: RECOMMENDATION }).waitFor();
    await snap(page, 'inspection-under-way-desktop');
  });

  it('the education bureau answers the recommendation on its phone', async () => {
    phone = await openBrowser({ mobile: true });
    const { page } = phone;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/supervision/recommendations`);
    const card = page.getByTestId('recommendation-row').filter({ hasText: RECOMMENDATION });
    await card.waitFor();
    await snap(page, 'inspection-recommendations-unit-phone');
    await card.getByRole('link', { name: RECOMMENDATION }).click();
    await page.getByTestId('answer-text').fill(ANSWER);
    await page.getByTestId('answer-submit').click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByText('已答复').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await snap(page, 'inspection-recommendation-answered-phone');
  });

  it('the office settles it as done and finishes the inspection', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/supervision/recommendations?show=answered`);
    await page.getByRole('link', { name: RECOMMENDATION }).click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByTestId('rec-complete').click();
    await page.getByTestId('rec-step-text').fill('错峰放学和等候区已落实，视察组回访确认。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('已落实').first().waitFor();
    await page.getByRole('link', { name: UNDER_WAY }).click();
    await page.getByTestId('inspection-finish').click();
    await page.getByText('已结束').first().waitFor();
    await snap(page, 'inspection-done-desktop');
  });

  it('a member reads his inspections on a phone', async () => {
    const member = await openBrowser({ mobile: true });
    try {
      const { page } = member;
      await signIn(page, server.url, 'member', DEMO_PASSWORD);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.goto(`${server.url}/supervision/inspections/mine`);
      await page.getByTestId('inspection-row').first().waitFor();
      expect(await page.getByTestId('inspection-row').count()).toBe(2);
      await page.getByRole('link', { name: '全市农村生活污水治理专题视察' }).click();
      await page.getByText('青石镇污水处理站').first().waitFor();
      await page.getByTestId('recommendation-row').first().waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await snap(page, 'inspection-member-phone');
    } finally {
      await member.close();
    }
  });
});
