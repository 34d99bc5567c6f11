// Every Chinese sentence the opinions module's errors say has its English (opinions.texts.ts), so a
// new refusal without a translation fails here rather than showing Chinese in English mode.
import { describe, expect, it } from 'vitest';
import { untranslatedSentences } from '../../test/module-checks.js';
import { OPINIONS_PHRASES } from './opinions.texts.js';

describe('opinions: error sentences in English', () => {
  it('every sentence given to an error or a step check has its translation', () => {
    const { seen, missing } = untranslatedSentences(new URL('.', import.meta.url).pathname, OPINIONS_PHRASES);
    expect(seen).toBeGreaterThan(10); // the scan finds the module's sentences at all
    expect(missing).toEqual([]);
  });
});
