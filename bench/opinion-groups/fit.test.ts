// The committed opinion model is the one the fit script writes from the labelled set: a
// changed feature, text or fit option must come with a re-fit (npm run fit:opinions).
import { describe, expect, it } from 'vitest';
import { OPINION_MODEL } from '../../server/platform/search/opinion-model.js';
import { fitModel } from './fit.js';

describe('the opinion grouping model', () => {
  it('is the fit of the labelled set', () => {
    expect(fitModel()).toEqual(OPINION_MODEL);
  });
});
