import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccess } from '../../src/http/access.js';
import { CSRF_FIELD, createForms } from '../../src/http/forms.js';
import { readEnv } from '../../src/config/env.js';
import { ConfigErrors } from '../../src/errors.js';
import { api, basic, CONTROLLER_TOKEN, OPERATOR_TOKEN, OTHER_CONTROLLER_TOKEN, READ_TOKEN, serve, type Served } from './support.js';

/**
 * The forms of the web pages and the controller's role, over protocol № 4/2019 on
 * 12.11.2019: item 3.2 (due 07.11.2019) is overdue for the 22 municipalities; its
 * controller is Депинформтехнологий Югры (khmao-depit).
 */
let s: Served;
beforeAll(async () => {
  s = await serve('http-forms');
});
afterAll(async () => {
  await s.close();
});

async function pageAs(token: string, url: string) {
  const r = await s.app.inject({ method: 'GET', url, headers: basic(token) });
  return { status: r.statusCode, body: r.body };
}

function csrfOf(body: string): string {
  const found = new RegExp(`name="${CSRF_FIELD}" value="([^"]+)"`).exec(body)?.[1];
  if (!found) throw new Error('the page has no form');
  return found;
}

async function post(token: string, url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const request: InjectOptions = { method: 'POST', url, headers: { ...basic(token), 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() };
  const r = await s.app.inject(request);
  return { status: r.statusCode, body: r.body };
}

describe('CSRF tokens of the forms', () => {
  const operator = { name: 'ivanova', role: 'operator' as const, actor: 'api:ivanova', controls: null };
  it('accept a token issued to the same principal within the day, and refuse another principal’s, a changed one and an old one', () => {
    let now = new Date('2019-11-12T09:00:00Z');
    const forms = createForms('s'.repeat(40), () => now);
    const token = forms.issue(operator);
    expect(forms.verify(token, operator)).toBeNull();
    expect(forms.verify(token, { ...operator, name: 'petrov', actor: 'api:petrov' })).toMatch(/не этому входу/);
    expect(forms.verify(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, operator)).toMatch(/не этому входу или изменена/);
    expect(forms.verify(undefined, operator)).toMatch(/нет отметки/);
    now = new Date('2019-11-12T22:00:00Z');
    expect(forms.verify(token, operator)).toMatch(/устарела/);
    // Another process with the same secret accepts it; one with another secret does not.
    expect(createForms('s'.repeat(40), () => new Date('2019-11-12T10:00:00Z')).verify(token, operator)).toBeNull();
    expect(createForms('t'.repeat(40), () => new Date('2019-11-12T10:00:00Z')).verify(token, operator)).not.toBeNull();
  });
});

describe('the operator’s forms on the protocol page', () => {
  it('marks a part done from the page, recorded as web:<token name>, and refuses the same POST without the page’s token or from another site', async () => {
    const shown = await pageAs(OPERATOR_TOKEN, `/protocols/${s.key}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toContain('class="act-done"');
    const csrf = csrfOf(shown.body);
    const fields = { item: '3.2', executor: 'khmao-surgut', occurrence: '2019-11-07', reason: 'письмо от 11.11.2019 № 12' };

    const without = await post(OPERATOR_TOKEN, `/protocols/${s.key}/done`, fields);
    expect(without.status).toBe(403);
    expect(without.body).toContain('Форма не принята');
    const elsewhere = await post(OPERATOR_TOKEN, `/protocols/${s.key}/done`, { ...fields, [CSRF_FIELD]: csrf }, { origin: 'https://evil.example' });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toContain('с другого сайта');
    const state = await s.pipeline.runtime.deps.store.getPlanState(s.key);
    expect(state.closure('3.2', 'khmao-surgut', '2019-11-07')).toBeNull();

    const done = await post(OPERATOR_TOKEN, `/protocols/${s.key}/done`, { ...fields, [CSRF_FIELD]: csrf });
    expect(done.status).toBe(200);
    expect(done.body).toContain('Отмечено: исполнено');
    expect((await s.pipeline.runtime.deps.store.getPlanState(s.key)).closure('3.2', 'khmao-surgut', '2019-11-07')).toMatchObject({ how: 'done', by: 'web:ivanova', reason: 'письмо от 11.11.2019 № 12' });
  });

  it('postpones and cancels from the page with a reason, and says in Russian what is missing', async () => {
    const csrf = csrfOf((await pageAs(OPERATOR_TOKEN, `/protocols/${s.key}`)).body);
    const base = { item: '3.2', occurrence: '2019-11-07', [CSRF_FIELD]: csrf };
    const noReason = await post(OPERATOR_TOKEN, `/protocols/${s.key}/postpone`, { ...base, executor: 'khmao-kogalym', to: '2019-12-10' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('Укажите основание переноса');
    const moved = await post(OPERATOR_TOKEN, `/protocols/${s.key}/postpone`, { ...base, executor: 'khmao-kogalym', to: '2019-12-10', reason: 'письмо Когалыма от 11.11.2019' });
    expect(moved.status).toBe(200);
    expect(moved.body).toContain('Срок перенесён на 10.12.2019');
    const cancelled = await post(OPERATOR_TOKEN, `/protocols/${s.key}/cancel`, { ...base, executor: 'khmao-pokachi', reason: 'поручение снято решением рабочей группы' });
    expect(cancelled.status).toBe(200);
    const state = await s.pipeline.runtime.deps.store.getPlanState(s.key);
    expect(state.postponement('3.2', 'khmao-kogalym', '2019-11-07')).toMatchObject({ to: '2019-12-10', by: 'web:ivanova' });
    expect(state.closure('3.2', 'khmao-pokachi', '2019-11-07')).toMatchObject({ how: 'cancelled', by: 'web:ivanova' });
  });

  it('shows no forms to a read-only token and refuses its POST even with a token of its own page', async () => {
    const shown = await pageAs(READ_TOKEN, `/protocols/${s.key}`);
    expect(shown.body).not.toContain('class="act-done"');
    const forms = createForms(null, () => new Date());
    const r = await post(READ_TOKEN, `/protocols/${s.key}/done`, { item: '3.2', executor: 'khmao-nyagan', occurrence: '2019-11-07', [CSRF_FIELD]: forms.issue(null) });
    expect(r.status).toBe(403);
  });
});

describe('the controller’s role', () => {
  it('reads SROK_API_CONTROLLER_TOKENS as <directory id>:<token> and refuses a token without its controller', () => {
    const env = readEnv({ SROK_API_CONTROLLER_TOKENS: `khmao-depit:${CONTROLLER_TOKEN}` });
    expect(env.apiControllerTokens).toEqual([`khmao-depit:${CONTROLLER_TOKEN}`]);
    expect(createAccess(env).identify(CONTROLLER_TOKEN)).toEqual({ name: 'khmao-depit', role: 'controller', actor: 'api:khmao-depit', controls: 'khmao-depit' });
    expect(() => readEnv({ SROK_API_CONTROLLER_TOKENS: CONTROLLER_TOKEN })).toThrow(ConfigErrors);
    expect(() => readEnv({ SROK_API_CONTROLLER_TOKENS: CONTROLLER_TOKEN })).toThrow(
      'переменные окружения: SROK_API_CONTROLLER_TOKENS: в токене № 1 не указан контролёр; пишите каждый как <id записи справочника>:<токен>, например chel-mininform:$(openssl rand -hex 32)',
    );
  });

  it('shows a controller the protocols it controls and nothing of others', async () => {
    const mine = await api(s.app, 'GET', '/api/protocols', { token: CONTROLLER_TOKEN });
    expect((mine.body as { protocols: Array<{ key: string }> }).protocols.map((p) => p.key)).toEqual([s.key]);
    const other = await api(s.app, 'GET', '/api/protocols', { token: OTHER_CONTROLLER_TOKEN });
    expect((other.body as { protocols: unknown[] }).protocols).toEqual([]);
    expect((await api(s.app, 'GET', `/api/protocols/${s.key}`, { token: OTHER_CONTROLLER_TOKEN })).status).toBe(404);
    expect((await pageAs(OTHER_CONTROLLER_TOKEN, `/protocols/${s.key}`)).status).toBe(404);
    const report = await api(s.app, 'GET', '/api/report?kind=overdue', { token: OTHER_CONTROLLER_TOKEN });
    expect((report.body as { rows: unknown[] }).rows).toEqual([]);
    expect((await pageAs(CONTROLLER_TOKEN, `/protocols/${s.key}`)).status).toBe(200);
    expect((await api(s.app, 'GET', '/metrics', { token: CONTROLLER_TOKEN })).status).toBe(403);
  });

  it('lets a controller answer requests but not mark anything done', async () => {
    const shown = await pageAs(CONTROLLER_TOKEN, `/protocols/${s.key}`);
    expect(shown.body).not.toContain('class="act-done"');
    const change = await api(s.app, 'POST', '/api/done', { token: CONTROLLER_TOKEN, body: { ref: '4/2019 п.3.2', executor: 'khmao-nyagan' } });
    expect(change.status).toBe(403);
    expect(change.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/токен контролёра .*запросы о переносе срока/) });

    const asked = await api(s.app, 'POST', '/api/requests', { body: { ref: '4/2019 п.3.2', executor: 'khmao-nyagan', to: '2019-12-02', reason: 'ждём данные' } });
    expect(asked.status).toBe(201);
    const id = (asked.body as { request: { id: string } }).request.id;
    const foreign = await api(s.app, 'POST', `/api/requests/${id}/accept`, { token: OTHER_CONTROLLER_TOKEN, body: {} });
    expect(foreign.status).toBe(404);
    const refused = await api(s.app, 'POST', `/api/requests/${id}/refuse`, { token: CONTROLLER_TOKEN, body: { reason: 'срок установлен губернатором' } });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ request: { status: 'refused', decidedBy: 'api:khmao-depit' } });
  });
});
