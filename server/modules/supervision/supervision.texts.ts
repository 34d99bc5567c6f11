// English for every sentence the supervision module's errors say in Chinese (registered with the
// module; supervision.texts.test.ts checks that none is missing).
import { INSPECTIONS_PHRASES } from './inspections/index.js';

export const SUPERVISION_PHRASES: Record<string, string> = {
  ...INSPECTIONS_PHRASES,
};
