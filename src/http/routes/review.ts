import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { approveProtocol } from '../../review/approve.js';
import { fixProtocol, ReviewError, type FixRequest, type FixTarget, type ReviewDeps } from '../../review/operations.js';
import { reviewReport } from '../../review/show-review.js';
import { listWaitingProtocols } from '../../review/waiting-mail.js';
import type { HttpDeps } from '../deps.js';
import { formValues, webActor, type Forms } from '../forms.js';
import { HttpError } from '../http-error.js';
import { pathPart } from '../html.js';
import { protocolKeyParam } from '../schemas.js';
import { parseInput } from '../validate.js';
import { reviewListPage, reviewPage } from '../views/review-page.js';
import { send } from './pages.js';

/**
 * The review pages (operator role): what waits, and one protocol's review with the
 * forms of the corrections and of the approval — the same functions as `srok fix` and
 * `srok approve`; the history records 'web:<token name>'. A form answers with a
 * redirect back to the page, which says what was done.
 */
const short = (what: string) => z.string().trim().max(300, { error: `${what}: не длиннее 300 знаков` });
const fixForm = z.strictObject({
  what: z.enum(['executor', 'deadline', 'not-assignment', 'assignment', 'kind', 'recommendation'], { error: 'в форме не сказано, что исправить; откройте страницу заново' }),
  item: z.string().trim().max(40).optional(),
  line: z.string().regex(/^\d{1,6}$/, { error: 'номер строки — число, например 14' }).optional(),
  phrase: z.string().trim().max(2000).optional(),
  entry: short('запись справочника').optional(),
  remember: z.literal('1').optional(),
  name: short('название').optional(),
  email: short('адрес').optional(),
  head: short('вышестоящая запись').optional(),
  text: z.string().trim().max(500, { error: 'срок: не длиннее 500 знаков' }).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'дата — например 2026-05-15' }).optional(),
  kind: z.string().max(40).optional(),
  value: z.enum(['yes', 'no']).optional(),
});
const messageQuery = z.object({ ok: z.string().max(600).optional() });

export async function reviewRoutes(app: FastifyInstance, deps: HttpDeps, forms: Forms): Promise<void> {
  const core = deps.runtime;
  const operator = { config: { need: 'operator' as const } };
  const checked = { preHandler: forms.check };
  const reviewDeps = (): ReviewDeps => ({ store: core.store, scheduler: core.scheduler, config: core.config, clock: core.clock, log: core.log, ...(deps.refreshDirectory ? { refreshDirectory: deps.refreshDirectory } : {}) });
  const protocolOf = async (request: FastifyRequest) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    if (!(await core.store.getProtocol(key))) throw new HttpError(404, 'not-found', `Протокол «${key}» не найден.`);
    return key;
  };
  const asHttp = (e: unknown): never => {
    if (e instanceof ReviewError) throw new HttpError(e.kind === 'not-found' ? 404 : 400, e.kind === 'not-found' ? 'not-found' : 'bad-request', `${e.message}. Ничего не изменено.`);
    throw e;
  };

  app.get('/review', operator, async (_request, reply) => send(reply, reviewListPage(await listWaitingProtocols(core.store, core.config()))));

  app.get('/review/:key', operator, async (request, reply) => {
    const key = await protocolOf(request);
    const { ok } = parseInput(messageQuery, request.query, 'query');
    const report = await reviewReport(core, key, core.clock.now());
    if (!report) throw new HttpError(404, 'not-found', `Протокол «${key}» не найден.`);
    const config = core.config();
    return send(reply, reviewPage({ report, entries: config.directory.entries, csrf: forms.issue(request.principal), message: ok ?? null, zone: config.settings.timezone }));
  });

  app.post('/review/:key/fix', checked, async (request, reply) => {
    const key = await protocolOf(request);
    const f = parseInput(fixForm, formValues(request.body), 'form');
    const target: FixTarget = { item: f.item ?? null, ...(f.line !== undefined ? { line: Number(f.line) } : {}) };
    let fix: FixRequest;
    switch (f.what) {
      case 'executor':
        if (f.entry === 'new') fix = { what: 'executor', entry: null, phrase: f.phrase ?? null, remember: f.remember === '1', create: { name: f.name ?? '', emails: f.email ? [f.email] : [], head: f.head ?? null } };
        else if (f.entry === undefined) throw new HttpError(400, 'bad-request', 'Выберите запись справочника или создайте новую. Ничего не изменено.');
        else fix = { what: 'executor', entry: entryId(f.entry), phrase: f.phrase ?? null, remember: f.remember === '1' };
        break;
      case 'deadline': {
        const text = f.text ?? f.date;
        if (text === undefined) throw new HttpError(400, 'bad-request', 'Напишите срок словами («до 15 мая 2026 года») или выберите дату. Ничего не изменено.');
        fix = { what: 'deadline', text };
        break;
      }
      case 'kind':
        fix = { what: 'kind', kind: f.kind ?? '' };
        break;
      case 'recommendation':
        fix = { what: 'recommendation', value: f.value === 'yes' };
        break;
      default:
        fix = { what: f.what };
    }
    const result = await fixProtocol(reviewDeps(), key, target, fix, webActor(request)).catch(asHttp);
    // A new entry: running workers take it into their directory, as after `srok fix`.
    if (result.entry !== null) await core.store.announceConfigChange(core.clock.now());
    const anchor = result.correction.item !== null ? `#a-${result.correction.item.replace(/[^A-Za-z0-9_-]/g, '_')}` : '';
    const message = `Исправлено — ${result.message}${result.entry ? `; создана запись справочника ${result.entry.id}` : ''}.`;
    return reply.redirect(`/review/${pathPart(key)}?ok=${encodeURIComponent(message.slice(0, 590))}${anchor}`, 303);
  });

  app.post('/review/:key/approve', checked, async (request, reply) => {
    const key = await protocolOf(request);
    const r = await approveProtocol(key, { store: core.store, scheduler: core.scheduler, clock: core.clock, log: core.log, actor: webActor(request) });
    const message = r.outcome === 'approved' ? 'Протокол одобрен: письма поставлены в расписание.' : 'Протокол уже не ждал проверки; ничего не изменилось.';
    return reply.redirect(`/review/${pathPart(key)}?ok=${encodeURIComponent(message)}`, 303);
  });
}

/** The datalist gives the id; a name typed in full is taken too («Департамент … (dep-id)» → dep-id). */
function entryId(value: string): string {
  const inParens = /\(([a-z0-9][a-z0-9-]*)\)\s*$/u.exec(value);
  return inParens?.[1] ?? value.trim();
}
