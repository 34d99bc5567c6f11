// Every Chinese sentence the consultations module's errors say has its English
// (consultations.texts.ts), so a new refusal without a translation fails here.
import { describe, expect, it } from 'vitest';
import { untranslatedSentences } from '../../test/module-checks.js';
import { CONSULTATIONS_PHRASES } from './consultations.texts.js';

describe('consultations: error sentences in English', () => {
  it('every sentence given to an error or a step check has its translation', () => {
    const { seen, missing } = untranslatedSentences(new URL('.', import.meta.url).pathname, CONSULTATIONS_PHRASES);
    expect(seen).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
