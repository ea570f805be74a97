/**
 * The HTTP layer: a shell over the same core the CLI calls.
 *
 *   server        assembles the routes and who may reach them
 *   access        tokens → roles (operator, read, controller), compared in constant time
 *   authenticate  the guard of a scope: which role a route needs (read, monitor, decide, operator)
 *   scope         what a controller sees: only the protocols it controls
 *   forms         the pages' forms: CSRF tokens, the form helper, 'web:<token name>' (how to add one)
 *   credentials   the token a request presents (Bearer, or Basic with the token as password)
 *   routes/api    the JSON API: protocols, assignments, done/postpone/cancel, reports, requests
 *   routes/pages  the Russian web pages: protocols, a protocol, its timeline, executors' records
 *   routes/actions what the pages' forms post: done/postpone/cancel, accept/refuse a request
 *   routes/links  the one-click links of the mails, /l/<token>, the controller's among them
 *   health-check, metrics, mail-counters, routes/board   /health, /metrics, /admin/queues
 */
export { buildHttpServer } from './server.js';
export { createAccess, type Access, type Principal, type Role } from './access.js';
export { presentedToken } from './credentials.js';
export { createForms, formFields, formValues, hiddenFields, postForm, webActor, CSRF_FIELD, type Forms } from './forms.js';
export { controls, seesAll, visibleRows } from './scope.js';
export { sharedCounters, type SharedCounters } from './mail-counters.js';
export { BODY_LIMIT } from './error-handler.js';
export type { HttpDeps } from './deps.js';
