/**
 * A template in email-templates/ that cannot be compiled: invalid MJML, an unclosed
 * section, a placeholder no mail fills. Raised once, at start, so srok never begins
 * sending with a broken template; `file` and `line` say where to look.
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
  }
}
