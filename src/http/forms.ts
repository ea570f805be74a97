import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from './access.js';
import { HttpError } from './http-error.js';
import { html, type Html } from './html.js';

/**
 * Forms on the web pages, for the logged-in roles (the one-click links of mails have
 * their own signed tokens, links.ts). A browser sends its Basic credentials with every
 * request to srok, so a page elsewhere could make it POST here: every form carries a
 * CSRF token bound to the principal that was shown the page and to the time it was
 * issued, and a POST without a valid one — or whose Origin names another site — is
 * refused with 403 before its handler runs. The token is stateless (an HMAC), so any
 * srok serve process that shares SROK_LINK_SECRET accepts it.
 *
 * How to add a form:
 *   1. On the page, take a token with `forms.issue(request.principal)` and render
 *      `postForm({ action: '/things/1/do', csrf, submit: 'Сделать', fields: html`…` })`.
 *   2. Register the POST with `{ preHandler: forms.check }` (and, when a controller may
 *      use it, `{ config: { need: 'decide' } }`, see authenticate.ts); the guard of the
 *      scope has already checked the token's role.
 *   3. Read the fields with `formFields(request.body)` and a zod schema; record the
 *      change as `webActor(request)`: 'web:<token name>' in the history.
 */
export const CSRF_FIELD = '_csrf';
/** How long a page's forms can be sent: a working day and a bit. */
export const FORM_HOURS = 12;
const DOMAIN = 'srok-form-v1.';

export interface Forms {
  /** A token for the forms of a page shown to this principal. */
  issue(principal: Principal | null): string;
  /** Null when the token is good for this principal now; else why not, in Russian. */
  verify(token: string | undefined, principal: Principal | null): string | null;
  /** A preHandler that refuses a POST without a good token. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/** `secret`: SROK_LINK_SECRET when set (a label keeps the two uses apart); else one made for this process. */
export function createForms(secret: string | null, now: () => Date): Forms {
  const key = secret ?? randomBytes(32).toString('hex');
  const mac = (principal: Principal | null, issued: number): string =>
    createHmac('sha256', key)
      .update(`${DOMAIN}${principal?.role ?? '-'}.${principal?.name ?? '-'}.${issued}`)
      .digest()
      .subarray(0, 18)
      .toString('base64url');
  const forms: Forms = {
    issue(principal) {
      const issued = Math.floor(now().getTime() / 1000);
      return `${issued}.${mac(principal, issued)}`;
    },
    verify(token, principal) {
      const [issuedText, signature, ...rest] = (token ?? '').split('.');
      if (!issuedText || !signature || rest.length > 0 || !/^\d{1,12}$/.test(issuedText)) return 'в форме нет отметки этой страницы';
      const issued = Number(issuedText);
      const expected = Buffer.from(mac(principal, issued));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'форма выдана не этому входу или изменена';
      const age = now().getTime() / 1000 - issued;
      if (age > FORM_HOURS * 3600 || age < -300) return `форма устарела: страница открыта больше ${FORM_HOURS} часов назад`;
      return null;
    },
    async check(request) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== 'null' && hostOf(origin) !== request.host.toLowerCase()) {
        throw new HttpError(403, 'csrf', `Форма отправлена с другого сайта (${origin}); srok принимает формы только со своих страниц. Ничего не изменено.`);
      }
      const fields = formFields(request.body);
      const problem = forms.verify(fields[CSRF_FIELD], request.principal);
      if (problem !== null) throw new HttpError(403, 'csrf', `Форма не принята: ${problem}. Откройте страницу заново и отправьте форму ещё раз; ничего не изменено.`);
    },
  };
  return forms;
}

/** The fields of a urlencoded form: strings only (a repeated field keeps its first value), the CSRF token left in. */
export function formFields(body: unknown): Record<string, string> {
  if (body === null || typeof body !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    const first = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === 'string') out[name] = first;
  }
  return out;
}

/** The fields without the CSRF token and without empty ones: what a zod schema of the form reads. */
export function formValues(body: unknown): Record<string, string> {
  const { [CSRF_FIELD]: _csrf, ...rest } = formFields(body);
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value.trim() !== ''));
}

/** What the history records for a change made through a page: 'web:<token name>'. */
export function webActor(request: FastifyRequest): string {
  // The guard of the scope has set it; a form reached without one is a wiring mistake.
  if (!request.principal) throw new Error('a form was sent without authentication');
  return `web:${request.principal.name}`;
}

export interface PostFormOptions {
  action: string;
  csrf: string;
  submit: string;
  /** The form's own inputs, hidden or shown. */
  fields?: Html;
  /** A class on the form, for tests and styles. */
  className?: string;
}

/** A POST form with its CSRF token. */
export function postForm(options: PostFormOptions): Html {
  return html`<form method="post" action="${options.action}"${options.className ? html` class="${options.className}"` : ''}>
<input type="hidden" name="${CSRF_FIELD}" value="${options.csrf}">
${options.fields ?? ''}
<button type="submit">${options.submit}</button>
</form>`;
}

/** Hidden inputs from a record; null and undefined values are left out. */
export function hiddenFields(values: Record<string, string | null | undefined>): Html {
  return html`${Object.entries(values).flatMap(([name, value]) => (value === null || value === undefined ? [] : [html`<input type="hidden" name="${name}" value="${value}">`]))}`;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
