// Every Chinese sentence the workplan module's errors say has its English (workplan.texts.ts), so a
// new refusal without a translation fails here rather than showing Chinese in English mode.
import { describe, expect, it } from 'vitest';
import { untranslatedSentences } from '../../test/module-checks.js';
import { WORKPLAN_PHRASES } from './workplan.texts.js';

describe('workplan: error sentences in English', () => {
  it('every sentence given to an error or a step check has its translation', () => {
    const { seen, missing } = untranslatedSentences(new URL('.', import.meta.url).pathname, WORKPLAN_PHRASES);
    expect(seen).toBeGreaterThan(10); // the scan finds the module's sentences at all
    expect(missing).toEqual([]);
  });
});
