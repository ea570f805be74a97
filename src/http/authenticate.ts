import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Access, Principal } from './access.js';
import { presentedToken } from './credentials.js';
import { wantsJson } from './error-handler.js';
import { html } from './html.js';
import { page } from './views/layout.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who made the request; set by the authentication hook of a guarded scope. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** What a route needs of a token (needOf); by default reads need 'read' and changes 'operator'. */
    need?: Need;
  }
}

/**
 * What a route needs of the token presented:
 *   read      any role (a controller then sees only what it controls, scope.ts)
 *   monitor   an operator or a read-only token: /metrics, the queue figures
 *   decide    an operator or a controller: answering a postponement request
 *   operator  an operator: every other change
 */
export type Need = 'read' | 'monitor' | 'decide' | 'operator';

const ALLOWED: Record<Need, ReadonlyArray<Principal['role']>> = {
  read: ['operator', 'read', 'controller'],
  monitor: ['operator', 'read'],
  decide: ['operator', 'controller'],
  operator: ['operator'],
};

/**
 * The onRequest hook of a guarded scope. No token, or one no variable holds: 401, with
 * a Basic challenge so that a browser asks for it. A token whose role the route does not
 * admit: 403.
 */
export function guard(access: Access, needs: Need | ((request: FastifyRequest) => Need)) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const presented = presentedToken(request.headers.authorization);
    if ('missing' in presented) return refuse(request, reply, 401, 'no API token: send Authorization: Bearer <token> (a token of SROK_API_TOKENS, SROK_API_READ_TOKENS or SROK_API_CONTROLLER_TOKENS); a browser logs in with the token as the password');
    if ('malformed' in presented) return refuse(request, reply, 401, presented.malformed);
    const principal = access.identify(presented.token);
    if (principal === null) return refuse(request, reply, 401, 'the API token is not one of SROK_API_TOKENS or SROK_API_READ_TOKENS (nor SROK_API_CONTROLLER_TOKENS); check it for typos or ask the operator for one');
    request.principal = principal;
    const need = typeof needs === 'function' ? needs(request) : needs;
    if (!ALLOWED[need].includes(principal.role)) return refuse(request, reply, 403, forbidden(principal, need));
  };
}

/** The route's own `need`, else by method: reads are open to every role; anything that is not a GET or HEAD changes something. */
export function needOf(request: FastifyRequest): Need {
  const configured = request.routeOptions.config?.need;
  if (configured !== undefined) return configured;
  return request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'operator';
}

function forbidden(principal: Principal, need: Need): string {
  if (principal.role === 'read') return `the token '${principal.name}' is read-only (SROK_API_READ_TOKENS); changes need an operator token of SROK_API_TOKENS`;
  if (principal.role === 'controller') {
    return need === 'monitor'
      ? `the token '${principal.name}' is a controller's (SROK_API_CONTROLLER_TOKENS); the server's figures need an operator or read-only token`
      : `the token '${principal.name}' is a controller's (SROK_API_CONTROLLER_TOKENS): it answers postponement requests; other changes need an operator token of SROK_API_TOKENS`;
  }
  return `this needs another role than '${principal.role}'`;
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 401 | 403, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Basic realm="srok", charset="UTF-8"');
  reply.status(status).header('cache-control', 'no-store');
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: status === 401 ? 'unauthorized' : 'forbidden', message });
  const title = status === 401 ? 'Нужен вход' : 'Недостаточно прав';
  const principal = request.principal;
  const text =
    status === 401
      ? 'Войдите: имя пользователя — любое, пароль — ваш токен доступа к srok.'
      : principal?.role === 'controller'
        ? 'Токен контролёра позволяет смотреть свои поручения и отвечать на запросы о переносе срока; для остального нужен токен оператора.'
        : 'Этот токен позволяет только смотреть; для изменений нужен токен оператора.';
  return reply.type('text/html; charset=utf-8').send(page(title, html`<h1>${title}</h1><section class="error"><p>${text}</p><p class="muted">${message}</p></section>`));
}
