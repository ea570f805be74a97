import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FollowUpError } from '../follow-up/follow-up-error.js';
import type { Log } from '../log.js';
import { ReportError } from '../report/report-error.js';
import { HttpError } from './http-error.js';
import { html } from './html.js';
import { page } from './views/layout.js';

/**
 * Every failure as an answer: JSON `{ error, message }` for the API, a Russian page for
 * browsers. What the request got wrong is a 4xx with what to change; anything else is a
 * 500 whose details go to the log, not to the client.
 */
export const BODY_LIMIT = 64 * 1024;

export interface Failure {
  status: number;
  code: string;
  message: string;
}

export function failureOf(error: unknown): Failure | null {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof FollowUpError) return { status: error.kind === 'not-found' ? 404 : 400, code: error.kind, message: error.message };
  if (error instanceof ReportError) return { status: 400, code: 'bad-request', message: error.message };
  const e = error as Partial<FastifyError>;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body-too-large', message: `тело запроса больше ${BODY_LIMIT / 1024} КиБ; пошлите только нужные поля` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported-media-type', message: 'пошлите тело запроса как application/json' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'invalid-input', message: "тело запроса пусто, а Content-Type — JSON; пошлите объект JSON, например {\"ref\": \"4/2019 п.1.2\"}" };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'invalid-input', message: 'тело запроса — не JSON; пошлите объект JSON' };
    default:
      break;
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof SyntaxError ? `тело запроса не прочитано (${error.message}); пошлите объект JSON` : (e.message ?? 'bad request');
    return { status, code: status === 404 ? 'not-found' : 'bad-request', message };
  }
  return null;
}

/** Whether the client reads JSON: the API and the metrics; browsers get pages. */
export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/api' || request.url.startsWith('/metrics');
}

export function errorHandler(log: Log) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const failure = failureOf(error) ?? { status: 500, code: 'internal', message: 'на сервере произошла ошибка; подробности — в журнале srok у оператора' };
    if (failure.status >= 500) log.error({ method: request.method, route: request.routeOptions.url, err: error instanceof Error ? error.message : String(error) }, 'http request failed');
    reply.status(failure.status);
    if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send({ error: failure.code, message: failure.message });
    return reply.type('text/html; charset=utf-8').send(errorPage(failure));
  };
}

function errorPage(failure: Failure): string {
  const title = failure.status === 404 ? 'Не найдено' : failure.status === 413 ? 'Слишком большой запрос' : failure.status >= 500 ? 'Ошибка сервера' : 'Запрос не выполнен';
  return page(title, html`<h1>${title}</h1><section class="error"><p>${failure.message}</p></section>`);
}
