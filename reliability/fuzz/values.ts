// Values for the fuzzer: what a schema allows (so requests reach the services) and what it
// does not (wrong types, edge numbers, hostile and broken Unicode, huge strings).
import fc from 'fast-check';
import type { JsonSchema } from '../support/operations.js';

/** Strings that have broken servers before. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'NaN',
  'true',
  '0',
  '-0',
  '1e309',
  '0x1F',
  ' 12 ',
  '1.5',
  '-1',
  '9007199254740993',
  '１２３',
  '٣٤٥',
  '一二三',
  '①', // full-width, Arabic-Indic, Chinese and circled digits
  '😀',
  '👨‍👩‍👧‍👦',
  '🇨🇳',
  'é',
  'é', // emoji, a ZWJ family, a flag, composed and decomposed é
  'مرحبا بالعالم',
  '\u202Egpj.exe',
  'abc\u200Fdef',
  '\u200B',
  '\uFEFF', // right-to-left, overrides, zero-width, BOM
  'a\u0000b',
  '\u0000',
  '\u0007\u001b[31m',
  '\r\n\r\n', // NUL and control characters
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\uD83D', // lone surrogates
  "' OR 1=1 --",
  '"; drop table proposals; --',
  '%',
  '_',
  '\\',
  '%00',
  '%ZZ',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '$where',
  '{"$gt":""}',
  'Z̷̢̛͓a̶l̸g̵o̸',
  'ﷺ',
  '\u0301\u0301\u0301',
  '𠜎𠜱𡃁', // combining marks, wide ligature, supplementary-plane Han
];

export const HOSTILE_NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  1.5,
  -2147483649,
  2147483648,
  4294967296,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
];

const longString = fc.oneof(
  fc.constantFrom(5_000, 70_000).map((n) => 'x'.repeat(n)),
  fc.constantFrom(3_000, 40_000).map((n) => '政'.repeat(n)),
  fc.constantFrom(2_000, 20_000).map((n) => '😀'.repeat(n)),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: longString },
);

const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double({ noNaN: true }), fc.integer());

/** Anything at all, of any JSON type, including nesting and big arrays. */
export const hostileAny: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': '' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Array.from({ length: 5000 }, (_, i) => i),
      JSON.parse('['.repeat(200) + ']'.repeat(200)),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const ID_POOL = fc.integer({ min: 1, max: 40 });

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : s.minimum;
  const hi = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : s.maximum;
  if (integer) {
    const min = Math.max(lo ?? -1000, Number.MIN_SAFE_INTEGER);
    const max = Math.min(hi ?? 1000, Number.MAX_SAFE_INTEGER);
    const small = fc.integer({ min: Math.max(min, 1), max: Math.max(Math.min(max, 40), Math.max(min, 1)) });
    // Ids: mostly ones that exist in the scenario, so the request reaches a record.
    return min <= 1 && max >= 40
      ? fc.oneof({ weight: 4, arbitrary: ID_POOL }, { weight: 1, arbitrary: fc.integer({ min, max }) })
      : fc.oneof(small, fc.integer({ min, max }));
  }
  return fc.double({ min: lo ?? -1e6, max: hi ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

const chinese = fc.constantFrom(
  '关于加强社区养老服务的建议',
  '建议',
  '经济',
  '城乡建设',
  '教科文卫体',
  '已电话沟通，委员表示满意。',
  '张建国',
  '市教育局',
  '2026-05-01',
  'A',
  'visit',
);

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.oneof(fc.uuid(), fc.constant('00000000-0000-4000-8000-000000000000'));
  if (s.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((x) => x.length <= (s.maxLength ?? 200) && x.length >= (s.minLength ?? 0));
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain strings
    }
  }
  if (s.format === 'date') return fc.constantFrom('2026-05-01', '2027-01-31', '2025-12-31');
  if (s.format === 'date-time') return fc.constantFrom('2026-05-01T02:00:00.000Z', '2027-01-31T00:00:00Z');
  if (s.format === 'email') return fc.emailAddress();
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 60, 300);
  return fc
    .oneof(chinese, fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }))
    .filter((x) => x.length >= min && x.length <= (s.maxLength ?? Infinity));
}

/**
 * A value for `s`: valid most of the time; with `hostility` > 0, any node may instead be
 * hostile, an object may lose a required field or gain unknown ones.
 */
export function valueArb(s: JsonSchema | undefined, hostility: number, depth = 0): fc.Arbitrary<unknown> {
  const valid = validArb(s ?? {}, hostility, depth);
  if (hostility <= 0) return valid;
  return fc.oneof(
    { weight: Math.round(100 * (1 - hostility)), arbitrary: valid },
    { weight: Math.round(100 * hostility), arbitrary: hostileAny },
  );
}

function validArb(s: JsonSchema, hostility: number, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => valueArb(b, hostility, depth + 1)));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => valueArb({ ...s, type: t }, hostility, depth + 1)));
  switch (s.type) {
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringArb(s);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      return fc.array(valueArb(s.items, hostility, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    }
    case 'object':
      return objectArb(s, hostility, depth);
    default:
      return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(s: JsonSchema, hostility: number, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const required = s.required ?? [];
  const base = fc.record(
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueArb(v, hostility, depth + 1)])),
    { requiredKeys: required.filter((k) => k in props) },
  ) as fc.Arbitrary<Record<string, unknown>>;
  if (hostility <= 0) return base;
  return fc
    .tuple(
      base,
      fc.nat(99),
      fc.constantFrom(...(required.length ? required : ['x'])),
      fc.string({ maxLength: 12 }),
      hostileAny,
    )
    .map(([obj, roll, drop, extraKey, extraValue]) => {
      const out = { ...obj };
      if (roll < 100 * hostility * 0.5)
        delete out[drop]; // a required field missing
      else if (roll < 100 * hostility) out[extraKey || 'extra'] = extraValue; // an unknown field
      return out;
    });
}
