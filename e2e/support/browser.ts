// Debian's Chromium driven by playwright-core (no browser download). CHROMIUM_PATH
// overrides the location.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { axeWatch } from './axe.js';

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
  /** Declares a failure the test provokes on purpose (matched against "409 POST /api/…" or the console text). */
  allow(pattern: RegExp): void;
  /**
   * Declares an accessibility violation the spec accepts, with the reason beside the call: axe's
   * rule id and a pattern matched against the element's selector. Nothing else is ever excluded.
   */
  allowAxe(rule: string, target: RegExp): void;
  /**
   * Closes the browser; throws if any page logged a console error, a request failed unexpectedly
   * or axe found a WCAG 2 A/AA violation on a page the spec visited (see axe.ts).
   */
  close(): Promise<void>;
}

/**
 * Watches every page of the context: a console error, an uncaught exception, an API answer of
 * 4xx/5xx or a request that fails is a problem unless the test declared it. Requests aborted by
 * leaving a page (ERR_ABORTED) are the browser's doing, not the app's.
 */
function watch(context: BrowserContext) {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const note = (what: string) => {
    if (!allowed.some((re) => re.test(what))) problems.push(what);
  };
  const onPage = (page: Page) => {
    page.on('console', (m) => {
      // The failed answer itself is recorded below, with its address and method.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) note(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => note(`uncaught: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) note(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText ?? '';
      if (!why.includes('ERR_ABORTED')) note(`failed: ${r.method()} ${r.url()} ${why}`);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return {
    allow: (re: RegExp) => allowed.push(re),
    check() {
      const left = problems.filter((p) => !allowed.some((re) => re.test(p)));
      if (left.length) throw new Error(`the pages logged errors or failed requests:\n  ${left.join('\n  ')}`);
    },
  };
}

const scanners = new WeakMap<BrowserContext, ReturnType<typeof axeWatch>>();

/**
 * `serviceWorker`: let the app's service worker run (web/src/offline/sw.ts). Off by default: a
 * spec then sees every request on the network as a first visit does (the delivery budget
 * measures exactly that), and only the offline spec opts in.
 */
export async function openBrowser(opts: { mobile?: boolean; serviceWorker?: boolean } = {}): Promise<BrowserSession> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lvzhi-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'zh-CN',
    viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1366, height: 860 },
    ...(opts.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    acceptDownloads: true,
    serviceWorkers: opts.serviceWorker ? 'allow' : 'block',
  });
  const watcher = watch(context);
  const axe = axeWatch(context, () =>
    chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  );
  scanners.set(context, axe);
  await axe.ready;
  const page = context.pages()[0] ?? (await context.newPage());
  // Two cores shared by the server, Chromium and the runner: a step may wait its turn for a while.
  page.setDefaultTimeout(30_000);
  return {
    context,
    page,
    allow: watcher.allow,
    allowAxe: axe.allowAxe,
    async close() {
      const { violations, pages, scans, ms } = await axe.finish();
      await context.close();
      // One line a browser: what the accessibility scan covered and what it cost.
      console.info(
        `axe: ${scans} scans in ${(ms / 1000).toFixed(1)} s; pages scanned by this spec so far: ${pages.join(' ')}`,
      );
      watcher.check();
      if (violations.length) throw new Error(`axe found WCAG 2 A/AA violations:\n  ${violations.join('\n  ')}`);
    },
  };
}

export async function signIn(page: Page, baseUrl: string, login: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input#login').fill(login);
  await page.locator('input#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Has axe read what the page shows now, if its route was not scanned yet (the automatic scan
 * waits for a settled page, which a busy machine may not give before the spec moves on).
 */
export async function scanPage(page: Page, label: string): Promise<void> {
  await scanners.get(page.context())?.scanNow(page, label);
}

/** Saves a screenshot under test-results/ for a human to look at, and has axe read what it shows. */
export async function snap(page: Page, name: string): Promise<void> {
  await scanners.get(page.context())?.scanNow(page, name);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: join('test-results', `${name}.png`), fullPage: true });
}
