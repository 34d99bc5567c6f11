// Written by bench/opinion-groups/fit.ts (npm run fit:opinions) from the fit part of the
// hand-labelled opinions: do not edit by hand. The proposals' likely-duplicate features
// (duplicate-features.ts), weighed for short opinions; threshold fixed on the fit part.
import type { DuplicateModel } from './duplicate-verdict.js';

export const OPINION_MODEL: DuplicateModel = {
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
    'chars',
  ],
  mean: [
    0.132959, 0.002927, 0.069593, 0.069593, 0.069593, 0.038356, 0.038356, 0.069593, 0.00956, 0.00956, 0.00274, 0.082872,
    0.082872, 0.082872, 0.006513, 0.204666,
  ],
  scale: [
    0.086486, 0.027997, 0.105607, 0.105607, 0.105607, 0.192055, 0.192055, 0.105607, 0.048833, 0.048833, 0.052271,
    0.09123, 0.09123, 0.09123, 0.053559, 0.124553,
  ],
  weights: [
    0.323676, -0.179478, 0.194956, 0.194956, 0.194956, -0.072619, -0.072619, 0.194956, 0.10809, 0.10809, 0.232481,
    -0.286202, -0.286202, -0.286202, -0.083093, 2.13414,
  ],
  bias: -1.484538,
  threshold: 0.5,
  relatedCut: 0.12,
};
