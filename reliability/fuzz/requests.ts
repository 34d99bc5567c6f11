// One fuzzer request for an operation: path, query (missing, extra and duplicate keys),
// body (schema-valid, hostile, malformed JSON) and content type (right and wrong), and who
// sends it (every role, signed in with its CSRF token, or anonymous; sometimes without CSRF).
import fc from 'fast-check';
import { multipartFile } from '../../server/test/multipart.js';
import type { JsonSchema, Operation } from '../support/operations.js';
import { hostileAny, hostileString, valueArb } from './values.js';

export interface FuzzRequest {
  op: string;
  actor: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Leave the CSRF header out (a signed-in write must then be refused). */
  noCsrf: boolean;
}

/** A short, reproducible description for failure reports. */
export function describeRequest(r: FuzzRequest): string {
  const body =
    r.payload === undefined
      ? ''
      : ` body=${JSON.stringify(String(r.payload).slice(0, 300))}${String(r.payload).length > 300 ? '…' : ''}`;
  return `${r.actor}${r.noCsrf ? ' (no CSRF)' : ''} ${r.method} ${r.url.slice(0, 300)} ct=${r.headers['content-type'] ?? '-'}${body}`;
}

const BROKEN_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}garbage',
  'NaN',
  '{"a":NaN}',
  '{"a":1e309}',
  '{"a":-}',
  '\uFEFF{}',
  '{"a":1,"a":2}',
  '[]',
  '""',
  '0',
  'null',
  'true',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{}}}',
  '['.repeat(5000) + ']'.repeat(5000),
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x41"}',
  '\u0000',
  '{"a":1}\u0000',
];

const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'image/jpeg',
  '',
  'application/json, text/plain',
  'APPLICATION/JSON',
  'application/jsonx',
];

const HOSTILE_SEGMENTS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '+7',
  ' 7',
  '7 ',
  '９',
  '٣',
  '99999999999999999999999',
  '9007199254740993',
  'abc',
  'null',
  'undefined',
  '%2e%2e',
  '..',
  '%2F',
  '%ZZ',
  '%E0%A4%A',
  '%F0%9F%98%80',
  '%EF%BC%91',
  '%D8%00',
  'x'.repeat(300),
  "1'--",
  '1;select 1',
  '[1]',
  '{}',
];

/** Percent-encodes any string, lone surrogates too (as their WTF-8 bytes, which a strict decoder must refuse). */
export function encodeAny(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const paired = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (paired) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(s[i]!);
  }
  return out;
}

function encodeQueryValue(v: unknown): string {
  if (typeof v === 'string') return encodeAny(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return encodeAny(JSON.stringify(v));
  return encodeAny(String(v));
}

function pathArb(op: Operation, ids: { uuids: string[] }): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!names.length) return fc.constant(op.path);
  const segment = (name: string) => {
    const schema = op.params.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    const valid =
      schema.format === 'uuid' || schema.type === 'string'
        ? fc.constantFrom(...ids.uuids, '00000000-0000-4000-8000-000000000000')
        : fc.integer({ min: 1, max: 40 }).map(String);
    return fc.oneof(
      { weight: 4, arbitrary: valid },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
      { weight: 1, arbitrary: hostileString.map((s) => encodeAny(s.slice(0, 200))) },
    );
  };
  return fc
    .tuple(...names.map(segment))
    .map((values) => names.reduce((p, n, i) => p.replace(`{${n}}`, values[i]!), op.path));
}

function queryArb(op: Operation): fc.Arbitrary<string> {
  const params = op.params.filter((p) => p.in === 'query');
  const pair = (name: string, schema: JsonSchema) =>
    fc.tuple(fc.nat(9), valueArb(schema, 0.3), valueArb(schema, 0.5)).map(([roll, v, w]) => {
      if (roll < 4) return '';
      const one = `${encodeURIComponent(name)}=${encodeQueryValue(v)}`;
      if (roll === 9) return `${one}&${encodeURIComponent(name)}=${encodeQueryValue(w)}`; // a duplicate key
      if (roll === 8) return `${encodeURIComponent(name)}[]=${encodeQueryValue(v)}`;
      return one;
    });
  const extra = fc.oneof(
    { weight: 5, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'x', 'orgId', 'a[b]', '', '%ZZ'), hostileString)
        .map(([k, v]) => `${k}=${encodeAny(v.slice(0, 500))}`),
    },
  );
  return fc
    .tuple(fc.tuple(...params.map((p) => pair(p.name, p.schema))), extra)
    .map(([pairs, x]) => [...pairs, x].filter(Boolean).join('&'));
}

type Body = { payload?: string | Buffer; contentType?: string };

function bodyArb(op: Operation): fc.Arbitrary<Body> {
  const json = (hostility: number) =>
    valueArb(op.body ?? { type: 'object' }, hostility).map((v) => ({
      payload: JSON.stringify(v) ?? 'null',
      contentType: 'application/json',
    }));
  const upload = fc
    .tuple(
      fc.constantFrom('a.jpg', 'b.pdf', 'c.xlsx', 'd.svg', '../x.png', '', '\u202Egpj.exe', 'x'.repeat(400)),
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom('image/jpeg', 'application/pdf', 'text/html', ''),
    )
    .map(([name, bytes, type]) => {
      const { payload, headers } = multipartFile(name, Buffer.from(bytes), type || 'application/octet-stream');
      return { payload, contentType: headers['content-type'] };
    });
  const variants: { weight: number; arbitrary: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> }[] = [
    { weight: 6, arbitrary: json(0) },
    { weight: 6, arbitrary: json(0.08) },
    {
      weight: 2,
      arbitrary: hostileAny.map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...BROKEN_JSON).map((payload) => ({ payload, contentType: 'application/json' })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(json(0), fc.constantFrom(...WRONG_TYPES))
        .map(([b, contentType]) => ({ payload: b.payload, contentType })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: op.multipart ? 6 : 1, arbitrary: upload },
  ];
  return fc.oneof(...variants);
}

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function requestArb(op: Operation, actors: string[], ids: { uuids: string[] }): fc.Arbitrary<FuzzRequest> {
  const sendsBody = op.method !== 'GET' && op.method !== 'DELETE';
  return fc
    .record({
      actor: fc.constantFrom(...actors),
      path: pathArb(op, ids),
      query: queryArb(op),
      body: sendsBody
        ? bodyArb(op)
        : fc.oneof({ weight: 9, arbitrary: fc.constant<Body>({}) }, { weight: 1, arbitrary: bodyArb(op) }),
      noCsrf: fc.nat(29).map((n) => n === 0),
      method: fc.oneof(
        { weight: 30, arbitrary: fc.constant(op.method) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHER_METHODS) },
      ),
    })
    .map(({ actor, path, query, body, noCsrf, method }) => {
      const m = body.payload !== undefined && (method === 'GET' || method === 'OPTIONS') ? op.method : method;
      const headers: Record<string, string> = {};
      if (body.contentType !== undefined) headers['content-type'] = body.contentType;
      return {
        op: op.key,
        actor,
        method: m,
        url: query ? `${path}?${query}` : path,
        headers,
        ...(body.payload !== undefined && m !== 'GET' ? { payload: body.payload } : {}),
        noCsrf,
      };
    });
}
