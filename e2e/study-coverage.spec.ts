// Training coverage in the browser: the office reads the coverage of new members on the
// dashboard, plans a training class (a meeting of the 委员培训班 kind) and invites the new members
// only, checks two of those not yet trained in by hand at the door; back on the dashboard the
// new members' figure has grown by two and the list of the unreached (new members only) is two
// shorter, in the page and in its Excel export.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { sheetRows } from '../server/test/sheets.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '新任委员协商议政能力专题培训班';

/** A time as the builder's date picker takes it: China's wall clock. */
const pickerTime = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
const signedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/login'));

describe('study: training coverage moves as new members attend a class (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let office: (method: string, path: string, body?: unknown) => Promise<any>;
  let before: { trained: number; total: number; unreached: number; ofCity: number };
  let meetingUrl = '';

  const newUnreached = async () =>
    (await office('GET', '/api/study/coverage/members?status=unreached&isNew=true&pageSize=1')).total as number;

  beforeAll(async () => {
    server = await startServer();
    office = await apiAs(server.url, 'admin');
    const c = await office('GET', '/api/study/coverage');
    // The dashboard counts the city with its counties; the city's class invites the city's own new members.
    const city = c.byCounty.find((b: { key: string }) => b.key === String(c.orgId));
    before = { ...c.newMembers.year, unreached: await newUnreached(), ofCity: city.newYear.total };
    expect(before.unreached).toBeGreaterThan(2);
    desk = await openBrowser();
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await signedIn(desk.page);
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  const dashboard = async (page: Page) => {
    await page.goto(`${server.url}/study/coverage`);
    await page.getByTestId('figure-newYear').waitFor();
  };

  it('the dashboard shows the new members not all trained', async () => {
    const { page } = desk;
    await dashboard(page);
    expect(await page.getByTestId('figure-newYear').textContent()).toBe(`${before.trained} / ${before.total} 人`);
    await page.getByTestId('target-new').getByText('未达标').waitFor();
    await snap(page, 'study-coverage-desktop');
  });

  it('the office plans a training class, invites the new members and checks two in at the door', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/meetings`);
    await page.getByTestId('new-meeting').click();
    // The kinds' list is long (and drawn lazily): the office types to find the training kind.
    await page.getByTestId('meeting-kind').click();
    await page.keyboard.type('委员培训');
    await pick(page, page.getByTestId('meeting-kind'), '委员培训班');
    await page.getByTestId('meeting-title').fill(TITLE);
    // Starts in 20 minutes (the door opens an hour before), three hours long.
    const start = new Date(Date.now() + 20 * 60_000);
    start.setMinutes(Math.ceil(start.getMinutes() / 5) * 5, 0, 0);
    const when = page.locator('.ant-picker-range');
    await when.locator('input').first().click();
    await when.locator('input').first().fill(pickerTime(start));
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await when
      .locator('input')
      .nth(1)
      .fill(pickerTime(new Date(start.getTime() + 3 * 3600_000)));
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await page.getByTestId('meeting-venue').fill('市委党校第二教室');
    await page.locator('#venueLat').fill('30.2741');
    await page.locator('#venueLng').fill('120.1551');
    await page.locator('#checkinRadiusM').fill('300');
    await page.getByTestId('meeting-save').click();
    await page.waitForURL(/\/meetings\/\d+$/);
    meetingUrl = page.url();

    await page.getByTestId('open-invite').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('invite-new-only').click();
    await dialog.getByRole('button', { name: /邀\s*请/ }).click();
    await page.getByText(/新邀请 \d+ 人/).waitFor();
    await page.getByTestId('publish-meeting').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已发布，受邀人已收到通知').waitFor();

    // The city's new members are invited; two on the list's first page not yet trained this year come.
    const id = Number(new URL(meetingUrl).pathname.split('/').pop());
    const listed = (await office('GET', `/api/meetings/${id}/invitations?page=1&pageSize=20`)).items as {
      memberId: number;
      name: string;
    }[];
    const invited = (await office('GET', `/api/meetings/${id}/invitations?pageSize=200`)).total as number;
    expect(invited).toBe(before.ofCity);
    const unreached = new Set(
      (
        (await office('GET', `/api/study/coverage/members?status=unreached&isNew=true&pageSize=200`)).items as {
          id: number;
        }[]
      ).map((m) => m.id),
    );
    const comers = listed.filter((r) => unreached.has(r.memberId)).slice(0, 2);
    expect(comers).toHaveLength(2);
    for (const c of comers) {
      await page.getByTestId(`invitation-${c.name}`).getByTestId('manual-checkin').click();
      await page.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page
        .getByTestId(`invitation-${c.name}`)
        .getByText(/· 人工$/)
        .waitFor();
    }
    await snap(page, 'study-coverage-checkin-desktop');
  });

  it('the coverage moves and the list of the unreached shrinks, in the page and in Excel', async () => {
    const { page } = desk;
    await dashboard(page);
    expect(await page.getByTestId('figure-newYear').textContent()).toBe(`${before.trained + 2} / ${before.total} 人`);
    const card = page.getByTestId('unreached-card');
    await card.getByTestId('unreached-new').click();
    await expect.poll(() => card.getByTestId('unreached-total').textContent()).toBe(`共 ${before.unreached - 2} 人`);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('unreached-export').click()]);
    const rows = await sheetRows(await readFile((await download.path())!));
    expect(rows.at(-1)![0]).toBe(`共 ${before.unreached - 2} 人`);
    // The figure opens the people behind it: this class is among the sessions of those who came.
    await page.getByTestId('gauge-newYear').click();
    await page.getByTestId('coverage-drawer').getByText(TITLE).first().waitFor();
    await snap(page, 'study-coverage-drawer-desktop');
  });
});
