import fc from 'fast-check';

/** One value the fuzz sends, with a short name for reports ("nul", "script"...). */
export interface HostileValue<T = unknown> {
  name: string;
  value: T;
}

/**
 * Strings an attacker (or a careless integration) sends in any text field: bytes PostgreSQL
 * refuses (NUL), text JavaScript holds but UTF-8 cannot (a lone surrogate), sizes around the
 * limits, characters that change how text renders, and the usual injection payloads (SQL, LIKE
 * wildcards, HTML, template engines, mail headers). Every one must come back as data or as a
 * typed refusal, never as INTERNAL.
 */
const FIXED_STRINGS: readonly HostileValue<string>[] = [
  { name: 'nul', value: 'a\u0000b' },
  { name: 'lone-surrogate', value: 'a\ud800b' },
  { name: '5k-chars', value: 'x'.repeat(5_000) },
  { name: '70k-chars', value: 'y'.repeat(70_000) },
  { name: 'rtl-zero-width', value: '\u202Egnp.exe\u200B\u200D\uFEFF\u2066x\u2069' },
  { name: 'sql', value: "'; DROP TABLE run; --" },
  { name: 'like-percent', value: '%' },
  { name: 'like-underscore', value: '_' },
  { name: 'backslash', value: '\\' },
  { name: 'script', value: '<script>alert(1)</script>' },
  { name: 'img-onerror', value: '<img src=x onerror=alert(1)>' },
  { name: 'javascript-url', value: 'javascript:alert(1)' },
  { name: 'mustache', value: '{{7*7}}' },
  { name: 'template-literal', value: '${7*7}' },
  { name: 'crlf-header', value: '\r\nBcc: x@y' },
  { name: 'json-text', value: '{"__proto__":{"admin":true},"role":"OWNER"}' },
  { name: 'emoji', value: '👨‍👩‍👧 🏳️‍🌈 👍🏽' },
  { name: 'empty', value: '' },
  { name: 'blank', value: ' \t\n ' },
];

/** Fragments fast-check glues together into mixed payloads (fixed seed: same strings every run). */
const FRAGMENTS = [
  '\u0000',
  '\ud83d',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '<b>',
  '</textarea>',
  '{{',
  '}}',
  '${',
  '\r\n',
  '\u202E',
  '\u200B',
  'é',
  '🙂',
  'DROP',
  ' ',
];

export const FUZZ_SEED = 20_261_202;

function generatedStrings(count: number): HostileValue<string>[] {
  const mixed = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 3, maxLength: 12 });
  const anyUnicode = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
  return [
    ...fc.sample(mixed, { seed: FUZZ_SEED, numRuns: count }).map((parts, i) => ({
      name: `fc-mixed-${i + 1}`,
      value: parts.join(''),
    })),
    ...fc.sample(anyUnicode, { seed: FUZZ_SEED, numRuns: count }).map((value, i) => ({
      name: `fc-unicode-${i + 1}`,
      value,
    })),
  ];
}

/** The text corpus: the fixed payloads plus a few generated ones. */
export const HOSTILE_STRINGS: readonly HostileValue<string>[] = [
  ...FIXED_STRINGS,
  ...generatedStrings(2),
];

/**
 * An id is looked up, never stored as text: the payloads that reach the lookup differently
 * (bytes the database refuses, sizes, wildcards, markup) stand for the rest of the corpus.
 */
const ID_SAMPLE = ['nul', 'lone-surrogate', '70k-chars', 'sql', 'like-percent', 'script', 'empty'];
export const HOSTILE_IDS: readonly HostileValue<string>[] = FIXED_STRINGS.filter((v) =>
  ID_SAMPLE.includes(v.name),
);

/** The payloads tried as the text inside a JSON value. */
const JSON_TEXT_SAMPLE = [...ID_SAMPLE, '5k-chars', 'crlf-header', 'template-literal'];

/** `{ a: { a: ... { a: leaf } } }`, `levels` objects deep. */
export function nestedObject(levels: number, leaf: unknown = 1): Record<string, unknown> {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value as Record<string, unknown>;
}

/**
 * Values for a JSON-scalar argument (a run's `input`): nesting past the operation limit and far
 * past it, prototype keys, a wide object, and the text payloads where a scenario reads its text.
 * `textField` is the field the scenario reads (`question` for the FAQ scenario).
 */
export function hostileJsonValues(textField: string): HostileValue[] {
  const wide: Record<string, number> = {};
  for (let i = 0; i < 2_000; i++) wide[`k${i}`] = i;
  return [
    { name: 'nested-6', value: { [textField]: 'hi', extra: nestedObject(6) } },
    { name: 'nested-20', value: nestedObject(20) },
    { name: 'nested-500', value: nestedObject(500) },
    {
      name: 'proto-keys',
      value: JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'),
    },
    { name: 'wide-2000-keys', value: wide },
    { name: 'array', value: [1, 2, 3] },
    { name: 'string', value: 'not an object' },
    { name: 'number', value: 42 },
    ...FIXED_STRINGS.filter((v) => JSON_TEXT_SAMPLE.includes(v.name)).map(({ name, value }) => ({
      name: `${textField}:${name}`,
      value: { [textField]: value },
    })),
  ];
}

/** Numbers around the edges of GraphQL's Int and of page arguments. */
export const HOSTILE_INTS: readonly HostileValue<number>[] = [
  { name: 'minus-one', value: -1 },
  { name: 'int-max', value: 2_147_483_647 },
  { name: 'int-min', value: -2_147_483_648 },
];

export const HOSTILE_FLOATS: readonly HostileValue<number>[] = [
  { name: 'minus-one', value: -1 },
  { name: 'huge', value: 1e308 },
  { name: 'tiny-negative', value: -1e-308 },
];
