import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getRequest, listRequests, requestPostponement, decidePostponement } from '../../follow-up/requests.js';
import { cancel, markDone, postpone } from '../../follow-up/operations.js';
import { referenceOf, resolveAssignment, type Reference } from '../../follow-up/reference.js';
import { showAssignment } from '../../follow-up/show.js';
import { executorRecords } from '../../report/executor-record.js';
import { controllerFilter, executorFilter, selectRows } from '../../report/select.js';
import type { ReportKind } from '../../report/types.js';
import type { HttpDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { loadOverview } from '../protocol-overview.js';
import {
  acceptBody,
  cancelBody,
  doneBody,
  postponeBody,
  protocolKeyParam,
  recordsQuery,
  refuseBody,
  reportQuery,
  requestBody,
  requestIdParam,
  targetQuery,
  timelineQuery,
} from '../schemas.js';
import { storedTimeline } from '../timeline.js';
import { parseInput } from '../validate.js';
import { assertControls } from '../scope.js';

/**
 * The JSON API: thin handlers over the follow-up and report core, the same functions
 * the CLI calls. Every change is made as 'api:<token name>', which the audit keeps.
 */
export async function apiRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const core = deps.runtime;
  /** The stored protocol, or 404 — also when the caller is a controller that does not control it. */
  const visibleProtocol = async (request: FastifyRequest, key: string) => {
    const stored = await core.store.getProtocol(key);
    const notFound = `no protocol with the key '${key}' is stored; GET /api/protocols lists the keys`;
    if (!stored) throw new HttpError(404, 'not-found', notFound);
    assertControls(request.principal, stored.doc, core.config(), notFound);
    return stored;
  };
  /** A request the caller may see: 404 for a controller that does not control its protocol. */
  const visibleRequest = async (request: FastifyRequest, id: string) => {
    const found = await getRequest(core, id);
    const notFound = `no postponement request '${id}' is stored (requests are kept for a year)`;
    if (!found) throw new HttpError(404, 'not-found', notFound);
    const stored = await core.store.getProtocol(found.protocolKey);
    if (!stored) throw new HttpError(404, 'not-found', notFound);
    assertControls(request.principal, stored.doc, core.config(), notFound);
    return found;
  };
  const actorOf = (request: FastifyRequest): string => {
    // The guard of this scope has set it; a route reached without one is a wiring mistake.
    if (!request.principal) throw new Error('an API route was reached without authentication');
    return request.principal.actor;
  };

  app.get('/api/protocols', async (request) => {
    const { now, protocols } = await loadOverview(core, request.principal);
    return { now: now.toISOString(), protocols: protocols.map(({ assignments, ...p }) => ({ ...p, assignments: assignments.map(({ rows, ...a }) => a) })) };
  });

  app.get('/api/protocols/:key', async (request) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const stored = await visibleProtocol(request, key);
    const { now, protocols } = await loadOverview(core, request.principal);
    const overview = protocols.find((p) => p.key === key);
    return { now: now.toISOString(), protocol: { key, version: stored.version, importedAt: stored.importedAt, file: stored.file, ...stored.doc.protocol }, controller: stored.doc.controller, counts: overview?.counts ?? null, assignments: overview?.assignments ?? [] };
  });

  app.get('/api/protocols/:key/timeline', async (request) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const { until } = parseInput(timelineQuery, request.query, 'query');
    await visibleProtocol(request, key);
    const timeline = await storedTimeline(core, key, until);
    return { now: timeline.now.toISOString(), until: timeline.until.toISOString(), protocolKey: key, steps: timeline.plan.steps, warnings: timeline.plan.warnings };
  });

  app.get('/api/protocols/:key/requests', async (request) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    await visibleProtocol(request, key);
    return { requests: await listRequests(core, key) };
  });

  app.get('/api/assignment', async (request) => {
    const ref = referenceFrom(parseInput(targetQuery, request.query, 'query'));
    const { protocolKey } = await resolveAssignment(core.store, ref);
    await visibleProtocol(request, protocolKey);
    return showAssignment(core, ref);
  });

  app.post('/api/done', async (request) => {
    const body = parseInput(doneBody, request.body, 'body');
    return markDone(core, referenceFrom(body), { actor: actorOf(request), reason: body.reason ?? null });
  });

  app.post('/api/postpone', async (request) => {
    const body = parseInput(postponeBody, request.body, 'body');
    return postpone(core, referenceFrom(body), body.to, { actor: actorOf(request), reason: body.reason });
  });

  app.post('/api/cancel', async (request) => {
    const body = parseInput(cancelBody, request.body, 'body');
    return cancel(core, referenceFrom(body), { actor: actorOf(request), reason: body.reason });
  });

  app.get('/api/report', async (request) => {
    const query = parseInput(reportQuery, request.query, 'query');
    if (query.days !== undefined && query.kind !== 'due-soon') throw new HttpError(400, 'invalid-input', "query.days belongs to kind=due-soon; leave it out or write kind=due-soon");
    const kind: ReportKind = query.kind === 'due-soon' ? { kind: 'dueSoon', days: query.days ?? 5 } : { kind: query.kind };
    const { now, rows } = await loadOverview(core, request.principal);
    const selected = selectRows(rows, { kind, executor: query.executor ?? null, controller: query.controller ?? null }, core.config());
    return { now: now.toISOString(), kind, rows: selected };
  });

  app.get('/api/records', async (request) => {
    const query = parseInput(recordsQuery, request.query, 'query');
    const { now, rows } = await loadOverview(core, request.principal);
    const config = core.config();
    let counted = rows;
    if (query.executor) counted = counted.filter(executorFilter(query.executor, rows, config));
    if (query.controller) counted = counted.filter(controllerFilter(query.controller, rows, config));
    return { now: now.toISOString(), records: executorRecords(counted, now) };
  });

  app.get('/api/requests/:id', async (request) => {
    const { id } = parseInput(requestIdParam, request.params, 'query');
    return visibleRequest(request, id);
  });

  app.post('/api/requests', async (request, reply) => {
    const body = parseInput(requestBody, request.body, 'body');
    const ref = referenceFrom(body);
    // The request names its protocol by key: resolve a number (and date) to it first.
    const { protocolKey, assignment } = await resolveAssignment(core.store, ref);
    const outcome = await requestPostponement(core, { protocolKey, item: assignment.item, part: body.executor, occurrence: body.occurrence ?? null, to: body.to ?? null, reason: body.reason ?? null, requestedBy: actorOf(request) });
    reply.status(outcome.created ? 201 : 200);
    return outcome;
  });

  app.post('/api/requests/:id/accept', { config: { need: 'decide' } }, async (request) => {
    const { id } = parseInput(requestIdParam, request.params, 'query');
    const body = parseInput(acceptBody, request.body, 'body');
    await visibleRequest(request, id);
    return decidePostponement(core, id, true, { to: body.to ?? null, reason: body.reason ?? null, actor: actorOf(request) });
  });

  app.post('/api/requests/:id/refuse', { config: { need: 'decide' } }, async (request) => {
    const { id } = parseInput(requestIdParam, request.params, 'query');
    const body = parseInput(refuseBody, request.body, 'body');
    await visibleRequest(request, id);
    return decidePostponement(core, id, false, { reason: body.reason ?? null, actor: actorOf(request) });
  });
}

function referenceFrom(fields: { ref?: string | undefined; protocol?: string | undefined; item?: string | undefined; date?: string | undefined; executor?: string | undefined; occurrence?: string | undefined }): Reference {
  const { ref, ...options } = fields;
  return referenceOf(ref ?? null, { protocol: options.protocol, item: options.item, date: options.date, executor: options.executor, occurrence: options.occurrence });
}
