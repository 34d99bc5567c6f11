// Written by bench/similarity-labelled/fit.ts (npm run fit:similarity) from the fit part of
// the hand-labelled set: do not edit by hand. Logistic regression over the standardised
// features of duplicate-features.ts; threshold and related cut fixed on the fit part.
import type { DuplicateModel } from './duplicate-verdict.js';

export const DUPLICATE_MODEL: DuplicateModel = {
  features: [
    'whole',
    'title',
    'reasons',
    'suggestions',
    'asksCovered',
    'asksCoveredBack',
    'askShare',
    'askShareBack',
    'asksMutual',
    'titleInAsks',
    'titleInSuggestions',
    'figures',
    'askChars',
    'askCharsBack',
    'suggestionChars',
    'titleChars',
  ],
  mean: [
    0.123881, 0.051266, 0.100745, 0.105668, 0.099005, 0.094828, 0.073596, 0.072135, 0.088165, 0.071854, 0.046116,
    0.020974, 0.088277, 0.085789, 0.101977, 0.05155,
  ],
  scale: [
    0.125483, 0.113129, 0.12057, 0.143295, 0.138989, 0.133657, 0.240765, 0.235665, 0.129134, 0.103126, 0.071303,
    0.137517, 0.113795, 0.110331, 0.117721, 0.099624,
  ],
  weights: [
    0.301645, -0.011128, 0.06141, 0.442349, 0.423755, 0.389811, 0.124424, -0.013146, 0.428972, -0.020624, 0.045039,
    0.051392, 0.46046, 0.427419, 0.465825, -0.05362,
  ],
  bias: -5.63792,
  threshold: 0.31,
  relatedCut: 0.12,
};
