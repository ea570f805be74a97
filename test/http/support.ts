import type { FastifyInstance, InjectOptions } from 'fastify';
import { createAccess } from '../../src/http/access.js';
import { buildHttpServer } from '../../src/http/server.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

/** What the HTTP tests share: the real pipeline (Redis, BullMQ, templates, SMTP sink) under a test prefix, and a server over its runtime. */
export const OPERATOR_TOKEN = '6f1d0c8e2b7a49d3a5c4e1f0b9d8c7a6';
export const OTHER_OPERATOR_TOKEN = '0a9b8c7d6e5f40312233445566778899aabbccdd';
export const READ_TOKEN = 'r3ad0nly5d7e9f1a2b3c4d5e6f7a8b9c';
/** The controller of protocol № 4/2019 (its issuer's configured controller, khmao-depit), and one that controls nothing stored. */
export const CONTROLLER_TOKEN = 'c0ntr0l1e4d9f2a7b3c8e5d1f6a0b9c2';
export const OTHER_CONTROLLER_TOKEN = 'c0ntr0l2b8e1d4c7a2f5e8d3c6b9a1f4';
export const LINK_SECRET = 'a3f1c9e07b5d4862a3f1c9e07b5d4862a3f1c9e07b5d4862';
export const PUBLIC_URL = 'https://srok.example.org';

export interface Served {
  pipeline: Pipeline;
  app: FastifyInstance;
  key: string;
  close(): Promise<void>;
}

/** Protocol № 4/2019 (seed 000) imported on `day`, links on, a server over the runtime; the operator token is named 'ivanova'. */
export async function serve(name: string, day = '2019-11-12', time = '12:00'): Promise<Served> {
  process.env['SROK_LINK_SECRET'] = LINK_SECRET;
  const pipeline = await startPipeline(name, { day, time }, { adjust: (c) => ({ ...c, settings: { ...c.settings, http: { publicUrl: PUBLIC_URL, linkDays: 30 } } }) });
  try {
    const imported = await pipeline.import(SEED['000']);
    if (!imported.ok) throw new Error(imported.error);
    const access = createAccess({ apiTokens: [`ivanova:${OPERATOR_TOKEN}`, OTHER_OPERATOR_TOKEN], apiReadTokens: [READ_TOKEN], apiControllerTokens: [`khmao-depit:${CONTROLLER_TOKEN}`, `chel-mininform:${OTHER_CONTROLLER_TOKEN}`] });
    const app = await buildHttpServer({ runtime: pipeline.runtime.deps, access, linkSecret: LINK_SECRET });
    return {
      pipeline,
      app,
      key: imported.result.protocolKey,
      close: async () => {
        await app.close();
        await pipeline.close();
        delete process.env['SROK_LINK_SECRET'];
      },
    };
  } catch (e) {
    await pipeline.close();
    throw e;
  }
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function basic(token: string, user = 'ivanova'): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` };
}

/** A JSON request as an API client sends it. */
export async function api(app: FastifyInstance, method: 'GET' | 'POST', url: string, options: { token?: string | null; body?: unknown } = {}) {
  const token = options.token === undefined ? OPERATOR_TOKEN : options.token;
  const request: InjectOptions = { method, url, headers: token === null ? {} : bearer(token) };
  if (options.body !== undefined) request.payload = options.body as InjectOptions['payload'];
  const response = await app.inject(request);
  return { status: response.statusCode, body: String(response.headers['content-type'] ?? '').includes('json') ? (response.json() as Record<string, unknown>) : response.body, headers: response.headers };
}
