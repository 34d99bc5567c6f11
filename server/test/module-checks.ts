// Checks every module owes the platform, shared by the modules' tests: its routes and its rule
// names agree (policy tests), and every Chinese error sentence has its English (texts tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface RouteLike {
  method: string;
  url: string;
  config: { rule?: string | readonly string[] };
}

const rulesOf = (rule: string | readonly string[] | undefined) => (rule === undefined ? [] : [rule].flat());

/**
 * Where a module's routes and its rules part: routes naming no rule, rules a route names that the
 * policy lacks, rules of the policy no route names (`exempt` aside), and names listed twice.
 */
export function ruleGaps(routes: readonly RouteLike[], names: readonly string[], exempt: readonly string[] = []) {
  const named = new Set(routes.flatMap((r) => rulesOf(r.config.rule)));
  return {
    unnamed: routes.filter((r) => rulesOf(r.config.rule).length === 0).map((r) => `${r.method} ${r.url}`),
    unknown: routes.flatMap((r) =>
      rulesOf(r.config.rule)
        .filter((name) => !names.includes(name))
        .map((name) => `${r.method} ${r.url}: ${name}`),
    ),
    unreached: names.filter((n) => !named.has(n) && !exempt.includes(n)),
    doubled: names.filter((n, i) => names.indexOf(n) !== i),
  };
}

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

/**
 * Reads a module's sources for the Chinese sentences given to the error helpers and the step
 * checks: how many it found, and those without an English phrase.
 */
export function untranslatedSentences(root: string, phrases: Record<string, string>) {
  const missing = new Set<string>();
  let seen = 0;
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(HELPERS))
      for (const lit of literalsOfCall(text, m.index + m[0].length))
        if (HAN.test(lit)) {
          seen++;
          if (!(lit in phrases)) missing.add(`${lit}  (${file.slice(root.length)})`);
        }
  }
  return { seen, missing: [...missing] };
}
