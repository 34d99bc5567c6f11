// A member drafts a proposal on his phone, the similar-proposal panel flags an earlier one
// with the same asks 疑似重复 and says which asks coincide, he submits all the same; a
// reworded copy of a demo proposal is flagged too; the office sees the likely duplicate in
// the review queue and accepts it; the member then sees the number and the progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reword } from '../server/seed/corpus/generator.js';
import { DEMO_PASSWORD, prng } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const EARLIER = {
  title: '关于推进城区老旧小区加装电梯工作的建议',
  reasons:
    '城区上世纪九十年代建成的多层住宅大多没有电梯，老年住户上下楼困难。加装电梯审批环节多、低层住户意见难统一、资金分摊缺少标准，进展缓慢。',
  suggestions:
    '一、推行加装电梯联合审批，一窗受理；二、提高市级财政补贴并允许提取住房公积金；三、由社区牵头制定低层住户补偿参考标准，化解邻里分歧。',
  category: '城乡建设',
};

describe('proposals: member drafts, office accepts (Chromium)', () => {
  let server: RunningServer;
  let phone: BrowserSession;
  let desk: BrowserSession;
  let memberName = '';
  /** The member's submitted proposal's page. */
  let submittedUrl = '';

  beforeAll(async () => {
    server = await startServer();
    // An earlier proposal on the same subject by another member, already accepted.
    const other = await apiAs(server.url, 'member2');
    const office = await apiAs(server.url, 'admin');
    const p = await other('POST', '/api/proposals', EARLIER);
    await other('POST', `/api/proposals/${p.id}/submit`, {});
    await office('POST', `/api/proposals/${p.id}/accept`, {});
    const member = await apiAs(server.url, 'member');
    memberName = (await member('GET', '/api/auth/me')).user.displayName;
    phone = await openBrowser({ mobile: true });
    desk = await openBrowser();
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await server?.stop();
  });

  it('the member drafts on a phone, sees the similar proposal flagged, and submits', async () => {
    const { page } = phone;
    await signIn(page, server.url, 'member', DEMO_PASSWORD);
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '提案' }).click();
    await page.getByRole('menu').getByRole('link', { name: '我的提案' }).click();
    await page.getByTestId('new-proposal').click();

    await page.getByTestId('field-title').fill('关于加快老旧小区加装电梯的建议');
    await page
      .getByTestId('field-reasons')
      .fill(
        '我市老旧小区多层住宅普遍没有电梯，老年人上下楼十分困难。加装电梯审批手续繁琐，低层住户意见难以统一，资金分摊没有标准。',
      );
    await page
      .getByTestId('field-suggestions')
      .fill(
        '一、简化加装电梯审批，实行一窗受理；二、提高财政补贴标准，允许提取公积金；三、社区牵头协调低层住户补偿，化解邻里矛盾。',
      );
    const similar = page.getByTestId('similar-item').filter({ hasText: EARLIER.title });
    await similar.waitFor();
    await expect(similar.textContent()).resolves.toMatch(/\d+%/);
    await expect(similar.textContent()).resolves.toContain('已立案');
    // The same asks in other words: 疑似重复, with the asks that coincide, before submitting.
    await similar.getByTestId('verdict-duplicate').waitFor();
    await expect(similar.getByTestId('verdict-duplicate').textContent()).resolves.toBe('疑似重复');
    await expect(similar.getByTestId('similar-reasons').textContent()).resolves.toContain('建议相同：');
    await page.getByTestId('likely-duplicate').waitFor();

    await page.getByTestId('field-category').click();
    await page.locator('.ant-select-item-option', { hasText: '城乡建设' }).click();
    await snap(page, 'proposals-member-draft-phone');
    await page.getByTestId('submit-proposal').click();
    await expect(page.getByRole('dialog').textContent()).resolves.toContain('疑似重复');
    await page.getByRole('dialog').getByRole('button', { name: '提交提案' }).click();

    await page.getByTestId('proposal-title').waitFor();
    submittedUrl = page.url();
    await expect(page.getByTestId('state-tag').first().textContent()).resolves.toBe('待审查');
    await expect(page.getByTestId('proposers').textContent()).resolves.toContain(memberName);
    expect(await page.getByTestId('action-withdraw').isVisible()).toBe(true);
    await snap(page, 'proposals-member-submitted-phone');
  });

  it('a reworded copy of a demo proposal is flagged 疑似重复 while drafting', async () => {
    const office = await apiAs(server.url, 'admin');
    const [onFile] = (await office('GET', '/api/proposals?state=closed&pageSize=1')).items as { id: number }[];
    const demo = await office('GET', `/api/proposals/${onFile!.id}`);
    const copy = reword(demo, prng(12));
    const { page } = phone;
    await page.goto(`${server.url}/proposals/new`);
    await page.getByTestId('field-title').fill(copy.title);
    await page.getByTestId('field-reasons').fill(copy.reasons);
    await page.getByTestId('field-suggestions').fill(copy.suggestions);
    const similar = page.getByTestId('similar-item').filter({ hasText: demo.title });
    await similar.getByTestId('verdict-duplicate').waitFor();
    await page.getByTestId('likely-duplicate').waitFor();
    await snap(page, 'proposals-member-likely-duplicate-phone');
  });

  it('the office sees the likely duplicate in the review queue and accepts it', async () => {
    const { page } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '提案' }).click();
    await page.getByRole('menu').getByRole('link', { name: '提案审查' }).click();
    const row = page.getByTestId('review-queue').getByRole('row', { name: /关于加快老旧小区加装电梯的建议/ });
    // 疑似重复, with a link to the earlier proposal (by its number), ready for 并案.
    const dup = row.getByTestId('queue-duplicates');
    await dup.waitFor();
    await expect(dup.textContent()).resolves.toContain('疑似重复');
    await expect(dup.getByRole('link').first().textContent()).resolves.toMatch(/第\d{4}号$/);
    await row.getByRole('checkbox').check();
    await expect(page.getByTestId('batch-bar').textContent()).resolves.toContain('已选 1 件');
    await page.getByTestId('batch-accept').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /立\s*案/ })
      .click();
    const outcome = page.getByTestId('batch-outcome');
    await outcome.getByText('成功 1 件，未成功 0 件').waitFor();
    await expect(outcome.textContent()).resolves.toContain('已立案');
    await row.waitFor({ state: 'detached' });
    await snap(page, 'proposals-review-outcome');
  });

  it('the member sees the number and the progress on the proposal page', async () => {
    const { page } = phone;
    await page.goto(submittedUrl);
    await page.getByTestId('number-label').waitFor();
    await expect(page.getByTestId('number-label').textContent()).resolves.toMatch(/^第十五届.*第\d{4}号$/);
    await expect(page.getByTestId('state-tag').first().textContent()).resolves.toBe('已立案');
    await expect(page.getByTestId('progress-steps').textContent()).resolves.toContain('待交办');
    expect(await page.getByTestId('action-withdraw').count()).toBe(0);
    await snap(page, 'proposals-member-accepted-phone');
  });
});
