// Debian's Chromium driven by playwright-core (no browser download). CHROMIUM_PATH
// overrides the location.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(opts: { mobile?: boolean } = {}): Promise<BrowserSession> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lvzhi-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'zh-CN',
    viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1366, height: 860 },
    ...(opts.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Two cores shared by the server, Chromium and the runner: a step may wait its turn for a while.
  page.setDefaultTimeout(30_000);
  return { context, page, close: () => context.close() };
}

export async function signIn(page: Page, baseUrl: string, login: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input#login').fill(login);
  await page.locator('input#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Saves a screenshot under test-results/ for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: join('test-results', `${name}.png`), fullPage: true });
}
