// Meetings in the browser: the office builds a consultation meeting on a desktop, invites
// two committees and publishes it; a member asks for leave on his phone and the office
// approves it; another member checks in on his phone with the door screen's rotating code
// (first a wrong code, refused; then the QR's address, which carries the current code and
// sends the phone's position); the office's pages then show the replies and the check-in,
// the live board counts them and its Excel sheet, downloaded, reads back the same; the office
// corrects one state with a reason, and a member subscribes his phone's calendar (the feed,
// read without a session, lists the meeting); the office posts a notice to a committee, a
// member reads it on his phone, and the notice's receipts and Word copy show it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { docxText, sheetRows } from '../server/test/sheets.js';
import { aPublishedMeeting, apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { pick } from './support/select.js';
import { startServer, type RunningServer } from './support/server.js';

const TITLE = '关于加快城区公共停车设施建设的专题协商会';
const VENUE = '市政协三楼第一会议室';
/** The venue's position, and the phone's a few dozen metres from it. */
const VENUE_AT = { lat: 30.2741, lng: 120.1551 };
const PHONE_AT = { latitude: 30.2743, longitude: 120.1553, accuracy: 15 };

/** A time as the builder's date picker takes it: China's wall clock. */
function pickerTime(d: Date): string {
  return d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

interface Invitee {
  login: string;
  name: string;
  committee: string;
}

describe('meetings: build, invite, leave, check-in (Chromium)', () => {
  let server: RunningServer;
  let desk: BrowserSession;
  let meetingUrl = '';
  let onLeave: Invitee;
  let present: Invitee;

  beforeAll(async () => {
    server = await startServer();
    const office = await apiAs(server.url, 'admin');
    const invitee = async (login: string): Promise<Invitee> => {
      const me = await (await apiAs(server.url, login))('GET', '/api/auth/me');
      const member = await office('GET', `/api/members/${me.user.memberId}`);
      expect(member.committeeName, `${login}'s committee`).toBeTruthy();
      return { login, name: member.name, committee: member.committeeName };
    };
    onLeave = await invitee('member');
    present = await invitee('member2');
    desk = await openBrowser();
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  it('the office builds the meeting, invites two committees and publishes it', async () => {
    const { page } = desk;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
    await page.getByRole('menu').getByRole('link', { name: '会议活动' }).click();
    await page.getByTestId('new-meeting').click();

    await pick(page, page.getByTestId('meeting-kind'), '专题协商会');
    await page.getByTestId('meeting-title').fill(TITLE);
    // Starts in 20 minutes (check-in opens an hour before), two hours long.
    const start = new Date(Date.now() + 20 * 60_000);
    start.setMinutes(Math.ceil(start.getMinutes() / 5) * 5, 0, 0);
    const end = new Date(start.getTime() + 2 * 3600_000);
    const when = page.locator('.ant-picker-range');
    await when.locator('input').first().click();
    await when.locator('input').first().fill(pickerTime(start));
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await when.locator('input').nth(1).fill(pickerTime(end));
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await page.getByTestId('meeting-venue').fill(VENUE);
    await page.locator('#venueLat').fill(String(VENUE_AT.lat));
    await page.locator('#venueLng').fill(String(VENUE_AT.lng));
    await page.locator('#checkinRadiusM').fill('300');
    await page
      .locator('#description')
      .fill('围绕老城区停车难、新建小区车位配比和公共停车场建设运营，听取委员和相关部门意见。');
    await snap(page, 'meetings-builder-desktop');
    await page.getByTestId('meeting-save').click();
    await page.waitForURL(/\/meetings\/\d+$/);
    meetingUrl = page.url();
    await expect.poll(() => page.getByText(TITLE).count()).toBeGreaterThan(0);

    await page.getByTestId('open-invite').click();
    const dialog = page.getByRole('dialog');
    for (const c of new Set([onLeave.committee, present.committee]))
      await pick(page, dialog.getByTestId('invite-committees'), c, { multiple: true });
    await dialog.getByRole('button', { name: /邀\s*请/ }).click();
    await page.getByText(/新邀请 \d+ 人/).waitFor();
    await page.getByTestId('publish-meeting').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已发布，受邀人已收到通知').waitFor();
    await page.getByTestId(`invitation-${onLeave.name}`).waitFor();
    await page.getByTestId(`invitation-${present.name}`).waitFor();
    await snap(page, 'meetings-office-desktop');
  });

  it('a member asks for leave on his phone and the office approves it', async () => {
    const phone = await openBrowser({ mobile: true });
    try {
      const { page } = phone;
      await signIn(page, server.url, onLeave.login, DEMO_PASSWORD);
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
      await page.getByRole('menu').getByRole('link', { name: '我的会议' }).click();
      await page.getByTestId('meeting-card').filter({ hasText: TITLE }).click();
      await page.getByTestId('reply-panel').getByText('待回复').waitFor();
      await snap(page, 'meetings-member-phone');
      await page.getByTestId('reply-leave').click();
      await page.getByTestId('leave-reason').fill('当天上午在省里参加行业协会年会，无法到会，会后书面提交意见。');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /提\s*交/ })
        .click();
      await page.getByTestId('reply-panel').getByText('请假待批').waitFor();

      const office = desk.page;
      await office.goto(meetingUrl);
      const row = office.getByTestId(`invitation-${onLeave.name}`);
      await row.getByTestId('leave-approve').click();
      await office.getByTestId('leave-note').fill('同意请假，请会后一周内提交书面意见。');
      await office
        .getByRole('dialog')
        .getByRole('button', { name: /准\s*假/ })
        .click();
      await row.getByText('已准假').waitFor();

      await page.reload();
      await page.getByTestId('reply-panel').getByText('已准假').waitFor();
      await snap(page, 'meetings-leave-approved-phone');
    } finally {
      await phone.close();
    }
  });

  it('another member checks in on his phone with the door screen’s current code', async () => {
    const door = await desk.context.newPage();
    await door.goto(`${meetingUrl}/door`);
    const shown = door.getByTestId('door-code');
    await shown.waitFor();
    // The QR is drawn in the browser from the same address.
    expect(await shown.locator('canvas, svg').count()).toBeGreaterThan(0);
    await snap(door, 'meetings-door-desktop');

    const phone = await openBrowser({ mobile: true });
    try {
      const { page, context } = phone;
      await context.grantPermissions(['geolocation'], { origin: server.url });
      await context.setGeolocation(PHONE_AT);
      await signIn(page, server.url, present.login, DEMO_PASSWORD);
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
      await page.getByRole('menu').getByRole('link', { name: '我的会议' }).click();
      await page.getByTestId('meeting-card').filter({ hasText: TITLE }).waitFor();
      await snap(page, 'meetings-mine-phone');
      await page.getByTestId('meeting-card').filter({ hasText: TITLE }).click();
      await page.getByTestId('go-checkin').click();
      // A wrong code is refused with the server's reason (the one failed request this test expects).
      phone.allow(/^400 POST \/api\/meetings\/\d+\/checkin$/);
      await page.getByTestId('checkin-code').fill('not-the-code');
      await page.getByTestId('checkin-submit').click();
      await page.getByTestId('form-error').getByText('签到码无效').waitFor();

      // Scanning the QR opens its address, which carries the current code; then the code is
      // typed from the screen as the fallback would be (read afresh: it may have turned over).
      const link = (await shown.getAttribute('data-link'))!;
      expect(link).toContain(`${new URL(meetingUrl).pathname}/checkin?code=`);
      await page.goto(link);
      const code = (await shown.getAttribute('data-code'))!;
      await page.getByTestId('checkin-code').fill(code);
      await snap(page, 'meetings-checkin-phone');
      await page.getByTestId('checkin-submit').click();
      await page.getByTestId('checkin-done').getByText('出席').waitFor();
      await expect.poll(() => page.getByTestId('checkin-location').textContent()).toContain('已获取位置');
      await snap(page, 'meetings-checked-in-phone');
    } finally {
      await phone.close();
      await door.close();
    }
  });

  it('the office sees the replies and the check-in, and checks someone in by hand', async () => {
    const { page } = desk;
    await page.goto(meetingUrl);
    const row = page.getByTestId(`invitation-${present.name}`);
    await row.getByText('出席').waitFor();
    // A consultation checks the code only (its kind asks for no position): recorded as a scan.
    await row.getByText(/· 扫码$/).waitFor();
    expect(await page.getByTestId('replies-leave_approved').textContent()).toContain('1');

    // Someone else of the committees, checked in at the desk by the office.
    await pick(page, page.getByTestId('filter-reply'), '待回复');
    const other = page.getByTestId('manual-checkin').first();
    await other.click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已代签到').waitFor();
    // Checked in, he is attending: he has left the unanswered and shows among those attending.
    await pick(page, page.getByTestId('filter-reply'), '参加');
    await page
      .getByText(/· 人工$/)
      .first()
      .waitFor();
    await snap(page, 'meetings-invitees-desktop');
  });

  it('the attendance board counts them, and its Excel sheet reads back the same', async () => {
    const { page } = desk;
    const id = Number(new URL(meetingUrl).pathname.split('/').pop());
    const office = await apiAs(server.url, 'admin');
    const invited = (await office('GET', `/api/meetings/${id}/invitations?pageSize=1`)).total as number;
    expect(invited).toBeGreaterThan(2);

    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: '出席情况' }).click();
    const figure = async (testId: string) =>
      (await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent())?.replace(/\D/g, '');
    await expect.poll(() => figure('board-invited')).toBe(String(invited));
    // Everyone is expected (nobody declined); two are here (the scan and the hand check-in), one on leave.
    expect(await figure('board-expected')).toBe(String(invited));
    expect(await figure('board-present')).toBe('2');
    expect(await figure('board-attended')).toBe('2');
    expect(await figure('board-leave')).toBe('1');
    expect(await figure('board-pending')).toBe(String(invited - 3));
    // The rows in one state (two committees run past the first page of all).
    await page.locator('.ant-segmented-item', { hasText: /^出席$/ }).click();
    await page.getByTestId(`board-row-${present.name}`).getByText('出席').waitFor();
    await snap(page, 'meetings-board-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attendance-xlsx').click()]);
    const { readFile } = await import('node:fs/promises');
    const rows = await sheetRows(await readFile((await download.path())!));
    expect(rows.some((r) => r.includes(TITLE))).toBe(true);
    const header = rows.findIndex((r) => r[1] === '姓名');
    expect(header).toBeGreaterThan(-1);
    const body = rows.slice(header + 1);
    const rowOf = (name: string) => body.find((r) => r[1] === name);
    expect(rowOf(present.name)?.[5]).toBe('出席');
    expect(rowOf(present.name)?.[7]).toBe('扫码');
    expect(rowOf(onLeave.name)?.[5]).toBe('请假');
    expect(body.filter((r) => r[1]).length).toBe(invited);
  });

  it('the office corrects one state with its reason; a member subscribes his phone’s calendar', async () => {
    const { page } = desk;
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: '出席情况' }).click();
    await page.locator('.ant-segmented-item', { hasText: /^未签到$/ }).click();
    // A row that shows "not yet here" (the list may still show all states while the filter loads).
    const pending = page
      .locator('[data-testid^="board-row-"]', { hasText: '未签到' })
      .filter({ has: page.getByTestId('correct') })
      .first();
    await pending.getByTestId('correct').click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByTestId('correct-state'), '请假');
    await dialog.getByTestId('correct-reason').fill('会前电话请假，请假条会后补交');
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && /\/attendance$/.test(new URL(r.url()).pathname)),
      dialog.getByRole('button', { name: /保\s*存/ }).click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(200);
    expect(await saved.json()).toMatchObject({ attendance: 'leave' });
    await dialog.waitFor({ state: 'hidden' });
    const leave = () => page.getByTestId('board-leave').locator('.ant-statistic-content-value').textContent();
    await expect.poll(leave, { timeout: 15_000 }).toBe('2');

    const phone = await openBrowser({ mobile: true });
    try {
      const { page: mine } = phone;
      await signIn(mine, server.url, onLeave.login, DEMO_PASSWORD);
      // Through the menu, as the other phone tests reach 我的会议.
      await mine.getByRole('button', { name: '菜单' }).click();
      await mine.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
      await mine.getByRole('menu').getByRole('link', { name: '我的会议' }).click();
      await mine.getByTestId('meeting-card').filter({ hasText: TITLE }).waitFor();
      await mine.getByTestId('calendar-feed').click();
      await mine.getByTestId('feed-make').click();
      const url = (await mine.getByTestId('feed-url').textContent())!;
      expect(url).toMatch(/\/api\/meetings\/feed\/[\w-]{43}\.ics$/);
      await snap(mine, 'meetings-calendar-feed-phone');
      // Read as the phone's calendar app would: no session, only the address.
      const feed = await fetch(url);
      expect(feed.headers.get('content-type')).toContain('text/calendar');
      const text = (await feed.text()).replace(/\r\n /g, '');
      expect(text).toContain(`SUMMARY:${TITLE}`);
      expect(text).toContain(`LOCATION:${VENUE}`);
    } finally {
      await phone.close();
    }
  });

  it('the office adds a meeting kind of its own, and retires it', async () => {
    const { page } = desk;
    await page.goto(`${server.url}/meetings/kinds`);
    await page.getByTestId('kind-plenary').waitFor();
    await page.getByTestId('add-kind').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('kind-code').fill('member_visit');
    await pick(page, dialog.getByTestId('kind-category'), '界别活动周');
    await dialog.getByTestId('kind-name').fill('委员走访联系群众');
    expect(await dialog.getByTestId('kind-code').inputValue()).toBe('member_visit');
    // Checked by the request's answer, not the passing success message.
    const [saved] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/meeting-kinds',
      ),
      dialog.getByRole('button', { name: /保\s*存/ }).click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(201);
    const row = page.getByTestId('kind-member_visit');
    await row.getByText('委员走访联系群众').waitFor();
    await snap(page, 'meetings-kinds-desktop');
    await row.getByRole('switch').click();
    await row.getByText('已停用').waitFor();
    const office = await apiAs(server.url, 'admin');
    const kinds = (await office('GET', '/api/meeting-kinds')) as { code: string; active: boolean }[];
    expect(kinds.find((k) => k.code === 'member_visit')).toMatchObject({ active: false });
  });

  it('the office writes and publishes minutes with a follow-up for a unit; the unit reports progress', async () => {
    // A meeting under way since an hour (minutes go out once it has begun).
    const office = await apiAs(server.url, 'admin');
    const kind = (await office('GET', '/api/meeting-kinds')).find((k: { code: string }) => k.code === 'consult_topic');
    const m = await office('POST', '/api/meetings', {
      kindId: kind.id,
      title: '推进老旧小区加装电梯专题协商会',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    await office('POST', `/api/meetings/${m.id}/publish`, {});
    const ITEM = '制定加装电梯管线迁改费用分担办法';
    const [desktop, phone] = [await openBrowser(), await openBrowser({ mobile: true })];
    try {
      const { page } = desktop;
      await signIn(page, server.url, 'admin', DEMO_PASSWORD);
      await page.waitForURL((u) => u.pathname !== '/login');
      await page.goto(`${server.url}/meetings/${m.id}`);
      await page.getByRole('tab', { name: '会议纪要' }).click();
      await page.getByTestId('minutes-edit').click();
      await page.getByTestId('minutes-text').fill('会议认为加装电梯应坚持居民自愿，建议简化审批并统筹管线迁改费用。');
      await page.getByTestId('minutes-save').click();
      await page.getByTestId('minutes-status').filter({ hasText: '草稿' }).waitFor();
      await page.getByTestId('minutes-publish').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page.getByTestId('minutes-status').filter({ hasText: '已发布' }).waitFor();
      await page.getByRole('tab', { name: '督办事项' }).click();
      await page.getByTestId('followup-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('followup-title').fill(ITEM);
      // A month on, on China's calendar (the deadlines' calendar, whatever the browser's zone).
      const due = dialog.locator('.ant-picker input');
      await due.fill(new Date(Date.now() + 30 * 86400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
      await due.press('Enter');
      await pick(page, dialog.getByTestId('followup-units'), '江临市教育局', { multiple: true });
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByTestId('followup-row').filter({ hasText: ITEM }).waitFor();
      await snap(page, 'meetings-minutes-desktop');

      // The unit, on its phone: its follow-ups through the menu, the item, a progress report.
      const { page: unit } = phone;
      await signIn(unit, server.url, 'unit', DEMO_PASSWORD);
      await unit.getByRole('button', { name: '菜单' }).click();
      await unit.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
      await unit.getByRole('menu').getByRole('link', { name: '督办事项' }).click();
      await unit.getByRole('link', { name: ITEM }).click();
      await unit.getByTestId('progress-note').fill('已会同住建、财政部门起草分担办法，正在征求意见。');
      await unit.getByTestId('progress-submit').click();
      await unit.getByTestId('progress-entry').filter({ hasText: '正在征求意见' }).waitFor();
      await snap(unit, 'meetings-followup-phone');
    } finally {
      await Promise.all([desktop.close(), phone.close()]);
    }
    const items = await office('GET', `/api/meetings/${m.id}/followups`);
    expect(items.items).toMatchObject([{ title: ITEM, status: 'in_progress', owner: { kind: 'unit' } }]);
  });

  it('a member hands in a speech on his phone, the office makes it oral, the programme lists it', async () => {
    const id = await aPublishedMeeting(server.url);
    const speech = '为委员履职搭建常态化学习平台';
    const [phone, office] = await Promise.all([openBrowser({ mobile: true }), openBrowser()]);
    try {
      const { page } = phone;
      await signIn(page, server.url, 'member', DEMO_PASSWORD);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.goto(`${server.url}/meetings/${id}`);
      await page.getByTestId('submit-speech').click();
      await page.getByTestId('speech-title').fill(speech);
      await page
        .getByTestId('speech-body')
        .fill(
          '建议把委员学习纳入年度履职计划，按界别组织专题读书会，每季度安排一次线上辅导，学习情况计入履职档案，并向委员反馈。',
        );
      await page.getByRole('dialog').getByRole('button', { name: '提交发言' }).click();
      await page.getByTestId('my-speech').getByText('待审核').waitFor();
      await snap(page, 'meetings-speech-phone');

      const staffPage = office.page;
      await signIn(staffPage, server.url, 'admin', DEMO_PASSWORD);
      await staffPage.waitForURL((u) => !u.pathname.startsWith('/login'));
      await staffPage.goto(`${server.url}/meetings/${id}`);
      await staffPage.getByRole('tab', { name: '发言' }).click();
      const row = staffPage.getByTestId('speeches-panel').getByRole('row').filter({ hasText: speech });
      const answer = staffPage.waitForResponse((r) => r.url().includes('/review') && r.request().method() === 'POST');
      await row.getByTestId('speech-oral').click();
      expect((await answer).status()).toBe(200);
      await row.getByText('大会口头发言').waitFor();
      await snap(staffPage, 'meetings-speeches-desktop');

      await page.reload();
      const programme = page.getByTestId('programme-oral');
      await programme.getByText(speech).waitFor();
      await page.getByTestId('my-speech').getByText('大会口头发言').waitFor();
      await snap(page, 'meetings-programme-phone');
      await page.goto(`${server.url}/meetings/my-speeches`);
      await page.getByTestId('my-speech-card').filter({ hasText: speech }).getByText('大会口头发言').waitFor();
      await snap(page, 'meetings-my-speeches-phone');
    } finally {
      await Promise.all([phone.close(), office.close()]);
    }
  });

  it('the office posts a notice to a committee; a member reads it on the phone; the office sees who has not', async () => {
    const notice = '关于报送停车设施建设协商意见的通知';
    const { page } = desk;
    await page.goto(`${server.url}/notices`);
    await page.getByTestId('new-notice').click();
    await page.getByTestId('notice-title-input').fill(notice);
    await page.getByTestId('notice-body-input').fill('各位委员：\n请于本周五前通过履职平台报送书面协商意见。');
    await pick(page, page.getByTestId('invite-committees'), present.committee, { multiple: true });
    await page.getByTestId('save-notice').click();
    await page.waitForURL(/\/notices\/\d+$/);
    const noticeUrl = page.url();
    // Waited for by its answer, then by its message (a CI run once saw no message: this says which part failed).
    const publishing = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/api\/meeting-notices\/\d+\/publish$/.test(new URL(r.url()).pathname),
    );
    await page.getByTestId('publish-notice').click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    const answer = await publishing;
    expect(answer.status(), await answer.text()).toBe(200);
    await page
      .getByText(/已发布，共 \d+ 人接收/)
      .waitFor()
      .catch(async (err: Error) => {
        await snap(page, 'notices-published-failed');
        throw err;
      });
    await snap(page, 'notices-compose-desktop');

    const phone = await openBrowser({ mobile: true });
    try {
      const { page: mine } = phone;
      await signIn(mine, server.url, present.login, DEMO_PASSWORD);
      await mine.getByRole('button', { name: '菜单' }).click();
      await mine.getByRole('menuitem', { name: /(^|\s)会议$/ }).click();
      await mine.getByRole('menu').getByRole('link', { name: '我的通知' }).click();
      // Unread first: the new notice heads the list, and the badge counts it.
      await mine
        .getByTestId('my-notice')
        .first()
        .waitFor()
        .catch(async (err: Error) => {
          await snap(mine, 'notices-mine-phone-failed');
          throw err;
        });
      await expect.poll(() => mine.getByTestId('my-notice').first().textContent()).toContain(notice);
      expect(Number(await mine.getByTestId('notices-unread').textContent())).toBeGreaterThan(0);
      await snap(mine, 'notices-mine-phone');
      await mine.getByTestId('my-notice').first().click();
      await mine.getByTestId('notice-title').getByText(notice).waitFor();
      await snap(mine, 'notices-read-phone');
    } finally {
      await phone.close();
    }

    await page.goto(noticeUrl);
    const figure = async (testId: string) =>
      (await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent())?.replace(/\D/g, '');
    await expect.poll(() => figure('receipts-read')).toBe('1');
    expect(Number(await figure('receipts-unread'))).toBeGreaterThan(0);
    const unread = page.getByTestId('receipt-names');
    await unread.locator('tbody tr').first().waitFor();
    expect(await unread.textContent()).not.toContain(present.name);
    await snap(page, 'notices-receipts-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-docx').click()]);
    const { readFile } = await import('node:fs/promises');
    expect(await docxText(await readFile((await download.path())!))).toContain(
      '请于本周五前通过履职平台报送书面协商意见。',
    );
  });
});
