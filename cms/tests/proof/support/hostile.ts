import fc from 'fast-check';
import type { JsonSchema } from './routes';
import { encode } from './send';

/**
 * What an attacker, a broken client or a confused person sends: strings that break encodings, parsers, SQL and
 * HTML; values of every wrong type; deep and wide structures; prototype-pollution keys. Sizes stay below the
 * 256 kB body limit (413 has its own test).
 */

export const EVIL_HOST = 'evil.example';

export const NASTY_STRINGS: string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83Dy',
  '\uDC00\uD800',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\u2066x\u2069',
  '\uFEFF',
  '\u200B\u200C\u200D\u2060',
  '👩‍👩‍👧‍👦🇺🇦',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  'Z̸̡̢̛͔͈̝̪̲̬̺̟̲̣̼̆̊̏̂̓͋̓̏a̶l̷g̸o̴',
  'ﬁİıßǅ',
  'Привіт, світе',
  "' OR '1'='1",
  "'; DROP TABLE petitions_petitions; --",
  '1; SELECT pg_sleep(2); --',
  "' UNION SELECT email, password FROM up_users --",
  "\\'",
  '$1',
  '%',
  '%%s%n',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '<!--',
  ']]>',
  '</textarea></title></script><script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  'file:///etc/passwd',
  `http://${EVIL_HOST}/`,
  `//${EVIL_HOST}/x`,
  `https:${EVIL_HOST}`,
  `/\\${EVIL_HOST}`,
  `\\\\${EVIL_HOST}`,
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  '9007199254740993',
  '-1',
  '0',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'a\r\nSet-Cookie: vzd_session=x',
  '\r\n\r\n',
  '\t\v\f',
  '\\u0000',
  '%00',
  '%E0%A4%A',
];

/** Long strings: well under the body limit each, long enough to overflow any column or buffer that trusts them. */
export const HUGE_STRINGS: string[] = ['x'.repeat(70_000), 'ї'.repeat(30_000), '🇺🇦'.repeat(7_000), 'a\u0301'.repeat(20_000), '<b>'.repeat(15_000)];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...NASTY_STRINGS))
      .map(([a, b, c]) => a + b + c),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '$ne', '$gt', 'toString', '', ' ', '\u0000', 'a.b', 'a[b]', '__defineGetter__', 'id', 'documentId', 'status', 'role', 'confirmed', 'user'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const nested = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
};

/** An own property even for `__proto__`, so JSON.stringify sends it. */
export function withKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, -0.5, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), Number.MIN_VALUE, 2 ** 31, 65536),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, biased to what breaks code that trusted its input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: hostileString },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 })
        .map((entries) => entries.reduce((o, [k, v]) => withKey(o, k, v), {} as Record<string, unknown>)),
    },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 3000 }), fc.boolean()).map(([d, asArray]) => nested(d, 'deep', asArray)) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => new Array(n).fill(0)) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 500, max: 5000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
    },
  ),
})).value;

/* ---------------- bodies ---------------- */

export type HostileBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string };

const deepText = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** Bodies that are not JSON, or JSON that a naive parser or merge would trip over. */
export const rawBodies: fc.Arbitrary<HostileBody> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    'null',
    '[]',
    '"just a string"',
    '12',
    'true',
    '\uFEFF{}',
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"a":1,"a":2}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"a":1e999}',
    deepText(5_000),
    deepText(60_000),
    '{"a":' + '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_001),
  ).map((text) => ({ kind: 'raw' as const, text, contentType: 'application/json' })),
  fc
    .tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/octet-stream'), hostileString)
    .map(([contentType, s]) => ({ kind: 'raw' as const, text: contentType.includes('urlencoded') ? `a=${encode(s)}&__proto__[x]=1` : s, contentType })),
);

const DROP = Symbol('drop');

/**
 * A valid body with some of its fields made hostile: same-type hostile text (padded with the valid text, so it
 * passes length rules and reaches the database), any other value, a dropped field, an extra hostile key.
 */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<HostileBody> {
  const fields = Object.fromEntries(
    Object.entries(valid).map(([key, value]) => [
      key,
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(value) },
        {
          weight: 3,
          arbitrary:
            typeof value === 'string'
              ? fc.tuple(hostileString, fc.boolean()).map(([h, before]) => (h.length > 20_000 ? h : before ? `${h} ${value}` : `${value} ${h}`))
              : hostileValue,
        },
        { weight: 1, arbitrary: hostileValue },
        { weight: 1, arbitrary: fc.constant<unknown>(DROP) },
      ),
    ]),
  );
  return fc
    .tuple(fc.record(fields), fc.option(fc.tuple(hostileKey, hostileValue), { freq: 3 }))
    .map(([record, extra]) => {
      const body: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(record)) if (v !== DROP) withKey(body, k, v);
      if (extra) withKey(body, extra[0], extra[1]);
      return { kind: 'json' as const, value: body };
    });
}

/** Values shaped by the OpenAPI schema, with hostile leaves now and then (reaches validation past the shape). */
export function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return hostileValue;
  const leaf = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
  if (schema.enum) return leaf(fc.constantFrom(...schema.enum));
  if (schema.const !== undefined) return leaf(fc.constant(schema.const));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromSchema(s, depth + 1)));
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, fromSchema(s, depth + 1)]));
      return fc.record(props, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return leaf(fc.array(fromSchema(schema.items, depth + 1), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.min(schema.maxItems ?? 4, 4) }));
    case 'string': {
      if (schema.pattern) {
        try {
          return leaf(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 500)));
        } catch {
          /* a pattern JavaScript cannot read: fall through */
        }
      }
      const min = schema.minLength ?? 0;
      const max = Math.max(min, Math.min(schema.maxLength ?? 200, 300));
      return leaf(fc.string({ unit: 'grapheme', minLength: min, maxLength: max }));
    }
    case 'integer':
      return leaf(fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 }));
    case 'number':
      return leaf(fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true }));
    case 'boolean':
      return leaf(fc.boolean());
    default:
      return hostileValue;
  }
}

/* ---------------- paths and queries ---------------- */

export type PathValue = string | number | { raw: string };

/**
 * An empty segment or a dot segment is not a value for this route: the URL resolves to another path (that case,
 * an unsupported method on a served path, has a test of its own).
 */
const staysInRoute = (s: string) => !['', '.', '..'].includes(s.trim()) && !/^(\.|%2e){1,2}$/i.test(s.trim());

/** Raw (not re-encoded) path segments: broken percent-encoding, traversal, NUL, very long. */
const RAW_SEGMENTS = ['%', '%E0%A4%A', '%zz', '..%2F..%2Fetc%2Fpasswd', '%2E%2E%2F%2E%2E%2Fetc', '%00', '%C0%AE', 'a'.repeat(3000), '%252e', '%u0000'];

export const pathValue = (valid?: string | number): fc.Arbitrary<PathValue> =>
  fc.oneof(
    ...(valid !== undefined ? [{ weight: 4, arbitrary: fc.constant<PathValue>(valid) }] : []),
    { weight: 3, arbitrary: hostileString.filter((s) => s.length < 2000 && staysInRoute(s)) as fc.Arbitrary<PathValue> },
    { weight: 1, arbitrary: hostileNumber as fc.Arbitrary<PathValue> },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => ({ raw })) },
  );

const RAW_QUERIES = [
  '%',
  '%zz=1',
  'a=%E0%A4%A',
  '__proto__[polluted]=yes',
  'constructor[prototype][polluted]=yes',
  `a${'[b]'.repeat(40)}=1`,
  'filters[$where]=1',
  'filters[id][$gt]=0',
  'populate=*',
  'populate[author]=*',
  'fields[0]=password',
  'sort=password:asc',
  'pagination[pageSize]=100000',
  'page=1&page=2',
  'a[]=1&a[]=2',
  'a[999999]=1',
  '&&&==&=',
  'a=1&'.repeat(1000),
];

/** A query string: the route's own parameters and hostile ones, with valid and hostile values, or raw junk. */
export function queryString(known: string[], valid: Record<string, string> = {}): fc.Arbitrary<string> {
  const names = [...new Set([...known, ...Object.keys(valid)])];
  const key = fc.oneof(
    ...(names.length ? [{ weight: 4, arbitrary: fc.constantFrom(...names) }] : []),
    { weight: 1, arbitrary: hostileKey },
    ...(names.length ? [{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names), hostileKey).map(([n, k]) => `${n}[${k}]`) }] : []),
  );
  const value = (k: string) =>
    fc.oneof(
      ...(Object.hasOwn(valid, k) ? [{ weight: 2, arbitrary: fc.constant(String(valid[k])) }] : []),
      { weight: 3, arbitrary: hostileString.filter((s) => s.length < 1500) },
    );
  const pairs = fc
    .array(key.chain((k) => value(k).map((v) => `${encode(k)}=${encode(v)}`)), { maxLength: 5 })
    .map((parts) => parts.join('&'));
  const withValid = fc.constant(new URLSearchParams(valid).toString());
  return fc.oneof(
    { weight: 4, arbitrary: pairs },
    { weight: 1, arbitrary: withValid },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_QUERIES) },
    { weight: 1, arbitrary: fc.tuple(withValid, fc.constantFrom(...RAW_QUERIES)).map(([a, b]) => (a ? `${a}&${b}` : b)) },
  );
}

/** A printable account of a request for failure messages: long values cut, control characters shown. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v));
  return text && text.length > 600 ? `${text.slice(0, 600)}…(${text.length} chars)` : String(text);
}

/* ---------------- field-by-field sweeps ---------------- */

/** Every string inside a JSON value, as paths to it. */
export function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
export function replaced(value: unknown, path: (string | number)[], make: (old: string) => string): unknown {
  if (path.length === 0) return make(value as string);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), make);
  return copy;
}
