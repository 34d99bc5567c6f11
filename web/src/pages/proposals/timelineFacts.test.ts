// Every fact a history entry may state (the codes read from the API document) is worded in both
// languages, English without Chinese beyond the values people wrote, and the web's Chinese says
// what the server's `detail` says for the same facts.
import { describe, expect, it } from 'vitest';
import { zhDetail } from '../../../../server/modules/proposals/handling/timeline.texts.js';
import spec from '../../api/openapi.json';
import { addArea, translate, type Locale } from '../../i18n';
import { timeline } from '../../i18n/messages/timeline';
import { describeFact, describeFacts, describeWho, type Fact } from './timelineFacts';

addArea('timeline', timeline);

type Schema = { enum?: string[]; properties?: Record<string, Schema>; items?: Schema };
const item = (
  (spec as unknown as { paths: Record<string, { get: { responses: Record<string, unknown> } }> }).paths[
    '/api/proposals/{id}/timeline'
  ]!.get.responses['200'] as { content: Record<string, { schema: Schema }> }
).content['application/json']!.schema.properties!.items!.items!;
const codes = item.properties!.facts!.items!.properties!.code!.enum as Fact['code'][];

/** A fact of each code with every value filled: user words in ASCII, so any Chinese in English is the app's. */
const sample = (code: Fact['code']): Fact => ({
  code,
  text: 'T-1',
  note: 'N-1',
  names: ['a.pdf', 'b.docx'],
  unit: 'Unit 1',
  units: [
    { name: 'Unit 1', role: 'lead' },
    { name: null, role: 'co' },
  ],
  date: '2027-03-06',
  count: 2,
  year: 2026,
  way: 'visit',
  contacted: 'phone',
  attitude: 'satisfied',
  result: 'basic',
  resultClass: 'B',
  resultLabel: '正在解决',
});
const tr = (locale: Locale) => (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);

describe('timeline facts', () => {
  it('reads the codes from the API document', () => expect(codes.length).toBeGreaterThan(20));

  it.each(codes)('%s is worded in both languages', (code) => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const text = describeFact(sample(code), tr(locale), locale);
      expect(text, `${locale} ${code}`).not.toMatch(/timeline\.|proposalsHandling\./);
      expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(0);
      if (locale === 'en-US') expect(text, code).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(codes)('%s says in Chinese what the server says', (code) => {
    const facts = [sample(code)];
    expect(describeFacts(facts, tr('zh-CN'), 'zh-CN')).toBe(zhDetail(facts));
  });

  it('labels the office and the system, and keeps people and units as named', () => {
    expect(describeWho({ who: '政协机关', whoKind: 'office' }, tr('en-US'))).toBe('CPPCC office');
    expect(describeWho({ who: '系统', whoKind: 'system' }, tr('en-US'))).toBe('System');
    expect(describeWho({ who: '王敏', whoKind: 'person' }, tr('en-US'))).toBe('王敏');
  });
});
