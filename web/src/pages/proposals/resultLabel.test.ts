// The web's default result-class labels are the server's defaults, so an organisation that kept
// them reads them in English; an organisation's own wording is shown as it wrote it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../server/modules/proposals/settings/settings.schema.js';
import { resultLabel, type ResultClass } from './resultLabel';

describe('resultLabel', () => {
  it.each(Object.entries(DEFAULT_SETTINGS.resultLabels))('class %s: the default is translated', (cls, zh) => {
    expect(resultLabel('zh-CN', cls as ResultClass, zh)).toBe(zh);
    expect(resultLabel('en-US', cls as ResultClass, zh)).not.toMatch(/\p{Script=Han}/u);
  });
  it('shows an organisation’s own label as written', () => {
    expect(resultLabel('en-US', 'B', '正在推进')).toBe('正在推进');
    expect(resultLabel('en-US', 'B', null)).toBe('Being solved');
  });
});
