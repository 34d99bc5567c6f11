// Every Chinese sentence the study module's errors say has its English (study.texts.ts):
// the sources are read for the sentences given to the error helpers and the step checks, so a
// new refusal without a translation fails here rather than showing Chinese in English mode.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STUDY_PHRASES } from './study.texts.js';

const ROOT = new URL('.', import.meta.url).pathname;
const HELPERS = /\b(?:conflict|badRequest|forbidden|notFound|tooMany|who|hasStatus|inStatus|notEnded)\s*\(/g;
const HAN = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The plain string literals among a call's arguments (up to its closing parenthesis). */
function literalsOfCall(text: string, from: number): string[] {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    i++;
  }
  return [...text.slice(from, i).matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
}

describe('study: error sentences in English', () => {
  it('every sentence given to an error or a step check has its translation', () => {
    const missing = new Set<string>();
    let seen = 0;
    for (const file of sources(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(HELPERS))
        for (const lit of literalsOfCall(text, m.index + m[0].length))
          if (HAN.test(lit)) {
            seen++;
            if (!(lit in STUDY_PHRASES)) missing.add(`${lit}  (${file.slice(ROOT.length)})`);
          }
    }
    expect(seen).toBeGreaterThan(10); // the scan finds the module's sentences at all
    expect([...missing]).toEqual([]);
  });
});
