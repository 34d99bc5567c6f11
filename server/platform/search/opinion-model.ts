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
    'remedyActions',
    'remedyWords',
  ],
  mean: [
    0.132959, 0.002927, 0.069593, 0.069593, 0.069593, 0.038356, 0.038356, 0.069593, 0.00956, 0.00956, 0.00274, 0.082872,
    0.082872, 0.082872, 0.006513, 0.204666, 0.507763, 0.154422,
  ],
  scale: [
    0.086486, 0.027997, 0.105607, 0.105607, 0.105607, 0.192055, 0.192055, 0.105607, 0.048833, 0.048833, 0.052271,
    0.09123, 0.09123, 0.09123, 0.053559, 0.124553, 0.281901, 0.207454,
  ],
  weights: [
    0.414171, -0.172383, 0.154347, 0.154347, 0.154347, -0.062698, -0.062698, 0.154347, 0.059358, 0.059358, 0.225935,
    -0.337257, -0.337257, -0.337257, -0.09425, 1.662003, 0.668769, 0.926154,
  ],
  bias: -1.624429,
  threshold: 0.49,
  relatedCut: 0.12,
};
