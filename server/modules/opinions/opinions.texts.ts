// English for every sentence the opinions module's errors say in Chinese (registered with the
// module; opinions.texts.test.ts checks that none is missing).
import { CAMPAIGNS_PHRASES } from './campaigns/index.js';
import { INTAKE_PHRASES } from './intake/index.js';
import { GROUPS_PHRASES } from './groups/index.js';
import { PROCESSING_PHRASES } from './processing/index.js';
import { REPORTS_PHRASES } from './reports/index.js';

export const OPINIONS_PHRASES: Record<string, string> = {
  ...CAMPAIGNS_PHRASES,
  ...INTAKE_PHRASES,
  ...GROUPS_PHRASES,
  ...PROCESSING_PHRASES,
  ...REPORTS_PHRASES,
};
