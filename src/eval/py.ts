/**
 * The few Python semantics the reference scorer (score.py) relies on, so that the
 * TypeScript scorer counts exactly what it counts: truthiness, `==` on JSON values,
 * `str()` and `repr()` of JSON values, `str.strip()` and `\s` (Python's whitespace,
 * which is not JavaScript's), sorting by code point and slicing by code point.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `d.get(key)`: the value, or null when `d` is not an object or has no such key. */
export function get(d: unknown, key: string): Json {
  if (!isObject(d) || !Object.hasOwn(d, key)) return null;
  return d[key] ?? null;
}

/** Python's truth value of a JSON value: None, False, 0, "", [] and {} are false. */
export function truthy(x: unknown): boolean {
  if (x === null || x === undefined || x === false) return false;
  if (typeof x === 'number') return x !== 0 && !Number.isNaN(x);
  if (typeof x === 'string') return x.length > 0;
  if (Array.isArray(x)) return x.length > 0;
  if (typeof x === 'object') return Object.keys(x).length > 0;
  return true;
}

/** A JSON list, or [] (`x or []` where x is a list). */
export function list(x: Json | undefined): Json[] {
  return Array.isArray(x) ? x : [];
}

/** Python `a == b` on JSON values (True == 1, lists and dicts compared deeply). */
export function pyEq(a: Json | undefined, b: Json | undefined): boolean {
  const na = a ?? null;
  const nb = b ?? null;
  const numeric = (v: Json) => typeof v === 'number' || typeof v === 'boolean';
  if (numeric(na) && numeric(nb)) return Number(na) === Number(nb);
  if (na === null || nb === null) return na === nb;
  if (typeof na === 'string' || typeof nb === 'string') return na === nb;
  if (Array.isArray(na) || Array.isArray(nb)) {
    if (!Array.isArray(na) || !Array.isArray(nb) || na.length !== nb.length) return false;
    return na.every((v, i) => pyEq(v, nb[i]));
  }
  if (isObject(na) && isObject(nb)) {
    const ka = Object.keys(na);
    if (ka.length !== Object.keys(nb).length) return false;
    return ka.every((k) => Object.hasOwn(nb, k) && pyEq(na[k], nb[k]));
  }
  return false;
}

/** `x in xs` for a list. */
export function pyIn(x: Json | undefined, xs: readonly Json[]): boolean {
  return xs.some((y) => pyEq(x, y));
}

/** Python's whitespace (`str.isspace()`, and `\s` of `re` on str patterns). */
export const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP_WS = new RegExp(`^[${PY_WS}]+|[${PY_WS}]+$`, 'g');

/** `s.strip()`. */
export function pyStrip(s: string): string {
  return s.replace(STRIP_WS, '');
}

/** `s.strip(chars)` for a set of plain characters. */
export function pyStripChars(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s.charAt(start))) start += 1;
  while (end > start && chars.includes(s.charAt(end - 1))) end -= 1;
  return s.slice(start, end);
}

/** `s[:n]`: the first n code points. */
export function cpSlice(s: string, n: number): string {
  let out = '';
  let count = 0;
  for (const ch of s) {
    if (count >= n) break;
    out += ch;
    count += 1;
  }
  return out;
}

/** Python's string order: by code point. */
export function cpCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/** `sorted(xs)` of strings (None first: Python would refuse to mix them). */
export function pySorted(xs: readonly (string | null)[]): (string | null)[] {
  return [...xs].sort((a, b) => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : cpCompare(a, b)));
}

/** `str(x)`. */
export function pyStr(x: Json | undefined): string {
  if (typeof x === 'string') return x;
  return pyRepr(x);
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** `repr(s)` of a str, as CPython writes it. */
export function pyReprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f) out += ch;
    else if (!NOT_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

/** `repr(x)` of a JSON value as json.load gives it (dict, list, str, int, None, True). */
export function pyRepr(x: Json | undefined): string {
  if (x === null || x === undefined) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (typeof x === 'number') return String(x); // ints as Python prints them; json floats such as 1.0 are not in keys
  if (typeof x === 'string') return pyReprString(x);
  if (Array.isArray(x)) return `[${x.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(x)
    .map(([k, v]) => `${pyReprString(k)}: ${pyRepr(v)}`)
    .join(', ')}}`;
}

/**
 * Python's `f"{x:.2f}"`: the exact value of the double rounded half to even. Only
 * multiples of 1/8 can be exact ties at two decimals; everything else is what
 * JavaScript's toFixed gives (which rounds exact ties up).
 */
export function pyFixed2(x: number): string {
  const eighths = x * 8;
  if (Number.isInteger(eighths) && Math.abs(eighths) % 2 === 1) {
    const hundredths = Math.floor(x * 100); // x * 100 is exact here: n + 0.5
    const even = hundredths % 2 === 0 ? hundredths : hundredths + 1;
    return (even / 100).toFixed(2);
  }
  return x.toFixed(2);
}
