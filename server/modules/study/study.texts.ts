// English for every sentence the study module's errors say in Chinese (registered with the
// module; study.texts.test.ts checks that none is missing). The web app sends the language the
// user chose as Accept-Language, and the error handler answers in it.
import { COVERAGE_PHRASES } from './coverage/coverage.texts.js';

export const STUDY_PHRASES: Record<string, string> = { ...COVERAGE_PHRASES };
