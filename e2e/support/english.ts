// Finds Chinese the app shows when its reader chose English (issue 11, item 8).
//
// What may stay Chinese is what people wrote: names, titles, proposal texts, organisations'
// names, categories. Rather than marking each such place in the pages (easy to forget, and a
// mark on a container would hide an untranslated label inside it), the check compares against
// the data itself: every string of every JSON answer the browser received from /api is user
// data, except the fields where the server words things in Chinese for clients without their
// own labels (a timeline entry's `label` and `detail`, statistics' bucket labels, the evaluation
// formula, result-class labels, error messages, 政协机关/系统 as the author of a step). A visible
// text with Chinese passes when nothing Chinese is left after every such data string it contains
// is cut out of it. Text deliberately in another language carries a lang attribute (the
// language switch's 中文) and is left alone, as a screen reader would read it in that language.
import type { BrowserContext, Page } from 'playwright-core';

const HAN = /\p{Script=Han}/u;
/** Fields whose Chinese is the server's wording, not data people wrote. */
const WORDING = new Set(['label', 'formula', 'message', 'resultLabel', 'resultLabels']);

/**
 * Run in the page (as source: the e2e code is typed for Node, not the DOM): the visible texts
 * and attributes holding Chinese, each element's whole text (a datum split over several text
 * nodes is still found whole), skipping what is marked as another language.
 */
const VISIBLE_CHINESE = `(() => {
  const han = /\\p{Script=Han}/u;
  const other = (el) => {
    const marked = el.closest('[lang]');
    return !!marked && marked !== document.documentElement && !marked.getAttribute('lang').startsWith('en');
  };
  const where = (el) => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
    return el.tagName.toLowerCase() + cls + (id ? ' in ' + id : '');
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !han.test(n.textContent || '') || other(el)) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    found.push({ text: el.textContent || '', where: where(el) });
  }
  for (const el of document.querySelectorAll('[placeholder],[title],[aria-label]')) {
    if (other(el) || !el.checkVisibility()) continue;
    for (const a of ['placeholder', 'title', 'aria-label']) {
      const v = el.getAttribute(a);
      if (v && han.test(v)) found.push({ text: v, where: where(el) + ' @' + a });
    }
  }
  return found;
})()`;

export class EnglishCheck {
  private readonly data = new Set<string>();
  private sorted: string[] | null = null;

  static attach(context: BrowserContext): EnglishCheck {
    const check = new EnglishCheck();
    const onPage = (page: Page) =>
      page.on('response', async (r) => {
        if (!new URL(r.url()).pathname.startsWith('/api/')) return;
        if (!(r.headers()['content-type'] ?? '').includes('application/json')) return;
        try {
          check.collect(await r.json());
        } catch {
          // a body no longer available (the page moved on): nothing to learn from it
        }
      });
    context.pages().forEach(onPage);
    context.on('page', onPage);
    return check;
  }

  private collect(value: unknown, key = '', parent?: Record<string, unknown>): void {
    if (WORDING.has(key)) return;
    // The evaluation's notes beside its formula and a history entry's detail beside its facts are
    // wording; a contact's notes and an audit entry's detail are what people wrote.
    if (key === 'notes' && parent && 'formula' in parent) return;
    if (key === 'detail' && parent && 'facts' in parent) return;
    if (typeof value === 'string') {
      // 政协机关 / 系统 as a step's author is the server's wording; a person or a unit is data.
      if (key === 'who' && parent && (parent.whoKind === 'office' || parent.whoKind === 'system')) return;
      if (HAN.test(value)) {
        this.data.add(value.trim());
        this.sorted = null;
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.collect(v, key, parent));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) this.collect(v, k, value as Record<string, unknown>);
  }

  /** What is left of a text once the data it quotes is cut out. */
  private leftover(text: string): string {
    this.sorted ??= [...this.data].filter(Boolean).sort((a, b) => b.length - a.length);
    let rest = text;
    for (const d of this.sorted) if (rest.includes(d)) rest = rest.split(d).join(' ');
    return rest;
  }

  /** The visible texts of the page that hold Chinese which is not data, each with where it is. */
  async problems(page: Page): Promise<string[]> {
    const texts = (await page.evaluate(VISIBLE_CHINESE)) as { text: string; where: string }[];
    const out = new Set<string>();
    for (const { text, where } of texts) {
      const rest = this.leftover(text);
      if (HAN.test(rest))
        out.add(`${where}: "${text.trim().slice(0, 120)}" (left: ${rest.replace(/\s+/g, ' ').trim().slice(0, 60)})`);
    }
    return [...out];
  }
}
