import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { cancel, markDone, postpone } from '../../follow-up/operations.js';
import type { Reference } from '../../follow-up/reference.js';
import { decidePostponement, getRequest } from '../../follow-up/requests.js';
import { ruDate } from '../../plan/subject.js';
import type { HttpDeps } from '../deps.js';
import { formValues, webActor, type Forms } from '../forms.js';
import { HttpError } from '../http-error.js';
import { pathPart } from '../html.js';
import { protocolKeyParam, requestIdParam } from '../schemas.js';
import { assertControls } from '../scope.js';
import { parseInput } from '../validate.js';
import { outcomePage } from '../views/action-pages.js';
import { send } from './pages.js';

/**
 * What the forms of the web pages post (forms.ts): an operator's done / postpone /
 * cancel of one part-occurrence, and the answer to a postponement request by an
 * operator or the protocol's controller. The same core functions as the API and the
 * CLI; the history records 'web:<token name>'.
 */
const text = (what: string) => z.string({ error: `укажите ${what}` }).trim().min(1, { error: `укажите ${what}` }).max(2000, { error: `${what}: не длиннее 2000 знаков` });
const day = z.string({ error: 'укажите новый срок' }).trim().regex(/^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/, { error: 'новый срок — дата, например 2019-12-10' });
const partFields = { item: z.string().trim().max(40).optional(), executor: z.string().trim().min(1).max(300), occurrence: z.string().trim().max(40).optional() };
const doneForm = z.strictObject({ ...partFields, reason: text('комментарий').optional() });
const postponeForm = z.strictObject({ ...partFields, to: day, reason: text('основание переноса') });
const cancelForm = z.strictObject({ ...partFields, reason: text('причину снятия с контроля') });
const acceptForm = z.strictObject({ to: day.optional(), reason: text('комментарий').optional() });
const refuseForm = z.strictObject({ reason: text('причину отказа').optional() });

export async function actionRoutes(app: FastifyInstance, deps: HttpDeps, forms: Forms): Promise<void> {
  const core = deps.runtime;
  const checked = { preHandler: forms.check };
  const decide = { preHandler: forms.check, config: { need: 'decide' as const } };

  const partRef = (key: string, fields: z.infer<typeof doneForm>): Reference => ({ protocol: key, date: null, item: fields.item ?? '', executor: fields.executor, occurrence: fields.occurrence ?? null });
  const back = (key: string, item: string | null | undefined) => ({ href: `/protocols/${pathPart(key)}${item ? `#p-${item}` : ''}`, label: 'Вернуться к протоколу' });
  const protocolOf = async (request: FastifyRequest) => {
    const { key } = parseInput(protocolKeyParam, request.params, 'query');
    if (!(await core.store.getProtocol(key))) throw new HttpError(404, 'not-found', `Протокол «${key}» не найден.`);
    return key;
  };

  app.post('/protocols/:key/done', checked, async (request, reply) => {
    const key = await protocolOf(request);
    const fields = parseInput(doneForm, formValues(request.body), 'form');
    const result = await markDone(core, partRef(key, fields), { actor: webActor(request), reason: fields.reason ?? null });
    const text = result.changed ? 'Отмечено: исполнено. Напоминаний по этому сроку больше не будет.' : 'Это уже было отмечено исполненным или снято с контроля; ничего не изменилось.';
    return send(reply, outcomePage('Исполнено', text, back(key, fields.item)));
  });

  app.post('/protocols/:key/postpone', checked, async (request, reply) => {
    const key = await protocolOf(request);
    const fields = parseInput(postponeForm, formValues(request.body), 'form');
    const result = await postpone(core, partRef(key, fields), fields.to, { actor: webActor(request), reason: fields.reason });
    const to = result.recorded[0]?.postponement?.to ?? fields.to;
    const text = result.changed ? `Срок перенесён на ${ruDate(to)}; напоминания перепланированы.` : 'Срок уже был таким; ничего не изменилось.';
    return send(reply, outcomePage('Срок перенесён', text, back(key, fields.item)));
  });

  app.post('/protocols/:key/cancel', checked, async (request, reply) => {
    const key = await protocolOf(request);
    const fields = parseInput(cancelForm, formValues(request.body), 'form');
    const result = await cancel(core, partRef(key, fields), { actor: webActor(request), reason: fields.reason });
    const text = result.changed ? 'Снято с контроля. Напоминаний по этому сроку больше не будет.' : 'Это уже было исполнено или снято с контроля; ничего не изменилось.';
    return send(reply, outcomePage('Снято с контроля', text, back(key, fields.item)));
  });

  /** The request, or 404 — also for a controller that does not control its protocol. */
  const decidable = async (request: FastifyRequest) => {
    const { id } = parseInput(requestIdParam, request.params, 'query');
    const found = await getRequest(core, id);
    const notFound = `Запрос на перенос срока № ${id} не найден (запросы хранятся год).`;
    const stored = found ? await core.store.getProtocol(found.protocolKey) : null;
    if (!found || !stored) throw new HttpError(404, 'not-found', notFound);
    assertControls(request.principal, stored.doc, core.config(), notFound);
    return found;
  };

  app.post('/requests/:id/accept', decide, async (request, reply) => {
    const found = await decidable(request);
    const fields = parseInput(acceptForm, formValues(request.body), 'form');
    const { request: decided } = await decidePostponement(core, found.id, true, { to: fields.to ?? null, reason: fields.reason ?? null, actor: webActor(request) });
    const text = `Запрос № ${decided.id} согласован: новый срок — ${decided.decidedTo ? ruDate(decided.decidedTo) : '—'} (${decided.partName}). Напоминания перепланированы.`;
    return send(reply, outcomePage('Перенос согласован', text, back(decided.protocolKey, decided.item)));
  });

  app.post('/requests/:id/refuse', decide, async (request, reply) => {
    const found = await decidable(request);
    const fields = parseInput(refuseForm, formValues(request.body), 'form');
    const { request: decided } = await decidePostponement(core, found.id, false, { reason: fields.reason ?? null, actor: webActor(request) });
    const text = `В переносе по запросу № ${decided.id} отказано: срок остаётся ${ruDate(decided.currentDue)} (${decided.partName}).`;
    return send(reply, outcomePage('В переносе отказано', text, back(decided.protocolKey, decided.item)));
  });
}
