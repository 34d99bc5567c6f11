// A consultation from the phone to its report (issue 18, item 8): the office opens a fresh
// consultation with a public link, where ten residents (through the API) vote from two opposed
// opinion profiles; the member votes on his phone (big buttons, 390×844) and adds a statement;
// the office accepts it on the consultation's page, runs the analysis and the report shows the
// groups on the opinion map with their representative statements.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from '../server/platform/http/public-challenge.js';
import { DEMO_PASSWORD } from '../server/seed/demo.js';
import { apiAs } from './support/api.js';
import { openBrowser, signIn, snap, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const SEEDS = [
  '夜间经济街区应延长到凌晨两点',
  '夜市摊位应优先给本地下岗职工',
  '夜间街区噪音应严格限制在晚十点后',
  '夜市应统一配备垃圾分类回收点',
  '政府应补贴夜市摊位的租金',
  '夜间街区应增加公交夜班车',
];
const MINE = '夜市周边应设置临时停车区';

const signedIn = (page: Page) => page.waitForURL((u) => !u.pathname.startsWith('/login'));

/** A resident through the public link: the CSRF pair, a solved challenge, then his votes (1 agree, -1 disagree). */
async function resident(baseUrl: string, token: string, stances: number[]) {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrf = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
  let cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  // The API's JSON, loosely typed: these calls only set up what the browser part then checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const send = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${baseUrl}/api/public/consultations/${token}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    for (const c of res.headers.getSetCookie()) cookie += `; ${c.split(';')[0]}`;
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const ch = await send('GET', '/challenge');
  await send('POST', '/join', { challenge: ch.challenge, solution: solveChallenge(ch.challenge, ch.bits) });
  for (;;) {
    const next = await send('GET', '/next');
    if (!next.statement) break;
    const stance = stances[SEEDS.indexOf(next.statement.body)] ?? 0;
    await send('PUT', `/votes/${next.statement.id}`, { vote: stance > 0 ? 'agree' : stance < 0 ? 'disagree' : 'pass' });
  }
}

describe('consultations: a member votes on his phone, the office moderates and reads the groups (Chromium)', () => {
  let server: RunningServer;
  let phone: BrowserSession;
  let desk: BrowserSession;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let office: (method: string, path: string, body?: unknown) => Promise<any>;
  let id = 0;

  beforeAll(async () => {
    server = await startServer();
    office = await apiAs(server.url, 'admin');
    const today = new Date().toISOString().slice(0, 10);
    const c = await office('POST', '/api/consultations', {
      title: '夜间经济街区怎么管',
      description: '围绕夜间经济街区的营业时间、摊位和配套征求意见。',
      opensOn: today,
      closesOn: `${new Date().getFullYear() + 1}-01-31`,
      seeds: SEEDS,
    });
    id = c.id;
    await office('POST', `/api/consultations/${id}/open`, {});
    const { token } = await office('POST', `/api/consultations/${id}/public`, { mode: 'anonymous' });
    const a = [1, 1, -1, 1, 1, 1];
    const b = [-1, -1, 1, 1, -1, -1];
    for (let i = 0; i < 10; i++) await resident(server.url, token, i % 2 ? a : b);
    phone = await openBrowser({ mobile: true });
    await signIn(phone.page, server.url, 'member', DEMO_PASSWORD);
    await signedIn(phone.page);
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await server?.stop();
  });

  it('the member votes one statement at a time with big buttons and adds his own', async () => {
    const page = phone.page;
    await page.goto(`${server.url}/consultations/mine`);
    await page.getByText('夜间经济街区怎么管').click();
    const card = page.getByTestId('vote-card');
    for (let i = 0; i < SEEDS.length; i++) {
      await card.waitFor();
      const agree = card.getByRole('button', { name: '赞 同' }).or(card.getByRole('button', { name: '赞同' }));
      const box = await agree.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      expect(box!.width).toBeGreaterThan(300);
      await agree.click();
      await page.getByText(`已表态 ${i + 1} / ${SEEDS.length}`).waitFor();
    }
    await page.getByText('您已对全部观点表态').waitFor();
    await page.getByPlaceholder('用一句话写出您的观点').fill(MINE);
    await page.getByRole('button', { name: /提\s?交/ }).click();
    await page.getByText('已提交，审核通过后将供大家表态').waitFor();
    const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await snap(page, 'consultation-phone-vote');
  });

  it('the office accepts the statement and the report shows the groups', async () => {
    desk = await openBrowser();
    const page = desk.page;
    await signIn(page, server.url, 'admin', DEMO_PASSWORD);
    await signedIn(page);
    await page.goto(`${server.url}/consultations/${id}`);
    const row = page.locator('[data-testid^="statement-"]', { hasText: MINE });
    await row.getByRole('button', { name: /通\s?过/ }).click();
    await expect.poll(async () => row.getByText('已通过').count()).toBe(1);
    await page.getByRole('button', { name: /立即分析/ }).click();
    const report = page.getByTestId('consultation-report');
    await report.getByTestId('opinion-map').waitFor();
    await report.getByText(/第1组（\d+人）/).waitFor();
    await report.getByText(/第2组（\d+人）/).waitFor();
    await snap(page, 'consultation-report');
  });
});
