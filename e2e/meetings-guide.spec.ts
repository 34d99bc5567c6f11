// The plenary guide in the browser: the office (desktop) opens the guide of a two-day plenary
// it has prepared (agenda, two groups), puts a member in a group and gives him a seat, a hotel
// room and a bus in the arrange dialog, and the overview counts one fewer without a group; the
// member then opens the meeting on his phone and reads his own guide — group, room, convener,
// seat, hotel and bus, the agenda — while another invitee's guide shows none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '政协十五届委员会第七次会议（会务指南演示）';
const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

describe('meetings: the plenary guide (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let meetingId = 0;
  let memberName = '';

  beforeAll(async () => {
    server = await startServer();
    const office = await apiAs(server.url, 'admin');
    const ids = await Promise.all(
      ['member', 'member2'].map(async (l) => (await (await apiAs(server.url, l))('GET', '/api/auth/me')).user.memberId),
    );
    memberName = (await office('GET', `/api/members/${ids[0]}`)).name;
    const kinds = await office('GET', '/api/meeting-kinds');
    const start = Date.now() + 2 * 3600_000;
    const m = await office('POST', '/api/meetings', {
      kindId: kinds.find((k: { code: string }) => k.code === 'plenary').id,
      title: TITLE,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 26 * 3600_000).toISOString(),
      venue: '江临市人民会堂',
    });
    meetingId = m.id;
    await office('POST', `/api/meetings/${m.id}/invitations`, { audience: { memberIds: ids } });
    await office('POST', `/api/meetings/${m.id}/publish`, {});
    const G = `/api/meetings/${m.id}/guide`;
    await office('PUT', G, { notes: '请提前二十分钟入场，凭证件对号入座。' });
    await office('POST', `${G}/agenda`, {
      day: chinaDay(start),
      startTime: '09:00',
      endTime: '11:30',
      title: '开幕大会',
      session: '第一次全体会议',
      place: '人民会堂大礼堂',
    });
    await office('POST', `${G}/agenda`, {
      day: chinaDay(start + 24 * 3600_000),
      startTime: '14:30',
      endTime: '17:30',
      title: '分组讨论政府工作报告',
      session: '分组讨论',
      byGroup: true,
    });
    await office('POST', `${G}/groups`, { name: '第一组（经济界）', room: '江临宾馆201会议室', convener: '周建华' });
    await office('POST', `${G}/groups`, { name: '第二组（教育界）', room: '江临宾馆305会议室', convener: '钱文' });
    desk = await openBrowser();
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('the office puts a member in a group and gives him a seat, a room and a bus', async () => {
    const { page } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/meetings/${meetingId}`);
    await page.getByTestId('guide-edit-link').click();
    await page.waitForURL(/\/guide\/edit$/);
    await expect.poll(() => page.getByTestId('guide-no-group').innerText()).toContain('2');
    const row = page.locator('tr', { hasText: memberName });
    await row.getByTestId('guide-arrange').click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByTestId('arrange-group'), '第二组（教育界）');
    await dialog.getByTestId('arrange-seat').fill('3排12座');
    await dialog.getByTestId('arrange-hotel').fill('江临宾馆');
    await dialog.getByTestId('arrange-room').fill('1206');
    await dialog.getByTestId('arrange-vehicle').fill('2号车');
    await dialog.getByTestId('arrange-pickup').fill('市民中心北门');
    await dialog.getByRole('button', { name: /确\s*定|保\s*存|OK/ }).click();
    await row.getByText('3排12座').waitFor();
    await row.getByText('江临宾馆 1206').waitFor();
    await expect.poll(() => page.getByTestId('guide-no-group').innerText()).toContain('1');
    await snap(page, 'meetings-guide-office-desktop');
  });

  it('the member reads his own guide on his phone; another invitee sees none of his stay', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await signIn(page, server.url, 'member', DEMO_PASSWORD);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.goto(`${server.url}/meetings/${meetingId}`);
      await page.getByTestId('my-guide-link').click();
      await page.waitForURL(/\/guide$/);
      const group = page.getByTestId('guide-my-group');
      await group.getByText('第二组（教育界）').waitFor();
      await group.getByText('江临宾馆305会议室').waitFor();
      await group.getByText('钱文').waitFor();
      expect(await page.getByTestId('guide-seat').innerText()).toBe('3排12座');
      const stay = page.getByTestId('guide-my-stay');
      await stay.getByText('江临宾馆 1206').waitFor();
      await stay.getByText('2号车').waitFor();
      await stay.getByText('市民中心北门').waitFor();
      // The group discussion is in his group's room.
      const items = page.getByTestId('guide-item');
      await expect.poll(() => items.count()).toBe(2);
      expect(await items.nth(1).innerText()).toContain('江临宾馆305会议室');
      await snap(page, 'meetings-guide-member-phone');
    } finally {
      await phone.close();
    }
    const other = await apiAs(server.url, 'member2');
    const theirs = await other('GET', `/api/meetings/${meetingId}/guide/mine`);
    expect(theirs).toMatchObject({ group: null, seat: null, lodging: null, transport: null });
    expect(JSON.stringify(theirs)).not.toContain('1206');
  });
});
