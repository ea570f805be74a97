/**
 * The HTTP layer: a shell over the same core the CLI calls.
 *
 *   server        assembles the routes and who may reach them
 *   access        tokens → roles (operator, read), compared in constant time
 *   credentials   the token a request presents (Bearer, or Basic with the token as password)
 *   routes/api    the JSON API: protocols, assignments, done/postpone/cancel, reports, requests
 *   routes/pages  the Russian web pages: protocols, a protocol, its timeline, executors' records
 *   routes/links  the one-click links of the mails, /l/<token>
 *   health-check, metrics, mail-counters, routes/board   /health, /metrics, /admin/queues
 */
export { buildHttpServer } from './server.js';
export { createAccess, type Access, type Principal, type Role } from './access.js';
export { presentedToken } from './credentials.js';
export { sharedCounters, mailCountersKey, type SharedCounters } from './mail-counters.js';
export { BODY_LIMIT } from './error-handler.js';
export type { HttpDeps } from './deps.js';
