import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('the public proposals page (Chromium, not signed in)', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser({ mobile: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows public proposals with their replies to anyone, and finds them by a Chinese word', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: '查看公开提案' }).click();
    await page.getByText('已办理答复的公开提案').waitFor();
    const first = page.locator('a[href^="/public/proposals/"]').first();
    const title = (await first.textContent())!;
    expect(title).toMatch(/建议$/);
    // Search by a word of the first proposal's title.
    const word = title.replace(/^关于(加快推进|进一步推进|切实做好|着力推进)?/, '').slice(0, 2);
    await page.getByTestId('public-search').locator('input').fill(word);
    const searched = page.waitForResponse((r) => r.url().includes('/api/public/proposals?') && r.url().includes('q='));
    await page.getByTestId('public-search').locator('input').press('Enter');
    expect((await (await searched).json()).total).toBeGreaterThan(0);
    await page
      .locator('.ant-spin-spinning')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.getByRole('link', { name: title }).first().click();
    await page.getByTestId('public-title').waitFor();
    const body = (await page.locator('body').textContent())!;
    expect(body).toContain('办理答复');
    expect(body).toContain('的答复');
    // Nothing personal: no mobile number anywhere on the page.
    expect(body).not.toMatch(/1[3-9]\d{9}/);
    await snap(page, 'public-proposal-phone');
  });

  it('filters by category, state and term, kept in the address bar across a reload', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/public/proposals`);
    const all = Number((await page.getByTestId('public-total').textContent())!.replace(/[^\d]/g, ''));
    expect(all).toBeGreaterThan(0);
    const pick = async (key: string, option: string | RegExp) => {
      const answer = page.waitForResponse((r) => r.url().includes('/api/public/proposals?') && r.ok());
      await page.getByTestId(`public-filter-${key}`).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: option })
        .first()
        .click();
      return (await (await answer).json()) as { total: number; items: { category: string; state: string }[] };
    };
    const closed = await pick('state', '已办结');
    expect(closed.total).toBeLessThan(all);
    expect(closed.items.every((i) => i.state === 'closed')).toBe(true);
    const term = await pick('termId', /届/);
    expect(term.total).toBeLessThanOrEqual(closed.total);
    expect(page.url()).toMatch(/state=closed/);
    expect(page.url()).toMatch(/termId=\d+/);
    // A shared or reloaded address shows the same list.
    const again = page.waitForResponse((r) => r.url().includes('/api/public/proposals?') && r.ok());
    await page.reload();
    expect((await (await again).json()).total).toBe(term.total);
    await page.getByTestId('public-total').getByText(String(term.total)).waitFor();
    await snap(page, 'public-filters-phone');
  });
});
