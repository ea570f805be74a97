import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Access, Principal, Role } from './access.js';
import { presentedToken } from './credentials.js';
import { wantsJson } from './error-handler.js';
import { html } from './html.js';
import { page } from './views/layout.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who made the request; set by the authentication hook of a guarded scope. */
    principal: Principal | null;
  }
}

/**
 * The onRequest hook of a guarded scope. No token, or one no variable holds: 401, with
 * a Basic challenge so that a browser asks for it. A read-only token where a change is
 * asked for: 403. `needs` is the role a route needs; 'read' lets both roles in.
 */
export function guard(access: Access, needs: Role | ((request: FastifyRequest) => Role)) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const presented = presentedToken(request.headers.authorization);
    if ('missing' in presented) return refuse(request, reply, 401, 'no API token: send Authorization: Bearer <token> (a token of SROK_API_TOKENS or SROK_API_READ_TOKENS); a browser logs in with the token as the password');
    if ('malformed' in presented) return refuse(request, reply, 401, presented.malformed);
    const principal = access.identify(presented.token);
    if (principal === null) return refuse(request, reply, 401, 'the API token is not one of SROK_API_TOKENS or SROK_API_READ_TOKENS; check it for typos or ask the operator for one');
    request.principal = principal;
    const role = typeof needs === 'function' ? needs(request) : needs;
    if (role === 'operator' && principal.role !== 'operator') {
      return refuse(request, reply, 403, `the token '${principal.name}' is read-only (SROK_API_READ_TOKENS); changes need an operator token of SROK_API_TOKENS`);
    }
  };
}

/** Reads are open to both roles; anything that is not a GET or HEAD changes something. */
export function roleByMethod(request: FastifyRequest): Role {
  return request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'operator';
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 401 | 403, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Basic realm="srok", charset="UTF-8"');
  reply.status(status).header('cache-control', 'no-store');
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: status === 401 ? 'unauthorized' : 'forbidden', message });
  const title = status === 401 ? 'Нужен вход' : 'Недостаточно прав';
  const text = status === 401 ? 'Войдите: имя пользователя — любое, пароль — ваш токен доступа к srok.' : 'Этот токен позволяет только смотреть; для изменений нужен токен оператора.';
  return reply.type('text/html; charset=utf-8').send(page(title, html`<h1>${title}</h1><section class="error"><p>${text}</p><p class="muted">${message}</p></section>`));
}
