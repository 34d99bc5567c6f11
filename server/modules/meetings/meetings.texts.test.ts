// Every Chinese sentence the meetings module's errors say has its English (meetings.texts.ts):
// the sources are read for the sentences given to the error helpers and the step checks, so a
// new refusal without a translation fails here rather than showing Chinese in English mode.
import { describe, expect, it } from 'vitest';
import { untranslatedSentences } from '../../test/module-checks.js';
import { MEETING_PHRASES } from './meetings.texts.js';

describe('meetings: error sentences in English', () => {
  it('every sentence given to an error or a step check has its translation', () => {
    const { seen, missing } = untranslatedSentences(new URL('.', import.meta.url).pathname, MEETING_PHRASES);
    expect(seen).toBeGreaterThan(40); // the scan finds the module's sentences at all
    expect(missing).toEqual([]);
  });
});
