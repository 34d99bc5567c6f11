// 社情民意 in the browser: a member submits a report on his phone; the office edits it (the
// member sees the tracked change), adopts it, publishes it in a new issue of the bulletin and
// records a leader's instruction; the member sees the instruction on his report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '关于在地铁站增设母婴室的建议';
const BODY =
  '我市地铁站普遍没有母婴室，带婴幼儿出行的家庭哺乳、换尿布很不方便。\n建议在客流量大的换乘站优先设置母婴室。';

describe('opinions: a 社情民意 report from the phone to a leader’s instruction (Chromium)', () => {
  let server: RunningServer;
  let phone: BrowserSession;
  let desk: BrowserSession;
  let reportUrl = '';

  beforeAll(async () => {
    server = await startServer();
    phone = await openBrowser({ mobile: true });
    await signIn(phone.page, server.url, 'member', DEMO_PASSWORD);
    await phone.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await server?.stop();
  });

  it('the member submits a report on his phone', async () => {
    const { page } = phone;
    await page.goto(`${server.url}/opinions/reports/mine`);
    await page.getByTestId('new-report').click();
    await page.getByTestId('report-title').fill(TITLE);
    await page.getByTestId('report-body').fill(BODY);
    await page.getByTestId('report-submit').click();
    await page.waitForURL(/\/opinions\/reports\/mine\/\d+$/);
    reportUrl = page.url().replace('/mine/', '/');
    await expect(page.getByTestId('report-card').textContent()).resolves.toContain('已提交');
    await snap(page, 'opinions-report-submitted-phone');
  });

  it('the office edits it and the member sees the tracked change', async () => {
    // The office's browser opens once the phone's pages are scanned: the two share one accessibility scanner.
    desk = await openBrowser();
    const { page } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(reportUrl);
    await page.getByTestId('report-edit').click();
    await page.getByTestId('edit-body').fill(BODY.replace('优先设置母婴室', '优先设置母婴室和无障碍设施'));
    await page.locator('#report-step-ok').click();
    await page.getByTestId('version-2').waitFor();

    await phone.page.reload();
    const change = phone.page.getByTestId('version-2').locator('ins');
    await expect(change.textContent()).resolves.toBe('和无障碍设施');
    await snap(phone.page, 'opinions-report-changes-phone');
  });

  it('the office adopts it, publishes it in an issue and records a leader’s instruction', async () => {
    const { page } = desk;
    await page.getByTestId('report-adopt').click();
    await page.locator('#report-step-ok').click();
    await page.getByTestId('report-forward').waitFor();

    await page.goto(`${server.url}/opinions/bulletins`);
    await page.getByTestId('compose-bulletin').click();
    await page.waitForURL(/\/opinions\/bulletins\/\d+$/);
    await page.locator('.ant-list-item', { hasText: TITLE }).getByTestId('add-to-issue').click();
    await page.getByTestId('bulletin-item').filter({ hasText: TITLE }).waitFor();
    await page.getByTestId('publish-bulletin').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByText('已印发').waitFor();
    await snap(page, 'opinions-bulletin-desktop');

    await page.goto(reportUrl);
    await page.getByTestId('report-instruct').click();
    await page.getByTestId('instruction-leader').fill('市长');
    await page.getByTestId('instruction-text').fill('请市交通运输局会同地铁集团研究落实。');
    await page.locator('#report-step-ok').click();
    await page.getByTestId('instruction').waitFor();
  });

  it('the member sees the issue and the instruction on his report', async () => {
    const { page } = phone;
    await page.reload();
    await expect(page.getByTestId('report-card').textContent()).resolves.toMatch(
      /已刊发[\s\S]*《社情民意》\d{4}年第\d+期/,
    );
    await expect(page.getByTestId('instruction').textContent()).resolves.toContain(
      '请市交通运输局会同地铁集团研究落实',
    );
    await snap(page, 'opinions-report-instruction-phone');
  });
});
