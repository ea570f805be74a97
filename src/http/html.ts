/**
 * Server-rendered HTML. Everything interpolated into `html\`…\`` is escaped unless it
 * is already Html (made by `html` itself or by `raw` for constant markup): protocol
 * text is untrusted — it comes from documents anyone can drop into the inbox.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

const SPECIAL = /[&<>"'`=]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** Safe in element content and in quoted attribute values. */
export function escapeText(value: string): string {
  return value.replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeText(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Constant markup written in this code, never data. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A path segment of a link built from data (a protocol key, a directory id). */
export function pathPart(value: string): string {
  return encodeURIComponent(value);
}
