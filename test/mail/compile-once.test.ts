import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mjml2html from 'mjml';
import { describe, expect, it, vi } from 'vitest';
import { createRenderer, MAIL_KINDS } from '../../src/mail/index.js';
import { context, DOMAIN, FROM, TEMPLATES, ZONE } from './support.js';

// Count MJML calls while keeping MJML itself.
vi.mock('mjml', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof mjml2html }>();
  return { default: vi.fn(actual.default) };
});

describe('templates are compiled once', () => {
  it('calls MJML once per kind at start and never while rendering, nor reads a template file again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-templates-'));
    try {
      await cp(TEMPLATES, dir, { recursive: true });
      const calls = vi.mocked(mjml2html);
      calls.mockClear();
      const renderer = await createRenderer({ templatesDir: dir, from: FROM, messageDomain: DOMAIN, zone: ZONE });
      expect(calls).toHaveBeenCalledTimes(MAIL_KINDS.length);

      await rm(dir, { recursive: true, force: true });
      for (let round = 0; round < 50; round++) {
        for (const kind of MAIL_KINDS) expect(renderer.render(context(kind)).html).toContain('Контроль исполнения поручений');
      }
      expect(calls).toHaveBeenCalledTimes(MAIL_KINDS.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
