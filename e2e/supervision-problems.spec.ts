// Problems found in an evaluation campaign, in the browser on the demo city's park campaign: the
// office records a problem at a park on the campaign's 问题整改 tab, routed to the education
// bureau; the bureau answers it on its phone (no sideways scrolling at 390 px); the office
// settles it and it shows as fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const CAMPAIGN = '2026年政协委员眼中的公园';
const PARK = '江临中山公园';
const PROBLEM = '公园东门旁的儿童游乐区地面塑胶破损翘起，周边学校放学后孩子多，容易绊倒。';
const ANSWER = '已联系园方更换破损塑胶地面，施工期间设置围挡和提示牌，本周内完工。';

describe('supervision problems: recorded by the office, answered by a unit on its phone, settled (Chromium)', () => {
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

  it('the office records a problem at a park, routed to the education bureau', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/supervision/campaigns`);
    await page.getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('tab', { name: '问题整改' }).click();
    await page.getByTestId('problem-record').click();
    await pick(page, page.getByTestId('problem-object'), PARK);
    // The date first: Enter sets it and tries to send the form, which waits for the description.
    const due = page.locator('[data-testid="problem-due"] input, input[data-testid="problem-due"]');
    await due.click();
    await due.fill('2027-06-30');
    await due.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('problem-text').fill(PROBLEM);
    await pick(page, page.getByTestId('problem-unit'), '江临市教育局');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByTestId('problem-row').filter({ hasText: PARK }).waitFor();
    await snap(page, 'supervision-problems-tab-desktop');
  });

  it('the education bureau answers it on its phone', async () => {
    phone = await openBrowser({ mobile: true });
    const { page } = phone;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/supervision/problems`);
    const card = page.getByTestId('problem-row').filter({ hasText: PARK });
    await card.waitFor();
    await card.getByRole('link', { name: PARK }).click();
    await page.getByTestId('problem-description').filter({ hasText: PROBLEM }).waitFor();
    await page.getByTestId('answer-text').fill(ANSWER);
    await page.getByTestId('answer-submit').click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByText('已答复').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await snap(page, 'supervision-problem-answered-phone');
  });

  it('the office settles it', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/supervision/problems?show=answered`);
    await page.getByTestId('problem-row').filter({ hasText: PARK }).getByRole('link', { name: PARK }).click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByTestId('problem-complete').click();
    await page.getByTestId('problem-step-text').fill('办公室回访，游乐区地面已更换完毕。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('已整改').first().waitFor();
    await snap(page, 'supervision-problem-done-desktop');
  });
});
