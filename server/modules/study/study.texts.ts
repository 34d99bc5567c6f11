// English for every sentence the study module's errors say in Chinese (registered with the
// module; study.texts.test.ts checks that none is missing). The web app sends the language the
// user chose as Accept-Language, and the error handler answers in it.
import { EXCHANGE_PHRASES } from './exchange/exchange.texts.js';
import { PLAN_PHRASES } from './plan/plan.texts.js';

export const STUDY_PHRASES: Record<string, string> = {
  ...PLAN_PHRASES,
  ...EXCHANGE_PHRASES,
};
