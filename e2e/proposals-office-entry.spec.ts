// The office enters proposals handed in on paper, in real Chromium: a collective one in the
// name of a party's committee, written and submitted at once, and a member's proposal
// entered on his behalf and kept as a draft (with a scanned page attached, then removed, and
// the proposer corrected);
// both then appear among what the office entered, and the draft is deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const COLLECTIVE = '关于完善民营企业纾困政策落地机制的建议';
const ON_BEHALF = '关于在城郊接合部增设公交微循环线路的建议';
const REASONS =
  '部分惠企政策宣传不到位、申报门槛高、兑现周期长，中小微企业获得感不强，政策红利未能充分释放，企业反映较为集中。';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const SUGGESTIONS =
  '一、建立惠企政策统一发布和免申即享机制；二、压缩兑现周期，实行限时办结；三、开展政策落实第三方评估，结果向社会公开。';

describe('proposals: the office enters collective and on-behalf proposals (Chromium)', () => {
  let server: RunningServer;
  let office: BrowserSession;

  beforeAll(async () => {
    server = await startServer();
    office = await openBrowser();
  });
  afterAll(async () => {
    await office?.close();
    await server?.stop();
  });

  it('a collective proposal in the name of a party committee is written and submitted at once', async () => {
    const { page } = office;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}/proposals`);
    await page.getByTestId('office-new-proposal').click();
    await page.getByTestId('field-kind').getByText('集体提案').click();
    await page.getByTestId('field-collective-type').click();
    await page.locator('.ant-select-item-option', { hasText: '党派' }).click();
    await page.getByTestId('field-collective-ref').click();
    await page.locator('.ant-select-item-option', { hasText: '民盟' }).click();
    await page.getByTestId('field-title').fill(COLLECTIVE);
    await page.getByTestId('field-reasons').fill(REASONS);
    await page.getByTestId('field-suggestions').fill(SUGGESTIONS);
    await page.getByTestId('field-category').click();
    await page.locator('.ant-select-item-option', { hasText: '经济' }).first().click();
    await snap(page, 'proposals-office-collective');
    await page.getByTestId('submit-proposal').click();
    await page.getByRole('dialog').getByRole('button', { name: '提交提案' }).click();
    await page.getByTestId('proposal-title').waitFor();
    await expect(page.getByTestId('state-tag').first().textContent()).resolves.toBe('待审查');
    await expect(page.locator('body').textContent()).resolves.toMatch(/以民盟.*委员会名义提出/);
  });

  it("a member's paper proposal is entered on his behalf and saved as a draft", async () => {
    const { page } = office;
    await page.goto(`${server.url}/proposals/new`);
    await page.getByTestId('lead-member-picker').click();
    const first = page.locator('.ant-select-item-option').first();
    await first.waitFor();
    const memberName = (await first.textContent())!.split(' ')[0]!.trim();
    await first.click();
    await page.getByTestId('field-title').fill(ON_BEHALF);
    await page
      .getByTestId('field-reasons')
      .fill(
        '城郊接合部居民出行依赖私家车和非法营运车辆，现有公交线路少、班次稀，末端站点距小区较远，老人和学生出行不便。',
      );
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '委员手写稿扫描件.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.ant-upload-list-item-done').waitFor();
    // The edit page replaces the new one and loads the saved draft; until that answer is in, the
    // page on screen may still be the new one, about to unmount (and close any dialog opened on it).
    const editLoaded = page.waitForResponse(
      (r) => r.request().method() === 'GET' && /\/api\/proposals\/\d+$/.test(r.url()),
    );
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/proposals\/\d+\/edit$/);
    await editLoaded;
    // The scan was the wrong page: remove it from the saved draft.
    await page.getByTestId('existing-attachments').getByText('委员手写稿扫描件.pdf').waitFor();
    await page.getByTestId('attachment-remove').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|确\s*认/ })
      .click();
    await page.getByTestId('save-draft').click();
    await page.getByTestId('existing-attachments').waitFor({ state: 'detached' });
    // Typed under the wrong member's name: the office corrects the proposer of its own draft.
    await page.getByTestId('lead-member-picker').click();
    const other = page.locator('.ant-select-item-option').filter({ hasNotText: memberName }).first();
    await other.waitFor();
    const proposerName = (await other.textContent())!.split(' ')[0]!.trim();
    await other.click();
    await snap(page, 'proposals-office-correct-proposer');
    const patched = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/api\/proposals\/\d+$/.test(r.url()),
    );
    await page.getByTestId('save-draft').click();
    expect((await patched).status()).toBe(200);

    await page.goto(`${server.url}/proposals/mine`);
    const rows = page.locator('body');
    await page.getByText(ON_BEHALF).first().waitFor();
    await expect(rows.textContent()).resolves.toContain(COLLECTIVE);
    const id = Number(
      /\/proposals\/(\d+)/.exec(
        await page
          .getByText(ON_BEHALF)
          .first()
          .evaluate((el) => el.closest('a')?.getAttribute('href') ?? ''),
      )?.[1] ?? NaN,
    );
    const detail = await page.evaluate(async (pid) => (await fetch(`/api/proposals/${pid}`)).json(), id);
    expect(detail).toMatchObject({
      state: 'draft',
      title: ON_BEHALF,
      proposers: [{ role: 'lead', name: proposerName }],
      attachments: [],
    });
    expect(proposerName).not.toBe(memberName);

    // Entered twice by mistake: the draft is deleted from its page.
    await page.goto(`${server.url}/proposals/${id}`);
    await page.getByTestId('action-delete-draft').waitFor();
    await snap(page, 'proposals-office-draft-page');
    await page.getByTestId('action-delete-draft').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.waitForURL(/\/proposals\/mine$/);
    await page.getByText(COLLECTIVE).first().waitFor();
    expect(await page.getByText(ON_BEHALF).count()).toBe(0);
    office.allow(new RegExp(`^404 GET /api/proposals/${id}$`)); // asked below, on purpose
    expect(await page.evaluate(async (pid) => (await fetch(`/api/proposals/${pid}`)).status, id)).toBe(404);
  });
});
