// 实地评议 with no network (issue 16, item 3): a member opens the field pages once online (the
// service worker keeps the shell and his assignments), loses the network, opens the app again,
// records a visit with a photo and saves it — it waits on the phone, "1 条待上传" — and when
// the network is back the phone sends it by itself: the server then counts the object visited.
// DRAFT: needs the server's /api/supervision routes and a demo campaign assigning objects to
// `member`; move to e2e/ when they exist.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

interface Mine {
  items: {
    campaign: { id: number; criteria: { id: number; maxScore: number }[] };
    objects: { objectId: number; name: string; visited: boolean }[];
  }[];
}

const signedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/login'));

describe('supervision: a field visit recorded offline on the phone and sent when back online (Chromium)', () => {
  let server: RunningServer;
  let phone: BrowserSession;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let member: (method: string, path: string, body?: unknown) => Promise<any>;
  let target: { campaignId: number; objectId: number; name: string; criteria: { id: number; maxScore: number }[] };

  beforeAll(async () => {
    server = await startServer();
    member = await apiAs(server.url, 'member');
    const mine = (await member('GET', '/api/supervision/my-assignments')) as Mine;
    const assignment = mine.items.find((a) => a.objects.some((o) => !o.visited))!;
    const object = assignment.objects.find((o) => !o.visited)!;
    target = {
      campaignId: assignment.campaign.id,
      objectId: object.objectId,
      name: object.name,
      criteria: assignment.campaign.criteria,
    };
    phone = await openBrowser({ mobile: true, serviceWorker: true });
    await signIn(phone.page, server.url, 'member', DEMO_PASSWORD);
    await signedIn(phone.page);
  });
  afterAll(async () => {
    await phone?.context.setOffline(false);
    await phone?.close();
    await server?.stop();
  });

  it('opens the field list with no network once the app was opened online', async () => {
    const { page, context } = phone;
    await page.goto(`${server.url}/supervision/field`);
    await page.getByTestId(`field-object-${target.objectId}`).waitFor();
    // The worker installs on the first visit and controls the page from the next load.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.getByTestId(`field-object-${target.objectId}`).waitFor();
    expect(await page.evaluate('!!navigator.serviceWorker.controller')).toBe(true);

    await context.setOffline(true);
    phone.allow(/ERR_INTERNET_DISCONNECTED/);
    await page.reload();
    await page.getByTestId(`field-object-${target.objectId}`).waitFor();
    expect(await page.getByTestId('network-state').innerText()).toBe('离线');
    await snap(page, 'supervision-offline-list-phone');
  });

  it('keeps a visit saved offline on the phone, then sends it once online', async () => {
    const { page, context } = phone;
    await page.getByTestId(`field-object-${target.objectId}`).click();
    await page.getByTestId('interviewee').fill('大厅值班负责人');
    await page.getByTestId('interview-notes').fill('叫号系统运转正常，高峰时段增开两个窗口；自助机有一台故障待修。');
    for (const c of target.criteria) await page.getByTestId(`score-${c.id}`).fill(String(Math.min(8, c.maxScore)));
    await page.getByTestId('visit-comment').fill('整体有序，建议尽快修复自助机并公示维修时限。');
    await page.getByTestId('photo-input').setInputFiles('web/public/icons/icon-512.png');
    await page.getByTestId('visit-photo').waitFor();
    await snap(page, 'supervision-offline-visit-phone');
    await page.getByTestId('save-send').click();
    await page.getByTestId('pending-count').getByText('1 条待上传').waitFor();

    // Nothing reached the server while offline.
    let mine = (await member('GET', '/api/supervision/my-assignments')) as Mine;
    const visited = () =>
      mine.items.find((a) => a.campaign.id === target.campaignId)!.objects.find((o) => o.objectId === target.objectId)!
        .visited;
    expect(visited()).toBe(false);

    await context.setOffline(false);
    await page.getByTestId('pending-count').getByText('全部已上传').waitFor();
    mine = (await member('GET', '/api/supervision/my-assignments')) as Mine;
    expect(visited()).toBe(true);
    await snap(page, 'supervision-offline-sent-phone');
  });
});
