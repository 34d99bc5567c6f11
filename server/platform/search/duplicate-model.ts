// Written by bench/similarity-labelled/fit.ts (npm run fit:similarity) from the fit part of
// the hand-labelled set: do not edit by hand. Logistic regression over the standardised
// features of duplicate-features.ts; threshold and related cut fixed on the fit part.
import type { DuplicateModel } from './duplicate-verdict.js';

export const DUPLICATE_MODEL: DuplicateModel = {
  features: [
    'whole',
    'title',
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
    0.162701, 0.071899, 0.140594, 0.132683, 0.126131, 0.120787, 0.118352, 0.118163, 0.093505, 0.061901, 0.033084,
    0.114149, 0.110901, 0.129929, 0.068764,
  ],
  scale: [
    0.14899, 0.135463, 0.175038, 0.170059, 0.163933, 0.300969, 0.294551, 0.158702, 0.11675, 0.083541, 0.17384, 0.13968,
    0.13532, 0.143369, 0.114945,
  ],
  weights: [
    0.371752, -0.014043, 0.549768, 0.523212, 0.479105, 0.145353, -0.033838, 0.527821, -0.044674, 0.051633, 0.060892,
    0.558156, 0.518123, 0.566325, -0.071306,
  ],
  bias: -4.625997,
  threshold: 0.34,
  relatedCut: 0.12,
};
