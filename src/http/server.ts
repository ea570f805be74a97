import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { guard, needOf } from './authenticate.js';
import { presentedToken } from './credentials.js';
import type { HttpDeps } from './deps.js';
import { BODY_LIMIT, errorHandler } from './error-handler.js';
import { healthCheck } from './health-check.js';
import { createMetrics } from './metrics.js';
import { apiRoutes } from './routes/api.js';
import { BOARD_PATH, boardRoutes } from './routes/board.js';
import { linkRoutes } from './routes/links.js';
import { pageRoutes } from './routes/pages.js';
import { actionRoutes } from './routes/actions.js';
import { reviewRoutes } from './routes/review.js';
import { createForms } from './forms.js';

/**
 * The HTTP server: the JSON API, the web pages, the one-click links, /health, /metrics
 * and the queue dashboard, assembled over the runtime's parts. Who may reach what:
 *
 *   /health                open (probes): ok or fail; with a token, the checks, the queue lag and the mails failed for good
 *   /l/<token>             open: the signed link is the credential
 *   /api/*, pages          a token of any role (a controller's sees only what it controls, scope.ts);
 *                          changes (not GET) need an operator token; answering a postponement
 *                          request an operator's or the controlling controller's (need 'decide')
 *   page forms             as the route they post to, and a CSRF token of the page (forms.ts)
 *   /metrics               an operator or read-only token
 *   /admin/queues          an operator token
 *   /review, /review/<key> an operator token: what waits for review, one protocol's review and its forms
 */
export async function buildHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const log = deps.runtime.log;
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // Link tokens are long; anything much longer is not a srok URL.
    routerOptions: { maxParamLength: 1000 },
    // Behind a reverse proxy the client's address comes in X-Forwarded-For.
    trustProxy: true,
  });
  app.decorateRequest('principal', null);
  app.setErrorHandler(errorHandler(log));
  app.setNotFoundHandler((request, reply) => errorHandler(log)(Object.assign(new Error('not found'), { statusCode: 404, message: `такого адреса нет: ${request.method} ${request.url.split('?')[0] ?? ''}` }), request, reply));
  await app.register(formbody, { bodyLimit: BODY_LIMIT });

  const metrics = createMetrics(deps.runtime);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith(BOARD_PATH)) {
      // Pages need nothing from elsewhere and run no scripts; a link's token must not leak in a Referer.
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
      reply.header('referrer-policy', 'no-referrer');
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.request(route, request.method, reply.statusCode, reply.elapsedTime / 1000);
    // The route pattern, never the URL: a link's token is a credential.
    log.debug({ method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime), actor: request.principal?.actor ?? null }, 'http request');
  });

  const health = healthCheck(deps.runtime);
  app.get('/health', async (request, reply) => {
    // A probe gets ok or fail; a caller showing a token of either role gets the details.
    const presented = presentedToken(request.headers.authorization);
    const principal = 'token' in presented ? deps.access.identify(presented.token) : null;
    // A controller's token is for its own assignments, not the server's figures.
    const result = principal && principal.role !== 'controller' ? await health.details() : await health.run();
    if (!result.ok) log.warn({ failed: result.failed }, 'health check failed');
    const body = 'failedMails' in result ? { status: result.ok ? 'ok' : 'fail', ...result } : { status: result.ok ? 'ok' : 'fail' };
    return reply.status(result.ok ? 200 : 503).header('cache-control', 'no-store').send(body);
  });

  await app.register(async (open) => linkRoutes(open, deps));

  const forms = createForms(deps.linkSecret, () => deps.runtime.clock.now());

  await app.register(async (guarded) => {
    guarded.addHook('onRequest', guard(deps.access, needOf));
    await apiRoutes(guarded, deps);
    await pageRoutes(guarded, deps, forms);
    await actionRoutes(guarded, deps, forms);
    await reviewRoutes(guarded, deps, forms);
    guarded.get('/metrics', { config: { need: 'monitor' } }, async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  });

  await app.register(async (board) => {
    board.addHook('onRequest', guard(deps.access, 'operator'));
    await boardRoutes(board, deps);
  });

  return app;
}
