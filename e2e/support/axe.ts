// Accessibility scan of every page a browser spec visits: axe-core, rules tagged WCAG 2.0/2.1
// A and AA. A small script in every document notices when the page has settled after a load or
// an SPA route change (no DOM change for a while, no running transition, no spinner, no request
// in flight, no dropdown or popover open, no click or key from the spec for 1.5 s) and asks the
// runner to scan it. The runner takes a copy of the page's markup (one evaluate, milliseconds)
// and runs axe-core (read from node_modules, never the network) on the copy in a browser of its
// own, with the same viewport and the app's stylesheets: axe on the live page held it for a
// second or two, and twice a step of a spec fell in that time (a list, a dialog stayed open).
// What counts as "a page" is the route pattern (digits in the path count as one id): each
// pattern is scanned once per spec file, when it first settles. Scanning after every route
// change cost about 60% more suite time (measured, 2 cores) for little. `snap()` scans too when
// it shows something new (a route not scanned yet, an open dialog or drawer): a spec takes a
// screenshot where the page is worth looking at. Violations fail the spec at `close()`, like the
// console watcher; a deliberate exclusion is declared with `allowAxe(rule, /target/)`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QUIET_MS = 400;
/** How long the spec must not have touched the page (click, key, focus) before a scan starts by itself. */
const IDLE_MS = 1500;

/** A page's key: its path with every run of digits as one id, so /proposals/12 and /proposals/40 are one page. */
export function routeKey(pathname: string): string {
  return pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
}

// Runs in every document before the app (plain JS: it runs in the page). Kept small and free of
// dependencies: it only watches, and asks the runner (the binding) to scan a settled page.
const SETTLE_WATCHER = `(() => {
  if (window.top !== window) return;
  let changedAt = performance.now(), changes = 0, inFlight = 0, busy = false;
  const asked = new Set();
  window.__lvzhiDomChanges = () => changes;
  new MutationObserver(() => { changedAt = performance.now(); changes++; })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const realFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    inFlight++;
    return realFetch(...args).finally(() => { inFlight--; changedAt = performance.now(); });
  };
  // The spec's own clicks and keys: a scan blocks the page for a second or two, so it waits until
  // the spec has left the page alone for a while (it is waiting for something else, or done).
  let touchedAt = performance.now();
  for (const type of ['pointerdown', 'keydown', 'input', 'focusin'])
    addEventListener(type, () => { touchedAt = performance.now(); }, true);
  const moving = () => document.getAnimations().some(
    (a) => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity);
  // Never while a dropdown, date panel, popover or tooltip is open: the spec is in the middle of
  // choosing something, and a scan then once held a list open over the next field.
  const OPEN_POPUP = ['select-dropdown', 'picker-dropdown', 'cascader-dropdown', 'dropdown', 'popover', 'tooltip']
    .map((c) => '.ant-' + c + ':not(.ant-' + c + '-hidden)').join(', ');
  const popupOpen = () => [...document.querySelectorAll(OPEN_POPUP)].some((e) => e.getClientRects().length > 0);
  setInterval(() => {
    const path = location.pathname;
    if (busy || asked.has(path) || document.readyState !== 'complete' || inFlight > 0) return;
    const now = performance.now();
    if (now - changedAt < ${QUIET_MS} || now - touchedAt < ${IDLE_MS} || moving() || popupOpen()) return;
    if (document.querySelector('.ant-spin-spinning, .ant-skeleton-active')) return;
    busy = true;
    window.__lvzhiAxeSettled(path)
      .then((done) => { if (done) asked.add(path); }, () => undefined)
      .finally(() => { busy = false; });
  }, 150);
})();`;

// A copy of what the page shows, taken in one evaluate (a few milliseconds): the live page is never
// held while axe reads it. Scripts go (the copy must not run the app); form fields' values and
// states, which live in properties, are written into attributes; a <base> makes the copy's
// stylesheets and images load from the app's server. In a new document every CSS animation
// starts again from its first frame, so a dropdown or dialog copied while it opened would be read
// half transparent (a grey that is not on the page): the copy drops Ant Design's motion classes
// (…-enter, -appear, -leave and their -active/-start/-prepare states) and turns animations and
// transitions off: an opening dropdown or dialog is read as it stands once open.
const SNAPSHOT = `(() => {
  const copy = document.documentElement.cloneNode(true);
  for (const el of copy.querySelectorAll('script, iframe, noscript')) el.remove();
  const motion = /-(enter|appear|leave)(-(active|start|prepare))?$/;
  for (const el of copy.querySelectorAll('[class*="-enter"], [class*="-appear"], [class*="-leave"]'))
    for (const c of [...el.classList]) if (motion.test(c)) el.classList.remove(c);
  const still = document.createElement('style');
  still.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
  copy.querySelector('head').append(still);
  const live = document.querySelectorAll('input, textarea, select');
  const copies = copy.querySelectorAll('input, textarea, select');
  live.forEach((el, i) => {
    const c = copies[i];
    if (!c) return;
    if (el.type === 'checkbox' || el.type === 'radio') el.checked ? c.setAttribute('checked', '') : c.removeAttribute('checked');
    else if (el.tagName === 'TEXTAREA') c.textContent = el.value;
    else if (el.tagName === 'INPUT') c.setAttribute('value', el.value);
  });
  const base = document.createElement('base');
  base.href = location.origin + '/';
  copy.querySelector('head').prepend(base);
  return { html: '<!doctype html>' + copy.outerHTML, width: innerWidth, height: innerHeight };
})()`;

const RUN_AXE = `(async () => {
  const { violations } = await axe.run(document, {
    runOnly: { type: 'tag', values: ${JSON.stringify(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])} },
    resultTypes: ['violations'],
  });
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, any: n.any.map((c) => ({ data: c.data })) })),
  }));
})()`;

interface AxeNode {
  target: unknown[];
  html: string;
  any: { data?: { contrastRatio?: number; fgColor?: string; bgColor?: string; expectedContrastRatio?: string } }[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}

// The scanning browser: one per spec process, apart from the browsers the spec drives, so a scan
// (a second or two of axe) runs in another renderer and never delays or disturbs a step.
let scanner: Promise<{ browser: Browser; page: Page }> | null = null;
let users = 0;
// One scan at a time in the scanning page, whichever session asked: axe refuses a second run in
// a page while one is going on, and a spec's desktop and phone sessions share that page (a
// per-session queue let two overlap: "Axe is already running" failed the home spec in CI).
let queue: Promise<unknown> = Promise.resolve();

function scannerPage(launch: () => Promise<Browser>) {
  scanner ??= launch().then(async (browser) => ({ browser, page: await browser.newPage() }));
  return scanner;
}

async function releaseScanner(): Promise<void> {
  if (--users > 0 || !scanner) return;
  const s = scanner;
  scanner = null;
  await (await s).browser.close();
}

/** Copies what the frame shows and runs axe on the copy in the scanning browser. */
async function runAxe(frame: Frame, launch: () => Promise<Browser>): Promise<AxeViolation[]> {
  const shot = await frame.evaluate<{ html: string; width: number; height: number }>(SNAPSHOT);
  const { page } = await scannerPage(launch);
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await page.setContent(shot.html, { waitUntil: 'load' });
  await page.evaluate(AXE_SOURCE);
  return page.evaluate<AxeViolation[]>(RUN_AXE);
}

function describeNode(n: AxeNode): string {
  const target = n.target.map(String).join(' ');
  const html = n.html.replace(/\s+/g, ' ').slice(0, 140);
  const c = n.any.find((a) => a.data?.contrastRatio !== undefined)?.data;
  const contrast = c ? ` [${c.fgColor} on ${c.bgColor}: ${c.contrastRatio}, needs ${c.expectedContrastRatio}]` : '';
  return `${target}${contrast} — ${html}`;
}

// Route patterns already scanned by any browser of this spec file (vitest runs each file in its own
// process, so this is per spec): the desktop and the phone, the office and the unit, mostly see the
// same markup on a given page; the second visit is not worth a second scan.
const scanned = new Set<string>();

// What no spec can fix: Ant Design's Select renders its option list (role listbox, id "<field>_list")
// without a name, and its props never reach that element (@rc-component/select OptionList). The
// field itself is labelled; only that rule on those elements is excused, nowhere else.
// The date picker's header buttons show the year and month ("2027年", "8月") under a fixed
// aria-label from the locale ("选择年份", "选择月份"), which cannot contain the changing value
// (@rc-component/picker DatePanel); they are out of the tab order (tabindex -1), the keyboard moves
// through the days instead. Only label-content-name-mismatch on those two buttons is excused.
// The date-time picker's hour and minute columns are scrollable lists that are not tab stops
// (@rc-component/picker TimePanel); the time is typed into the field, which the keyboard reaches,
// so only scrollable-region-focusable on those columns is excused.
const LIBRARY_LIMITS = [
  { rule: 'aria-input-field-name', target: /_list$/ },
  { rule: 'label-content-name-mismatch', target: /\.ant-picker-(year|month)-btn$/ },
  { rule: 'scrollable-region-focusable', target: /^ul\[data-type="(hour|minute|second)"\]$/ },
];

/** Watches every page of `context`; `launch` starts the browser the scans run in (shared by the spec's sessions). */
export function axeWatch(context: BrowserContext, launch: () => Promise<Browser>) {
  users++;
  const found = new Map<string, string>(); // one line per rule and target, first page that showed it
  const allowed: { rule: string; target: RegExp }[] = [...LIBRARY_LIMITS];
  const pending = new Set<Promise<unknown>>();
  const stats = { scans: 0, ms: 0 };

  const record = (where: string, violations: AxeViolation[]) => {
    for (const v of violations) {
      for (const n of v.nodes) {
        const target = n.target.map(String).join(' ');
        if (allowed.some((a) => a.rule === v.id && a.target.test(target))) continue;
        const key = `${v.id} ${target}`;
        if (!found.has(key)) found.set(key, `${where}: ${v.id} (${v.impact}) ${describeNode(n)}`);
      }
    }
  };
  /** Scans the frame; false when the page moved on or changed meanwhile (the next settle tries again). */
  const scan = async (frame: Frame, where: string): Promise<boolean> => {
    const job = queue
      .then(async () => {
        const started = Date.now();
        const result = await runAxe(frame, launch);
        stats.scans++;
        stats.ms += Date.now() - started;
        return result;
      })
      .catch((e: Error) => {
        // Leaving the page mid-scan is the spec's right; any other failure would leave pages
        // unchecked without a word, so it fails the spec.
        if (!/context was destroyed|detached|closed|navigat/i.test(e.message))
          found.set(`error ${e.message}`, `${where}: axe could not run: ${e.message.split('\n')[0]}`);
        return null;
      });
    queue = job;
    pending.add(job);
    try {
      const violations = await job;
      if (!violations) return false;
      record(where, violations);
      return true;
    } finally {
      pending.delete(job);
    }
  };

  const ready = context.exposeBinding('__lvzhiAxeSettled', async ({ frame }, path: string) => {
    const key = routeKey(path);
    if (scanned.has(key)) return true;
    const done = await scan(frame, key);
    if (done) scanned.add(key);
    return done;
  });
  const init = context.addInitScript(SETTLE_WATCHER);

  return {
    ready: Promise.all([ready, init]),
    allowAxe: (rule: string, target: RegExp) => allowed.push({ rule, target }),
    /**
     * Scans what the page shows now (the spec is at a point worth looking at) if it is new: a route
     * not scanned yet, or one with a dialog or drawer open.
     */
    async scanNow(page: Page, label: string) {
      const key = routeKey(new URL(page.url()).pathname);
      const overlay = await page.locator('.ant-modal-wrap:visible, .ant-drawer-open').count();
      if (scanned.has(key) && !overlay) return;
      for (let i = 0; i < 3; i++) {
        if (await scan(page.mainFrame(), `${key} (${label})`)) return void (overlay || scanned.add(key));
        await page.waitForTimeout(QUIET_MS);
      }
    },
    /** Scans each open page's current route if it was never scanned, then answers what was found. */
    async finish(): Promise<{ violations: string[]; pages: string[]; scans: number; ms: number }> {
      await Promise.all([...pending]);
      for (const page of context.pages()) {
        const key = routeKey(new URL(page.url()).pathname);
        if (page.url().startsWith('http') && !scanned.has(key)) await scan(page.mainFrame(), key);
      }
      await releaseScanner();
      return { violations: [...found.values()], pages: [...scanned], ...stats };
    },
  };
}
