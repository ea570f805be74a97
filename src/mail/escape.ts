/**
 * Protocol text is untrusted: it comes from documents anyone can drop in the inbox.
 * Everything put into HTML is escaped; everything put into a header loses the line
 * breaks and control characters that would let it start a header of its own.
 */

const HTML_SPECIAL = /[&<>"'\n]/g;
const HAS_HTML_SPECIAL = /[&<>"'\n]/;
const HTML_ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Item texts keep their line breaks («…на 2020 год.\nСрок: до 25 ноября 2019 года.»).
  '\n': '<br>\n',
};

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  // Most values have nothing to escape; skipping the replace keeps rendering cheap.
  if (!HAS_HTML_SPECIAL.test(value)) return value;
  return value.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] ?? c);
}

// C0 controls (CR and LF among them), DEL, C1 controls, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** One line of header text: control characters become a single space, the ends are trimmed. */
export function headerText(value: string): string {
  return value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/** True for text with a control character anywhere (CR, LF, TAB, NUL …). */
export function hasControl(value: string): boolean {
  return HAS_CONTROL.test(value);
}

// One '@', no whitespace, no characters that separate or quote addresses in a header.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/u;

/** Why `value` cannot be used as a bare e-mail address, or null when it can. */
export function addressProblem(value: string): string | null {
  if (value === '') return 'is empty; write an address such as name@example.org';
  if (/[\r\n]/.test(value)) return `${JSON.stringify(value)} contains a line break; an address is one line, such as name@example.org`;
  if (hasControl(value)) return `${JSON.stringify(value)} contains a control character; write a plain address such as name@example.org`;
  if (/\s/u.test(value)) return `${JSON.stringify(value)} contains a space; write one bare address per entry, such as name@example.org`;
  if (!ADDRESS.test(value)) return `${JSON.stringify(value)} is not an e-mail address; write a bare address such as name@example.org`;
  return null;
}

/** Only web links may become buttons: a `javascript:` or `data:` link from a bad caller is dropped. */
export function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s<>"']+$/i.test(value) && !hasControl(value);
}
