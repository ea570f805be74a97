import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { HttpDeps } from '../deps.js';

/** Bull Board, the queue dashboard, at /admin/queues; its scope is guarded for operators (server.ts). */
export const BOARD_PATH = '/admin/queues';

/**
 * Bull Board's page asks a font service on the internet for IBM Plex, which a closed
 * network refuses. srok serves the same fonts itself (the @fontsource packages) under
 * /admin/queues/fonts/ and points the page there, so every asset is local.
 */
const FONTS: ReadonlyArray<{ pkg: string; weights: readonly number[] }> = [
  { pkg: '@fontsource/ibm-plex-sans', weights: [400, 500, 600] },
  { pkg: '@fontsource/ibm-plex-mono', weights: [400, 500] },
];
const REMOTE_FONTS = /<link\b[^>]*href="https:\/\/fonts\.googleapis\.com\/[^"]*"[^>]*>/g;
const LOCAL_FONTS = '<link href="fonts/plex.css" rel="stylesheet">';
const FONT_FILE = /^[a-z0-9-]+\.(woff2|woff)$/;

function localFonts(): { css: string; dirs: Map<string, string> } {
  const require = createRequire(import.meta.url);
  const dirs = new Map<string, string>();
  const css: string[] = [];
  for (const { pkg, weights } of FONTS) {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    dirs.set(pkg.slice(pkg.indexOf('/') + 1), path.join(dir, 'files'));
    for (const w of weights) css.push(readFileSync(path.join(dir, `${w}.css`), 'utf8').replaceAll('url(./files/', 'url(files/'));
  }
  return { css: css.join('\n'), dirs };
}

export async function boardRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(BOARD_PATH);
  // The dashboard can retry and remove jobs: that is the operator's, never a read-only token's.
  createBullBoard({ queues: [new BullMQAdapter(deps.runtime.queue)], serverAdapter: adapter, options: { uiConfig: { boardTitle: 'srok' } } });

  const fonts = localFonts();
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || !String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    return payload.replace(REMOTE_FONTS, LOCAL_FONTS);
  });
  app.get(`${BOARD_PATH}/fonts/plex.css`, async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(fonts.css));
  app.get<{ Params: { name: string } }>(`${BOARD_PATH}/fonts/files/:name`, async (request, reply) => {
    const name = request.params.name;
    const family = [...fonts.dirs.keys()].find((f) => name.startsWith(`${f}-`));
    if (!FONT_FILE.test(name) || family === undefined) return reply.status(404).send({ error: 'not_found' });
    const bytes = await readFile(path.join(fonts.dirs.get(family) ?? '', name)).catch(() => null);
    if (bytes === null) return reply.status(404).send({ error: 'not_found' });
    return reply.type(name.endsWith('.woff2') ? 'font/woff2' : 'font/woff').header('cache-control', 'public, max-age=86400').send(bytes);
  });
  await app.register(adapter.registerPlugin(), { prefix: BOARD_PATH });
}
