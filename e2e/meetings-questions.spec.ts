// The forum's live questions in the browser: a member asks on his phone, a visitor asks
// through the public link on hers (no account; the challenge is solved by the page), the
// office approves the member's question and puts it on the screen, and the projector's screen
// — the office's and the one opened by the screen link without signing in — shows it without
// a reload (it polls with If-None-Match).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '政协论坛：让老街区留住烟火气';
const MEMBER_Q = '老街区改造时，沿街的早点铺和修鞋摊能不能保留下来？';
const PUBLIC_Q = '巷子里的路灯常年不亮，这次改造能一并解决吗？';

describe('meetings: live questions at a forum (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let forumId = 0;
  let publicToken = '';
  let screenToken = '';

  beforeAll(async () => {
    server = await startServer();
    const office = await apiAs(server.url, 'admin');
    const me = await (await apiAs(server.url, 'member'))('GET', '/api/auth/me');
    const kinds = (await office('GET', '/api/meeting-kinds')) as { id: number; code: string }[];
    const m = await office('POST', '/api/meetings', {
      kindId: kinds.find((k) => k.code === 'forum')!.id,
      title: TITLE,
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
      venue: '市民中心一楼报告厅',
    });
    forumId = m.id;
    await office('POST', `/api/meetings/${forumId}/invitations`, { audience: { memberIds: [me.user.memberId] } });
    await office('POST', `/api/meetings/${forumId}/publish`, {});
    const board = await office('PUT', `/api/meetings/${forumId}/question-board`, { publicEnabled: true });
    publicToken = board.publicToken;
    screenToken = board.screenToken;
    desk = await openBrowser();
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('a member asks on his phone and sees his question waiting', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await signIn(page, server.url, 'member', DEMO_PASSWORD);
      await page.waitForURL(`${server.url}/`);
      await page.goto(`${server.url}/meetings/${forumId}`);
      const card = page.getByTestId('my-questions');
      await card.getByTestId('question-body').fill(MEMBER_Q);
      await card.getByPlaceholder('如：市住建局负责同志').fill('市商务局');
      await card.getByTestId('ask-question').click();
      await card.getByTestId('my-question').filter({ hasText: MEMBER_Q }).waitFor();
      expect(await card.getByTestId('my-question').first().getByTestId('question-status').textContent()).toBe('待审核');
      await snap(page, 'questions-member-phone');
    } finally {
      await phone.close();
    }
  });

  it('a visitor asks through the public link without signing in', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await page.goto(`${server.url}/public/questions/${publicToken}`);
      await page.getByText(TITLE).waitFor();
      await page.getByTestId('display-name').fill('巷口的老街坊');
      await page.getByTestId('question-body').fill(PUBLIC_Q);
      await page.getByTestId('ask-question').click();
      await page.getByTestId('public-sent').waitFor();
      await snap(page, 'questions-public-phone');
    } finally {
      await phone.close();
    }
  });

  it('the office approves the member question and the screens show it without a reload', async () => {
    const { page, context } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    const screen = await context.newPage();
    await screen.setViewportSize({ width: 1600, height: 900 });
    await screen.goto(`${server.url}/meetings/${forumId}/screen`);
    await screen.getByText('等待提问…').waitFor();
    const projector = await openBrowser();
    try {
      await projector.page.setViewportSize({ width: 1600, height: 900 });
      await projector.page.goto(`${server.url}/public/screen/${screenToken}`);
      await projector.page.getByText(TITLE).waitFor();

      await page.goto(`${server.url}/meetings/${forumId}`);
      await page.getByRole('tab', { name: '现场提问' }).click();
      const panel = page.getByTestId('questions-panel');
      const memberRow = panel.locator('tr').filter({ hasText: MEMBER_Q });
      await panel.locator('tr').filter({ hasText: PUBLIC_Q }).waitFor();
      await memberRow.getByTestId('question-approve').click();
      await memberRow.getByTestId('question-show').click();
      await memberRow.getByText('正在大屏').waitFor();
      await snap(page, 'questions-office-desktop');

      // Both screens poll: the question appears on each without a reload.
      await screen.getByTestId('screen-current').getByText(MEMBER_Q).waitFor();
      await projector.page.getByTestId('screen-current').getByText(MEMBER_Q).waitFor();
      expect(await screen.getByTestId('screen-current').textContent()).toContain('市商务局');
      expect(await screen.getByText(PUBLIC_Q).count()).toBe(0);
      await snap(screen, 'questions-screen');
    } finally {
      await projector.close();
    }
  });
});
