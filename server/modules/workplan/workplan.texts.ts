// English for every sentence the work-plan module's errors say in Chinese (registered with the
// module; workplan.texts.test.ts checks that none is missing).
import { PRIORITIES_PHRASES } from './priorities/index.js';
import { TOPICS_PHRASES } from './topics/index.js';
import { RECOMMENDATIONS_PHRASES } from './recommendations/index.js';
import { THEMES_PHRASES } from './themes/index.js';
import { LEADERS_PHRASES } from './leaders/index.js';

export const WORKPLAN_PHRASES: Record<string, string> = {
  ...PRIORITIES_PHRASES,
  ...TOPICS_PHRASES,
  ...RECOMMENDATIONS_PHRASES,
  ...THEMES_PHRASES,
  ...LEADERS_PHRASES,
};
