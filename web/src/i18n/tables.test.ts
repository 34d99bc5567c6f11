// Every area of the i18n table, the ones loaded with the app and the ones pages add lazily with
// addArea (meetings, meetingDesk, auditActions…), has the same keys in both languages, the same
// {placeholders} in both, and no Chinese in its English. The areas are read from the message files
// themselves, so a new file is checked without being listed here.
import { describe, expect, it } from 'vitest';

type Area = { 'zh-CN': Record<string, string>; 'en-US': Record<string, string> };
const isArea = (v: unknown): v is Area =>
  typeof v === 'object' && v !== null && 'zh-CN' in v && 'en-US' in v && Object.keys(v).length === 2;

const files = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true });
const areas = Object.entries(files).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((e): e is [string, Area] => isArea(e[1]))
    .map(([name, area]) => ({ name: `${file.replace('./messages/', '')} ${name}`, area })),
);
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the i18n tables', () => {
  it('are found in every message file', () => {
    expect(Object.keys(files).length).toBeGreaterThan(10);
    for (const file of Object.keys(files))
      expect(
        areas.some((a) => a.name.startsWith(file.replace('./messages/', ''))),
        `${file} exports no area`,
      ).toBe(true);
  });

  describe.each(areas)('$name', ({ area }) => {
    const zh = area['zh-CN'];
    const en = area['en-US'];
    it('has every key in both languages', () => {
      expect(
        Object.keys(zh).filter((k) => !(k in en)),
        'missing in en-US',
      ).toEqual([]);
      expect(
        Object.keys(en).filter((k) => !(k in zh)),
        'missing in zh-CN',
      ).toEqual([]);
    });
    it('has the same placeholders in both languages and no Chinese in English', () => {
      for (const key of Object.keys(zh)) {
        if (!(key in en)) continue;
        expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
        expect(hasHan(en[key]!), `en-US ${key}: ${en[key]}`).toBe(false);
        expect(en[key]!.trim(), `en-US ${key} is empty`).not.toBe('');
      }
    });
  });
});
