// The work plan in the browser on the demo city: the office records a "four jointly" topic and
// moves it through jointly set, research and consultation; writes its research report, whose
// recommendation without a metric is refused (the message under the metric field) and then sent
// with one; the education bureau answers it on its phone (no sideways scrolling at 390 px); the
// office marks it done. A leader reads the topic without the step buttons. Screenshots of every
// work-plan page on a desk and a phone go to test-results/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const TOPIC = '推动城区背街小巷微更新';
const REPORT = '关于城区背街小巷微更新的调研报告';
const REC = '建立背街小巷“一巷一策”改造清单';
const ANSWER = '采纳。已会同各街道梳理背街小巷86条，明年一季度前形成改造清单。';
const YEAR = new Date().getFullYear();

/** Types a date into an Ant Design date field and confirms it with Enter. */
async function typeDate(page: Page, testId: string, value: string) {
  const input = page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Saves the open dialog unless the date field's Enter already did, and waits for it to close. */
async function save(page: Page) {
  const dialog = page.getByRole('dialog');
  const closed = () =>
    dialog.waitFor({ state: 'hidden', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
  if (await closed()) return;
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

describe('work plan: a topic jointly set, researched and consulted on; its SMART recommendation followed to done (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let phone: BrowserSession | undefined;
  let leader: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startServer();
    desk = await openBrowser();
    // The refused date of a stage and the refused send of a recommendation without a metric.
    desk.allow(/^400 POST \/api\/workplan\/topics\/\d+\/advance$/);
    desk.allow(/^400 POST \/api\/workplan\/recommendations\/\d+\/send$/);
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await desk.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await leader?.close();
    await server?.stop();
  });

  it('the office records a topic and moves it through jointly set, research and consultation', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/workplan/topics?year=${YEAR}`);
    await page.getByTestId('wp-new-topic').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('课题名称').fill(TOPIC);
    await dialog.getByLabel('课题简介').fill('党委、政府、政协共同确定，改善老城区居民出行和居住环境。');
    await save(page);
    await page.waitForURL(/\/workplan\/topics\/\d+$/);
    await page.getByTestId('wp-topic-stage').filter({ hasText: '提出' }).waitFor();

    const steps: [string, string, string][] = [
      ['共同确定', `${YEAR}-12-01`, '市委办'],
      ['共同调研', `${YEAR}-12-02`, '李晓梅'],
      ['共同协商', `${YEAR}-12-05`, '市住建局'],
    ];
    for (const [stage, date, who] of steps) {
      await page.getByTestId('wp-advance').filter({ hasText: stage }).click();
      const participants = page.getByTestId('wp-advance-participants');
      await participants.click();
      await page.keyboard.type(who);
      await page.keyboard.press('Enter');
      await typeDate(page, 'wp-advance-starts', date);
      await save(page);
      await page.getByTestId('wp-topic-stage').filter({ hasText: stage }).waitFor();
    }
    expect(await page.getByTestId('wp-path-stage').count()).toBe(3);
    await page.getByText('李晓梅').waitFor();
    // A date before the stage it follows is refused, and the message shows on the date.
    await page.getByTestId('wp-advance').click();
    await typeDate(page, 'wp-advance-starts', `${YEAR}-11-01`);
    const starts = page.locator('.ant-form-item').filter({ has: page.getByTestId('wp-advance-starts') });
    if (!(await starts.locator('.ant-form-item-explain-error').count()))
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /保\s*存/ })
        .click();
    await starts.locator('.ant-form-item-explain-error').filter({ hasText: '开始日期不能早于上一阶段' }).waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await snap(page, 'workplan-topic-desktop');
    await page.goto(`${server.url}/workplan/topics?year=${YEAR}`);
    await page.getByTestId('wp-topic-card').filter({ hasText: TOPIC }).waitFor();
    await snap(page, 'workplan-topics-desktop');
    await page.goBack();
  });

  it("refuses the report's recommendation without a metric on the field, then sends it with one", async () => {
    const { page } = desk;
    await page.getByTestId('wp-new-report').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('报告标题').fill(REPORT);
    await dialog.getByLabel('报告摘要').fill('走访街巷23条，召开居民座谈会4场。');
    await save(page);
    await page.waitForURL(/\/workplan\/reports\/\d+$/);

    await page.getByTestId('wp-add-rec').click();
    await page.getByTestId('wp-rec-title').fill(REC);
    await page.getByTestId('wp-rec-target').fill('86条');
    await page.getByTestId('wp-rec-actions').fill('街道牵头逐巷摸排，住建部门统筹资金');
    await pick(page, page.getByTestId('wp-rec-unit'), '江临市教育局');
    await page.getByTestId('wp-rec-person').fill('分管副局长');
    await typeDate(page, 'wp-rec-due', `${YEAR + 1}-03-31`);
    await page.getByTestId('wp-rec-send').click();
    // The server names the missing metric; the form shows it under the metric field.
    const metricField = page.locator('.ant-form-item').filter({ has: page.getByTestId('wp-rec-metric') });
    await metricField.locator('.ant-form-item-explain-error').filter({ hasText: '缺少考核指标' }).waitFor();
    await snap(page, 'workplan-recommendation-refused-desktop');
    await page.getByTestId('wp-rec-metric').fill('完成改造的背街小巷条数');
    await page.getByTestId('wp-rec-send').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const row = page.getByTestId('wp-rec-row').filter({ hasText: REC });
    await row.getByTestId('rec-status').filter({ hasText: '待答复' }).waitFor();
    // One recommendation: the refused try kept its draft and the second completed it.
    expect(await page.getByTestId('wp-rec-row').count()).toBe(1);
  });

  it('the education bureau answers it on its phone', async () => {
    phone = await openBrowser({ mobile: true });
    const { page } = phone;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/workplan/recommendations`);
    const card = page.getByTestId('wp-rec-row').filter({ hasText: REC });
    await card.waitFor();
    await noSidewaysScroll(page);
    await snap(page, 'workplan-unit-list-phone');
    await card.getByRole('link', { name: REC }).click();
    await page.getByTestId('wp-rec-answer').click();
    await page.getByTestId('wp-rec-step-text').fill(ANSWER);
    await save(page);
    await page.getByTestId('rec-status').filter({ hasText: '落实中' }).waitFor();
    await page.getByText(ANSWER).first().waitFor();
    await noSidewaysScroll(page);
    await snap(page, 'workplan-recommendation-answered-phone');
  });

  it('the office marks it done', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/workplan/recommendations?status=answered`);
    await page.getByTestId('wp-rec-row').filter({ hasText: REC }).getByRole('link', { name: REC }).click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByTestId('wp-rec-complete').click();
    await page.getByTestId('wp-rec-step-text').fill('办公室回访，改造清单已印发。');
    await save(page);
    await page.getByTestId('rec-status').filter({ hasText: '已办结' }).waitFor();
    expect(await page.getByTestId('wp-rec-event').count()).toBe(3); // sent, answered, done
    await snap(page, 'workplan-recommendation-done-desktop');
    await page.goto(`${server.url}/workplan/recommendations`);
    await page.getByTestId('wp-rec-row').first().waitFor();
    await snap(page, 'workplan-tracker-desktop');
    await page.goto(`${server.url}/workplan/office`);
    await page.getByTestId('wp-item').first().waitFor();
    await snap(page, 'workplan-office-desktop');
    await page.getByRole('tab', { name: '月度计划' }).click();
    await page.getByTestId('wp-month-entry').first().waitFor();
    await snap(page, 'workplan-month-desktop');
  });

  it('a leader reads the topic and the tracker on a phone, without the step buttons', async () => {
    leader = await openBrowser({ mobile: true });
    const { page } = leader;
    await signIn(page, server.url, 'chair', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/workplan/topics?year=${YEAR}`);
    await page.getByTestId('wp-topic-card').filter({ hasText: TOPIC }).getByRole('link').click();
    await page.getByTestId('wp-topic-stage').filter({ hasText: '共同协商' }).waitFor();
    expect(await page.getByTestId('wp-advance').count()).toBe(0);
    expect(await page.getByTestId('wp-new-report').count()).toBe(0);
    await noSidewaysScroll(page);
    await snap(page, 'workplan-topic-phone');
    await page.goto(`${server.url}/workplan/topics?year=${YEAR}`);
    await page.getByTestId('wp-topic-card').first().waitFor();
    await noSidewaysScroll(page);
    await snap(page, 'workplan-topics-phone');
    await page.goto(`${server.url}/workplan/recommendations`);
    await page.getByTestId('wp-rec-row').first().waitFor();
    await noSidewaysScroll(page);
    await snap(page, 'workplan-tracker-phone');
    await page.goto(`${server.url}/workplan/office`);
    await page.getByTestId('wp-item').first().waitFor();
    expect(await page.getByRole('button', { name: '新增事项' }).count()).toBe(0);
    await noSidewaysScroll(page);
    await snap(page, 'workplan-office-phone');
  });
});
