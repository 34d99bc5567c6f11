// English for every sentence the study module's errors say in Chinese (registered with the
// module; study.texts.test.ts checks that none is missing). The web app sends the language the
// user chose as Accept-Language, and the error handler answers in it.
export const STUDY_PHRASES: Record<string, string> = {};
