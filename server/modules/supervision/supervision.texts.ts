// English for every sentence the supervision module's errors say in Chinese (registered with the
// module; supervision.texts.test.ts checks that none is missing).
import { CAMPAIGNS_PHRASES } from './campaigns/index.js';
import { VISITS_PHRASES } from './visits/index.js';
import { ASSIGNMENT_PHRASES } from './assignment/index.js';
import { REVIEW_PHRASES } from './review/index.js';
import { INSPECTIONS_PHRASES } from './inspections/index.js';
import { PROBLEMS_PHRASES } from './problems/index.js';

export const SUPERVISION_PHRASES: Record<string, string> = {
  ...CAMPAIGNS_PHRASES,
  ...ASSIGNMENT_PHRASES,
  ...VISITS_PHRASES,
  ...REVIEW_PHRASES,
  ...INSPECTIONS_PHRASES,
  ...PROBLEMS_PHRASES,
};
