// Guests and the personal check-in code in the browser: the office adds an expert as a guest of
// a chair-and-members symposium on a desktop and checks him in by hand; a member opens 我的签到码
// on his phone; at the door the office's scanner page takes the member's code (pasted, as a
// scanner gun types it), first refusing an altered one; the board then shows the member
// checked in by his code and the guest counted apart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

/** Waits for the sign-in to land (signIn only clicks; going elsewhere at once would cut it off). */
const signedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/login'));

const TITLE = '主席联系委员座谈会：社区嵌入式托育服务';

describe('meetings: guests and the personal check-in code (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let meetingUrl = '';
  let memberName = '';

  beforeAll(async () => {
    server = await startServer();
    const office = await apiAs(server.url, 'admin');
    const me = await (await apiAs(server.url, 'member'))('GET', '/api/auth/me');
    memberName = (await office('GET', `/api/members/${me.user.memberId}`)).name;
    const kinds = (await office('GET', '/api/meeting-kinds')) as { id: number; code: string }[];
    // Starts in 20 minutes: the door is open (check-in opens an hour before).
    const start = Date.now() + 20 * 60_000;
    const m = await office('POST', '/api/meetings', {
      kindId: kinds.find((k) => k.code === 'chair_member_symposium')!.id,
      title: TITLE,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * 3600_000).toISOString(),
      venue: '市政协机关二楼委员之家',
    });
    await office('POST', `/api/meetings/${m.id}/invitations`, { audience: { memberIds: [me.user.memberId] } });
    await office('POST', `/api/meetings/${m.id}/publish`, {});
    meetingUrl = `${server.url}/meetings/${m.id}`;
    desk = await openBrowser();
    await signIn(desk.page, server.url, 'admin', DEMO_PASSWORD);
    await signedIn(desk.page);
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('the office adds an expert as a guest and checks him in by hand', async () => {
    const { page } = desk;
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: '嘉宾' }).click();
    await page.getByTestId('add-guest').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('guest-name').fill('陶文清');
    await dialog.getByTestId('guest-affiliation').fill('市妇幼保健院儿童保健科主任医师');
    await dialog.getByTestId('guest-phone').fill('13957186420');
    await snap(page, 'meetings-guest-add-desktop');
    await dialog.getByRole('button', { name: /确\s*定|保\s*存|OK/ }).click();
    const row = page.getByTestId('guest-陶文清');
    await row.getByText('139****6420').waitFor();
    await row.getByText('专家').waitFor();
    await row.getByTestId('guest-checkin').click();
    await row.getByTestId('attendance-tag').getByText('出席').waitFor();
    await snap(page, 'meetings-guests-desktop');
  });

  it('a member shows his personal code on his phone and the office scans it at the door', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await signIn(page, server.url, 'member', DEMO_PASSWORD);
      await signedIn(page);
      await page.goto(meetingUrl);
      await page.getByTestId('go-my-code').click();
      const shown = page.getByTestId('my-code');
      await shown.waitFor();
      expect(await shown.locator('canvas, svg').count()).toBeGreaterThan(0);
      await snap(page, 'meetings-my-code-phone');

      const office = desk.page;
      await office.goto(meetingUrl);
      await office.getByTestId('open-scanner').click();
      await office.getByTestId('scan-code').waitFor();
      // An altered code is refused with the server's reason (the one failed request expected here).
      desk.allow(/^400 POST \/api\/meetings\/\d+\/scan$/);
      const code = (await shown.getAttribute('data-code'))!;
      await office.getByTestId('scan-code').fill(code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
      await office.getByTestId('scan-submit').click();
      await office.getByTestId('form-error').getByText('校验失败').waitFor();
      // The phone's current code, read afresh (it may have turned over), pasted as a scanner gun types it.
      await office.getByTestId('scan-code').fill((await shown.getAttribute('data-code'))!);
      await office.getByTestId('scan-submit').click();
      await office.getByTestId('scan-done').getByText(`${memberName} 签到成功`).waitFor();
      await snap(office, 'meetings-scanner-desktop');
    } finally {
      await phone.close();
    }
  });

  it('the board shows the member checked in by his code and the guest counted apart', async () => {
    const { page } = desk;
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: '出席情况' }).click();
    await page.getByTestId('board-guests').getByText('另邀嘉宾 1 人，已到 1 人').waitFor();
    await expect.poll(() => page.getByTestId('board-present').textContent()).toContain('1');
    const member = page.getByTestId(`board-row-${memberName}`);
    await member.getByText('个人码').waitFor();
    const guest = page.getByTestId('board-row-陶文清');
    await guest.getByText('专家').waitFor();
    await guest.getByText('市妇幼保健院儿童保健科主任医师').waitFor();
    await snap(page, 'meetings-board-guests-desktop');
  });
});
