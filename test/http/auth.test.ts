import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccess } from '../../src/http/access.js';
import { presentedToken } from '../../src/http/credentials.js';
import { api, basic, OPERATOR_TOKEN, OTHER_OPERATOR_TOKEN, READ_TOKEN, serve, type Served } from './support.js';

describe('tokens from the environment', () => {
  const access = createAccess({ apiTokens: [`ivanova:${OPERATOR_TOKEN}`, OTHER_OPERATOR_TOKEN], apiReadTokens: [READ_TOKEN] });

  it('knows an operator token by its name and an unnamed one by its place, and a read-only token as read-only', () => {
    expect(access.identify(OPERATOR_TOKEN)).toEqual({ name: 'ivanova', role: 'operator', actor: 'api:ivanova', controls: null });
    expect(access.identify(OTHER_OPERATOR_TOKEN)).toEqual({ name: 'token-2', role: 'operator', actor: 'api:token-2', controls: null });
    expect(access.identify(READ_TOKEN)).toEqual({ name: 'read-1', role: 'read', actor: 'api:read-1', controls: null });
    expect(access.counts).toEqual({ operator: 2, read: 1, controller: 0 });
  });

  it('refuses a token that differs in one character, a prefix, a longer one, the name with the token, and an empty one', () => {
    const oneOff = `${OPERATOR_TOKEN.slice(0, -1)}${OPERATOR_TOKEN.endsWith('0') ? '1' : '0'}`;
    for (const wrong of [oneOff, OPERATOR_TOKEN.slice(0, 16), `${OPERATOR_TOKEN}x`, `ivanova:${OPERATOR_TOKEN}`, '', 'x'.repeat(10_000)]) {
      expect(access.identify(wrong)).toBeNull();
    }
  });

  it('keeps a token whose colon does not start a name as one token', () => {
    const token = `ab:${'c'.repeat(10)}-${'d'.repeat(20)}`;
    expect(createAccess({ apiTokens: [token], apiReadTokens: [] }).identify(token)).toMatchObject({ name: 'token-1', role: 'operator' });
  });

  it('reads a Bearer token, and the password of Basic credentials whatever the user name', () => {
    expect(presentedToken(`Bearer ${OPERATOR_TOKEN}`)).toEqual({ token: OPERATOR_TOKEN });
    expect(presentedToken(basic(READ_TOKEN, 'кто угодно')['authorization'])).toEqual({ token: READ_TOKEN });
    expect(presentedToken(undefined)).toEqual({ missing: true });
    expect(presentedToken('Basic ' + Buffer.from('ivanova').toString('base64'))).toMatchObject({ malformed: expect.stringMatching(/password is the API token/) });
    expect(presentedToken('Token abc')).toMatchObject({ malformed: expect.stringMatching(/Bearer/) });
  });
});

describe('the API behind its tokens', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve('http-auth');
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers 401 with a JSON message naming the variables when no token is sent', async () => {
    const r = await api(s.app, 'GET', '/api/protocols', { token: null });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/Authorization: Bearer <token>.*SROK_API_TOKENS/) });
    expect(r.headers['www-authenticate']).toMatch(/^Basic realm="srok"/);
  });

  it('answers 401 to a wrong token, saying it is not one of the configured tokens', async () => {
    const r = await api(s.app, 'GET', '/api/protocols', { token: 'f'.repeat(32) });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/not one of SROK_API_TOKENS or SROK_API_READ_TOKENS/) });
  });

  it('lets a read-only token read but answers 403 to a change, which is then not made', async () => {
    const read = await api(s.app, 'GET', '/api/protocols', { token: READ_TOKEN });
    expect(read.status).toBe(200);
    const change = await api(s.app, 'POST', '/api/done', { token: READ_TOKEN, body: { ref: '4/2019 п.3.2', executor: 'khmao-surgut' } });
    expect(change.status).toBe(403);
    expect(change.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/read-only .*SROK_API_TOKENS/) });
    const records = await s.pipeline.runtime.deps.store.getStateRecords(s.key);
    expect(records.closures.size).toBe(0);
  });

  it('lets a browser in with Basic credentials whose password is a token, and asks for them on a page', async () => {
    const page = await s.app.inject({ method: 'GET', url: '/', headers: basic(READ_TOKEN) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const asked = await s.app.inject({ method: 'GET', url: '/' });
    expect(asked.statusCode).toBe(401);
    expect(asked.headers['www-authenticate']).toMatch(/Basic/);
    expect(asked.body).toContain('пароль — ваш токен');
  });
});
