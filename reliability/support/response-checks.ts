// What every error answer must look like, and what no answer may ever contain: the documented
// error shape, and no stack trace, file path, SQL or driver message leaking the internals.
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>]+ \((?:file:|\/|node:)[^)]*:\d+:\d+\)|\bat (?:file:\/\/|\/)[^\s]+:\d+:\d+/],
  ['source path', /\/(?:work|home|root|srv|opt)\/[\w./-]+\.(?:ts|js|mjs)\b|node_modules\//],
  ['error class', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|ZodError|SqliteError|DatabaseError)\b/],
  [
    'SQL',
    /\b(?:select\s+[\w*"`.,\s]+\s+from|insert\s+into|update\s+"?\w+"?\s+set|delete\s+from)\b|\bSQLITE_[A-Z_]+\b|\bsyntax error at or near\b|\brelation "[^"]+" does not exist\b|\bviolates (?:foreign key|unique|check|not-null) constraint\b|\bUNIQUE constraint failed\b|\bFOREIGN KEY constraint failed\b/i,
  ],
];

/** The leak found in a response body, if any. */
export function leakIn(body: string): string | null {
  for (const [what, re] of LEAKS) {
    const m = re.exec(body);
    if (m) return `${what}: ${m[0].slice(0, 120)}`;
  }
  return null;
}

/** Why an error body is not in the documented `{ error: { code, message, details? }, requestId }` shape, or null. */
export function errorShapeProblem(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  const b = parsed as { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown };
  if (!b || typeof b !== 'object' || !b.error || typeof b.error !== 'object') return 'no error object';
  if (typeof b.error.code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(b.error.code))
    return 'error.code missing or not a code';
  if (typeof b.error.message !== 'string' || b.error.message === '') return 'error.message missing';
  if (typeof b.requestId !== 'string' || b.requestId === '') return 'requestId missing';
  const extra = Object.keys(b).filter((k) => k !== 'error' && k !== 'requestId');
  const extraInError = Object.keys(b.error).filter((k) => !['code', 'message', 'details'].includes(k));
  if (extra.length || extraInError.length) return `unexpected keys: ${[...extra, ...extraInError].join(', ')}`;
  return null;
}
