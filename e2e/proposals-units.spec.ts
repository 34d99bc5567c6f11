// A handling unit's day in real Chromium (issue 11, handling units): the office assigns a
// proposal to 江临市教育局 with 江临市住房和城乡建设局 co-handling; the bureau signs and, while
// the co unit has not signed, sees the header and its row agree (办理中), what its reply waits
// for and from whom, reveals the proposer's phone, applies for an extension (shown at once,
// no reload), records a contact, and sends its reply through the confirmation step.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const LEAD = '江临市教育局';
const CO = '江临市住房和城乡建设局';
const REPLY = '经研究，我局已会同相关部门制定工作方案，年内在全市推开，所需经费纳入下一年度预算。';
const COMMITMENT = '明年六月底前完成全市推广并向提案人书面通报';

/** A day `days` from today, as the date pickers take it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Types a date into an Ant Design date picker (found by its test id or its label) and accepts it. */
async function pickDate(page: Page, input: ReturnType<Page['locator']>, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

describe('handling units: the lead replies while its co unit has not signed (Chromium)', () => {
  let server: RunningServer;
  let office: BrowserSession;
  let unit: BrowserSession;
  let url = '';

  beforeAll(async () => {
    server = await startServer();
    [office, unit] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([office?.close(), unit?.close()]);
    await server?.stop();
  });

  it('the office assigns an accepted proposal to a lead and a co-handling unit', async () => {
    const { page } = office;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}/proposals/assign-board`);
    const link = page.getByTestId('assign-board').locator('a[href^="/proposals/"]').first();
    url = (await link.getAttribute('href'))!;
    await page.goto(`${server.url}${url}`);
    await page.getByTestId('action-assign').click();
    const dialog = page.getByRole('dialog');
    // The units arrive after the dialog opens: pick by typing, as below, so a list that
    // re-sorts under the pointer cannot take the click elsewhere.
    await dialog.getByTestId('assign-lead').click();
    await page.keyboard.type(LEAD);
    await page.locator('.ant-select-item-option-active', { hasText: LEAD }).waitFor();
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('assign-lead').textContent()).resolves.toContain(LEAD);
    await dialog.getByTestId('assign-co').click();
    // The list is long: typing filters it to the one unit, Enter picks it.
    await page.keyboard.type('住房和城乡建设');
    await page.locator('.ant-select-item-option-active', { hasText: CO }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(dialog.getByTestId('assign-co').textContent()).resolves.toContain(CO);
    await dialog.getByRole('button', { name: /交\s*办/ }).click();
    await page.getByTestId('state-tag').first().filter({ hasText: '已交办' }).waitFor();
  });

  it('the lead unit signs, works and replies through the confirmation step while the co unit has not signed', async () => {
    const { page } = unit;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}${url}`);
    await page.getByTestId('action-sign').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    // The header and the unit's own row say the same thing.
    await page.getByTestId('state-tag').first().filter({ hasText: '办理中' }).waitFor();
    // The units' rows come from their own request, refreshed after the header's: wait for them.
    const rows = page.getByTestId('handling-assignments');
    await rows.filter({ hasText: new RegExp(`${LEAD}.*主办.*办理中`) }).waitFor();
    await expect(rows.textContent()).resolves.toMatch(new RegExp(`${CO}.*会办.*待签收`));
    // What the reply waits for, and from whom.
    await expect(page.getByTestId('reply-waits').textContent()).resolves.toContain('记录与提案人的联系');
    await expect(page.getByTestId('co-units-info').textContent()).resolves.toMatch(
      new RegExp(`${CO}：尚未签收.*本单位可先行办理和答复`),
    );
    expect(await page.getByTestId('action-reply').count()).toBe(0);
    await snap(page, 'proposals-units-waits');

    // The proposer's phone: masked on the card, revealed on request.
    await expect(page.getByTestId('proposer-contacts').textContent()).resolves.toMatch(/1\d\d\*{4}\d{4}/);
    await page.getByTestId('reveal-phones').click();
    await expect(page.getByTestId('revealed-phone').first().textContent()).resolves.toMatch(/1\d{10}/);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /关\s*闭/ })
      .first()
      .click();

    // An extension request shows on the page at once.
    await page.getByTestId('action-extension').click();
    const ext = page.getByRole('dialog');
    await pickDate(page, ext.getByLabel('申请延至'), inDays(150));
    await ext.getByLabel('延期理由').fill('需会同财政部门测算经费，申请延期一个月答复。');
    await ext.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('handling-extensions').getByText('待审批').waitFor();

    await page.getByTestId('action-contact').click();
    await page.getByTestId('field-contact-notes').fill('电话联系提案人，介绍了初步办理思路，提案人表示认可。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByTestId('reply-waits').waitFor({ state: 'detached' });

    await page.getByTestId('action-reply').click();
    await page.getByTestId('result-B').click();
    await page.getByTestId('field-reply-body').fill(REPLY);
    await page.getByTestId('field-signer').fill('周明远');
    await page.getByTestId('add-commitment').click();
    await page.getByTestId('field-commitment-content').fill(COMMITMENT);
    // No due date is assumed: the form asks for one.
    await page.getByTestId('reply-review').click();
    await page.locator('.ant-drawer').getByText('请选择日期').waitFor();
    const due = page.locator('[data-testid="field-commitment-due"] input, input[data-testid="field-commitment-due"]');
    await pickDate(page, due, inDays(200));
    await page.getByTestId('reply-review').click();
    const confirm = page.getByTestId('reply-confirm');
    await expect(confirm.getByTestId('confirm-class').textContent()).resolves.toBe('B · 正在解决');
    await expect(confirm.getByTestId('confirm-commitments').textContent()).resolves.toContain(COMMITMENT);
    await expect(confirm.getByTestId('confirm-letter').textContent()).resolves.toBe(REPLY);
    await snap(page, 'proposals-units-confirm');
    await page.getByTestId('reply-submit').click();
    await page.getByTestId('state-tag').first().filter({ hasText: '已答复' }).waitFor();
    await expect(page.getByTestId('handling-commitments').textContent()).resolves.toContain(COMMITMENT);
  });
});
