// An opinion from the phone to its answer (issue 15, item 8): another member has already asked
// for a summer day-care class at a school (set up through the API); the member asks the same
// thing in other words on his phone; the office finds the two in one group on the groups page
// and routes the group to the education bureau from the opinion's page; the bureau's account
// answers on its page; the member, back on his phone, reads the answer on his opinion.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const EARLIER = {
  title: '建议城北中学开办暑期托管班',
  body: '城北片区双职工家庭多，放暑假后孩子白天没人照看。建议城北中学利用空闲教室开办暑期托管班，安排老师看护孩子、辅导暑假作业。',
};
const MINE = {
  title: '希望城北中学暑假能办托管班',
  body: '我们城北很多家长暑假照常上班，孩子一个人在家不放心。希望城北中学暑假期间开设托管班，由老师照看孩子、辅导作业。',
};
const ANSWER =
  '经研究，今年7月起城北中学开办暑期托管班，每周一至周五8:00至17:30，由在职教师轮值看护并辅导作业，家长可在学校公众号报名。';

const signedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/login'));

describe('opinions: a member’s opinion grouped, routed, answered and read on the phone (Chromium)', () => {
  let server: RunningServer;
  let phone: BrowserSession;
  let desk: BrowserSession;
  let dept: BrowserSession;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let office: (method: string, path: string, body?: unknown) => Promise<any>;
  let earlierId = 0;
  let mineId = 0;
  let unitName = '';

  beforeAll(async () => {
    server = await startServer();
    office = await apiAs(server.url, 'admin');
    // The earlier opinion: another member of the city, in the campaign the phone's form offers first (if one is open).
    const member2 = await apiAs(server.url, 'member2');
    const open = (await member2('GET', '/api/opinions/campaigns/open')) as { id: number }[];
    earlierId = (await member2('POST', '/api/opinions', { ...EARLIER, place: null, campaignId: open[0]?.id ?? null }))
      .id;
    // The department whose account answers: the demo's `unit` account.
    const unit = await apiAs(server.url, 'unit');
    const { user } = await unit('GET', '/api/auth/me');
    const ref = await office('GET', '/api/refdata');
    unitName = (ref.units as { id: number; name: string }[]).find((u) => u.id === user.unitId)!.name;
    phone = await openBrowser({ mobile: true });
    await signIn(phone.page, server.url, 'member', DEMO_PASSWORD);
    await signedIn(phone.page);
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await dept?.close();
    await server?.stop();
  });

  it('the member submits his opinion on the phone', async () => {
    const { page } = phone;
    await page.goto(`${server.url}/opinions/mine`);
    await page.getByTestId('new-opinion').click();
    await page.getByTestId('opinion-title').fill(MINE.title);
    await page.getByTestId('opinion-body').fill(MINE.body);
    await snap(page, 'opinions-flow-write-phone');
    await page.getByRole('dialog').locator('.ant-btn-primary').click();
    await page.getByRole('listitem').filter({ hasText: MINE.title }).click();
    await page.waitForURL(/\/opinions\/mine\/\d+$/);
    mineId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('opinion-answer').waitFor();
    await snap(page, 'opinions-flow-submitted-phone');
  });

  it('the office sees it grouped with the earlier one and routes the group to the department', async () => {
    desk = await openBrowser();
    const { page } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await signedIn(page);
    const p = await office('GET', `/api/opinions/${mineId}/processing`);
    expect(p.groupId, 'the new opinion was placed in a group').not.toBeNull();
    const mine = await office('GET', `/api/opinions/${mineId}`);
    await page.goto(`${server.url}/opinions/groups${mine.campaignId ? `?campaignId=${mine.campaignId}` : ''}`);
    const row = page.getByTestId(`group-${p.groupId}`);
    await row.locator('.ant-table-row-expand-icon').click();
    // Both opinions are listed under the same group.
    await page.getByTestId(`member-${mineId}`).getByText(MINE.title).waitFor();
    await page.getByTestId(`member-${earlierId}`).getByText(EARLIER.title).waitFor();
    await snap(page, 'opinions-flow-group-desktop');

    await page.goto(`${server.url}/opinions/list/${mineId}`);
    await page.getByTestId('route-open').click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByTestId('route-unit'), unitName);
    // The whole group is routed by default: one answer for both.
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(true);
    await snap(page, 'opinions-flow-route-desktop');
    await dialog.locator('.ant-btn-primary').click();
    await page.getByTestId('routed-to').getByText(unitName).waitFor();
    await snap(page, 'opinions-flow-routed-desktop');
    await desk.close();
  });

  it('the department answers on its page', async () => {
    dept = await openBrowser();
    const { page } = dept;
    await signIn(page, server.url, 'unit', DEMO_PASSWORD);
    await signedIn(page);
    await page.goto(`${server.url}/opinions/unit`);
    const card = page.locator('[data-testid^="unit-route-"]', { hasText: MINE.title });
    // One route for the group: both opinions are listed on it.
    await card.getByRole('heading', { name: MINE.title }).waitFor();
    await card.getByRole('heading', { name: EARLIER.title }).waitFor();
    await card.getByTestId('unit-answer').click();
    await page.getByTestId('answer-text').fill(ANSWER);
    await page.getByRole('dialog').locator('.ant-btn-primary').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.ant-segmented-item', { hasText: /^已答复$/ }).click();
    await card.getByText(ANSWER).waitFor();
    await snap(page, 'opinions-flow-answered-unit');
  });

  it('the member reads the answer on his phone; the earlier opinion has it too', async () => {
    const { page } = phone;
    await page.reload();
    await expect(page.getByTestId('opinion-answer-text').textContent()).resolves.toContain(ANSWER);
    await snap(page, 'opinions-flow-answer-phone');
    const other = await (await apiAs(server.url, 'member2'))('GET', `/api/opinions/${earlierId}/answer`);
    expect(other.route.answer).toBe(ANSWER);
  });
});
