// Processing opinions in the browser: the office classifies an opinion of a near-duplicate
// group and routes the whole group to a department; the department, on the phone, answers the
// group once; the office sees the answer and the dashboard counts it; a resident reads the
// answer with his receipt code. The opinions are written straight to the database as the
// intake would have stored them (intake's pages are another part of the module).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const RECEIPT = 'E2E-RC-0001';
const ANSWER = '经研究，新区两条公交线路已列入今年线网优化方案，预计十二月底前开通，届时将在站点张贴时刻表。';

describe('opinions: routed as a group, answered once, read by its submitters (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let phone: BrowserSession;
  let ids: number[] = [];
  let unit = { name: '', username: '' };

  beforeAll(async () => {
    server = await startServer();
    const db = new SQLite(join(server.dataDir, 'lvzhi.db'));
    try {
      const city = db.prepare(`select org_id from users where username = 'admin'`).get() as { org_id: number };
      const member = db
        .prepare(
          `select member_id from users where org_id = ? and member_id is not null and active = 1 order by id limit 1`,
        )
        .get(city.org_id) as { member_id: number };
      unit = db
        .prepare(
          `select h.name, u.username from handling_units h join users u on u.unit_id = h.id
           where h.org_id = ? and h.active = 1 and u.active = 1 order by h.sort_order, h.id limit 1`,
        )
        .get(city.org_id) as typeof unit;
      const at = new Date().toISOString();
      const add = db.prepare(
        `insert into opinions (org_id, channel, member_id, author_name, title, body, group_id, receipt_hash, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, 990001, ?, ?, ?)`,
      );
      const hash = createHash('sha256').update(RECEIPT.replace(/-/g, ''), 'utf8').digest('hex');
      ids = [
        add.run(
          city.org_id,
          'member',
          member.member_id,
          null,
          '新区公交线路太少',
          '新区居民多，公交线路少，建议增开公交线路。',
          null,
          at,
          at,
        ),
        add.run(
          city.org_id,
          'public',
          null,
          '居民',
          '希望开通新区公交',
          '新区到老城没有直达公交，出行很不方便。',
          hash,
          at,
          at,
        ),
      ].map((r) => Number(r.lastInsertRowid));
    } finally {
      db.close();
    }
    desk = await openBrowser();
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await desk.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await server?.stop();
  });

  it('the office classifies the opinion and routes its whole group to a department', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/opinions/processing/${ids[0]}`);
    const slot = page.getByTestId('opinion-processing');
    await slot.getByText('待交办').waitFor();
    await slot.getByRole('button', { name: /自动分类/ }).click();
    // By the demo office's keyword rules, or by its classifier (with a confidence).
    await slot
      .getByText(/关键词规则|自动分类 ·|未分类/)
      .first()
      .waitFor();
    await page.getByTestId('route-open').click();
    await pick(page, page.getByTestId('route-unit'), unit.name);
    expect(await page.getByTestId('route-group').isChecked()).toBe(true);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /交\s*办/ })
      .click();
    await slot.getByText('办理中').first().waitFor();
    await slot.getByText(unit.name).waitFor();
    await snap(page, 'opinions-processing-desktop');
  });

  it('the department answers the group once on its phone', async () => {
    phone = await openBrowser({ mobile: true });
    const { page } = phone;
    await signIn(page, server.url, unit.username, DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/opinions/unit`);
    const card = page.locator('[data-testid^="unit-route-"]').filter({ hasText: '新区公交线路太少' });
    await card.getByText('意见 2 条').waitFor();
    await snap(page, 'opinions-unit-phone');
    await card.getByTestId('unit-answer').click();
    await page.getByTestId('answer-text').fill(ANSWER);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /提交答复/ })
      .click();
    await page.getByTestId('unit-state').getByText('已答复').click();
    await page.getByText(ANSWER).waitFor();
    await snap(page, 'opinions-unit-answered-phone');
  });

  it('the office reads the answer, and the dashboard counts it', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/opinions/processing/${ids[1]}`);
    await page.getByTestId('processing-answer').getByText(ANSWER).waitFor();
    await page.getByTestId('opinion-answer-text').getByText(ANSWER).waitFor();
    await page.goto(`${server.url}/opinions/dashboard`);
    await page.getByTestId('dashboard-totals').waitFor();
    await page.getByTestId('chart-theme').or(page.getByText('主题分布')).first().waitFor();
    await snap(page, 'opinions-dashboard-desktop');
  });

  it('the dashboard reads on a phone', async () => {
    const leader = await openBrowser({ mobile: true });
    try {
      const { page } = leader;
      await signIn(page, server.url, 'admin', DEMO_PASSWORD);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.goto(`${server.url}/opinions/dashboard`);
      await page.getByTestId('dashboard-totals').waitFor();
      await snap(page, 'opinions-dashboard-phone');
    } finally {
      await leader.close();
    }
  });

  it('a resident reads the answer with his receipt code', async () => {
    const anon = await openBrowser({ mobile: true });
    try {
      const { page } = anon;
      await page.goto(`${server.url}/public/opinions/receipt`);
      await page.getByTestId('receipt-code').fill(RECEIPT.toLowerCase());
      await page.getByTestId('receipt-lookup').click();
      await page.getByTestId('receipt-result').getByText(ANSWER).waitFor();
      expect(await page.getByTestId('receipt-result').textContent()).not.toContain('居民');
      await snap(page, 'opinions-receipt-phone');
    } finally {
      await anon.close();
    }
  });
});
