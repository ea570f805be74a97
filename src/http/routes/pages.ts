import type { FastifyInstance, FastifyReply } from 'fastify';
import { executorRecords } from '../../report/executor-record.js';
import { ReportError } from '../../report/report-error.js';
import { executorFilter, sortRows } from '../../report/select.js';
import type { HttpDeps } from '../deps.js';
import { HttpError } from '../http-error.js';
import { loadOverview } from '../protocol-overview.js';
import { protocolKeyParam, timelinePageQuery } from '../schemas.js';
import { storedTimeline } from '../timeline.js';
import { parseInput } from '../validate.js';
import { protocolPage } from '../views/protocol-page.js';
import { protocolsPage } from '../views/protocols-page.js';
import { recordsPage } from '../views/records-page.js';
import { timelinePage } from '../views/timeline-page.js';

/** The web pages for people: the same read models as the API, rendered in Russian. */
export async function pageRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const core = deps.runtime;
  const zone = () => core.config().settings.timezone;

  app.get('/', async (_request, reply) => {
    const { now, protocols } = await loadOverview(core);
    return send(reply, protocolsPage(protocols, now, zone()));
  });

  app.get('/protocols/:key', async (request, reply) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const stored = await core.store.getProtocol(key);
    if (!stored) throw new HttpError(404, 'not-found', `Протокол «${key}» не найден.`);
    const [{ now, protocols }, tracks] = await Promise.all([loadOverview(core), core.store.getTracks(key)]);
    return send(reply, protocolPage(stored, protocols.find((p) => p.key === key), tracks, now, zone()));
  });

  app.get('/protocols/:key/timeline', async (request, reply) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    const { until, month } = parseInput(timelinePageQuery, request.query, 'query');
    return send(reply, timelinePage(await storedTimeline(core, key, until), zone(), { month, until }));
  });

  app.get('/executors', async (_request, reply) => {
    const { now, rows } = await loadOverview(core);
    return send(reply, recordsPage(executorRecords(rows, now), now, zone(), null));
  });

  app.get<{ Params: { id: string } }>('/executors/:id', async (request, reply) => {
    const { now, rows } = await loadOverview(core);
    const config = core.config();
    let mine;
    try {
      mine = rows.filter(executorFilter(request.params.id, rows, config));
    } catch (e) {
      if (e instanceof ReportError) throw new HttpError(404, 'not-found', `Исполнитель «${request.params.id}» не найден.`);
      throw e;
    }
    const name = config.directory.get(request.params.id)?.name ?? mine[0]?.part.name ?? request.params.id;
    return send(reply, recordsPage(executorRecords(mine, now), now, zone(), { name, open: sortRows(mine.filter((r) => r.state === 'open')) }));
  });
}

function send(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}
