// Integrity of the hand-labelled similarity set: the counts the issue asks for, valid
// references, a split stratified by label and subject, texts of real length and shape, and
// duplicates that are rewordings rather than copies of their originals.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../server/platform/search/tokenizer.js';
import { BY_SUBJECT, ORIGINALS, QUERIES, SUBJECTS, originalOf, textOf, type Label, type Query } from './index.js';

const LABELS: Label[] = ['duplicate', 'related', 'unrelated'];
const count = (list: readonly Query[], label: Label, split?: string) =>
  list.filter((q) => q.label === label && (split === undefined || q.split === split)).length;

/** Length of the longest run of characters two texts share. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}

/** Numbered asks: 一、 / （一） / 一是 / 1. at the start of a line or after a full stop or semicolon. */
function asks(suggestions: string): number {
  return (
    suggestions.match(/(?:^|\n|。|；)\s*(?:（[一二三四五六七]）|[一二三四五六七][、是]|[1-7][.．、])/g)?.length ?? 0
  );
}

describe('the labelled similarity set', () => {
  it('has unique, well-formed ids', () => {
    const ids = [...ORIGINALS.map((o) => o.id), ...QUERIES.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of ORIGINALS) expect(o.id).toMatch(new RegExp(`^o-${o.subject}-\\d+$`));
    for (const q of QUERIES)
      expect(q.id).toMatch(q.label === 'unrelated' ? /^q-unrelated-\d+$/ : new RegExp(`^q-${q.subject}-\\d+$`));
  });

  it('keeps each subject in its own file', () => {
    for (const [subject, set] of Object.entries(BY_SUBJECT)) {
      for (const o of set.originals) expect(o.subject).toBe(subject);
      for (const q of set.queries) {
        expect(q.subject).toBe(subject);
        expect(q.label).not.toBe('unrelated');
      }
    }
  });

  it('meets the counts of the issue for every label and both splits', () => {
    expect(ORIGINALS.length).toBeGreaterThanOrEqual(80);
    expect(ORIGINALS.length).toBeLessThanOrEqual(100);
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(count(QUERIES, 'duplicate')).toBeGreaterThanOrEqual(60);
    expect(count(QUERIES, 'related')).toBeGreaterThanOrEqual(60);
    expect(count(QUERIES, 'unrelated')).toBeGreaterThanOrEqual(30);
    for (const label of LABELS) {
      const fit = count(QUERIES, label, 'fit'),
        measure = count(QUERIES, label, 'measure');
      expect(fit + measure).toBe(count(QUERIES, label));
      // About half each: the two parts differ by at most a tenth of the label.
      expect(Math.abs(fit - measure)).toBeLessThanOrEqual(Math.ceil(0.1 * (fit + measure)));
      expect(Math.min(fit, measure)).toBeGreaterThanOrEqual(15);
    }
  });

  it('stratifies the split by subject: a subject with two queries of a label has one in each part', () => {
    for (const subject of Object.keys(SUBJECTS)) {
      for (const label of ['duplicate', 'related'] as const) {
        const qs = QUERIES.filter((q) => q.subject === subject && q.label === label);
        if (qs.length >= 2)
          expect(new Set(qs.map((q) => q.split)), `${subject} ${label}`).toEqual(new Set(['fit', 'measure']));
      }
    }
  });

  it('labels every query against an existing original of its subject, or none for unrelated ones', () => {
    for (const q of QUERIES) {
      if (q.label === 'unrelated') {
        expect(q.of).toBeNull();
        expect(Object.keys(SUBJECTS)).not.toContain(q.subject);
      } else {
        const o = originalOf(q);
        expect(o, q.id).toBeDefined();
        expect(o!.subject).toBe(q.subject);
      }
    }
  });

  it('gives every subject several originals, a duplicate and a related query', () => {
    for (const subject of Object.keys(SUBJECTS)) {
      expect(ORIGINALS.filter((o) => o.subject === subject).length, subject).toBeGreaterThanOrEqual(3);
      expect(
        QUERIES.some((q) => q.subject === subject && q.label === 'duplicate'),
        subject,
      ).toBe(true);
      expect(
        QUERIES.some((q) => q.subject === subject && q.label === 'related'),
        subject,
      ).toBe(true);
    }
  });

  it('holds no text twice (whatever the punctuation) and no duplicate keeps its original title', () => {
    const all = [...ORIGINALS, ...QUERIES];
    expect(new Set(all.map((p) => contentHash(textOf(p)))).size).toBe(all.length);
    expect(new Set(all.map((p) => contentHash(p.title))).size).toBe(all.length);
    for (const q of QUERIES.filter((x) => x.label === 'duplicate')) {
      expect(contentHash(q.title), q.id).not.toBe(contentHash(originalOf(q)!.title));
      expect(contentHash(textOf(q)), q.id).not.toBe(contentHash(textOf(originalOf(q)!)));
    }
  });

  it('has texts of the length and shape of real proposals', () => {
    for (const p of [...ORIGINALS, ...QUERIES]) {
      expect(p.title, p.id).toMatch(/^关于.{4,36}的(建议|提案)$/);
      expect(p.reasons.length, p.id).toBeGreaterThanOrEqual(60);
      expect(asks(p.suggestions), p.id).toBeGreaterThanOrEqual(2);
    }
    for (const o of ORIGINALS) {
      expect(textOf(o).length, o.id).toBeGreaterThanOrEqual(400);
      expect(textOf(o).length, o.id).toBeLessThanOrEqual(1200);
      expect(asks(o.suggestions), o.id).toBeGreaterThanOrEqual(3);
      expect(asks(o.suggestions), o.id).toBeLessThanOrEqual(6);
    }
    for (const q of QUERIES) {
      expect(textOf(q).length, q.id).toBeGreaterThanOrEqual(150);
      expect(textOf(q).length, q.id).toBeLessThanOrEqual(1200);
      expect(q.note, q.id).toMatch(/^[^\n]{10,200}$/);
    }
  });

  it('words duplicates anew: no run of more than 20 characters is copied from the original', () => {
    for (const q of QUERIES.filter((x) => x.label === 'duplicate'))
      expect(longestCommonRun(textOf(q), textOf(originalOf(q)!)), q.id).toBeLessThanOrEqual(20);
  });

  it('has some duplicates at about half the length of their originals', () => {
    const halves = QUERIES.filter(
      (q) => q.label === 'duplicate' && textOf(q).length <= 0.6 * textOf(originalOf(q)!).length,
    );
    expect(halves.length).toBeGreaterThanOrEqual(15);
  });
});
