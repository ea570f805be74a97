import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderer, TemplateError } from '../../src/mail/index.js';
import { DOMAIN, FROM, TEMPLATES, ZONE } from './support.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of email-templates/ with one file changed. */
async function templatesWith(file: string, change: (source: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-templates-'));
  made.push(dir);
  await cp(TEMPLATES, dir, { recursive: true });
  const target = path.join(dir, file);
  await writeFile(target, change(await readFile(target, 'utf8')));
  return dir;
}

async function startError(dir: string): Promise<TemplateError> {
  try {
    await createRenderer({ templatesDir: dir, from: FROM, messageDomain: DOMAIN, zone: ZONE });
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('the renderer started with a broken template');
}

/** The line of the first (or last) `needle` in a template, counted from 1. */
async function lineOf(dir: string, file: string, needle: string, which: 'first' | 'last' = 'first'): Promise<number> {
  const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
  const index = which === 'first' ? lines.findIndex((line) => line.includes(needle)) : lines.findLastIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in ${file}`);
  return index + 1;
}

describe('a broken template stops the start, naming its file and line', () => {
  it('names the partial and line of an attribute MJML does not know', async () => {
    const dir = await templatesWith('partials/footer.mjml', (s) => s.replace('<mj-text css-class="wrap"', '<mj-text colour="red" css-class="wrap"'));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'partials/footer.mjml'));
    expect(error.line).toBe(await lineOf(dir, 'partials/footer.mjml', 'colour="red"'));
    expect(error.message).toContain('Attribute colour is illegal');
  });

  it('names the line of a tag that is never closed', async () => {
    const dir = await templatesWith('reminder.mjml', (s) => s.replace('</mj-text>', ''));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'reminder.mjml'));
    const opened = await lineOf(dir, 'reminder.mjml', '<mj-text css-class="banner wrap"');
    expect(error.line).toBe(opened + 4 /* the </mj-column> that comes first */);
    expect(error.message).toContain(`стоит там, где должен закрыться <mj-text> (строка ${opened}); сначала добавьте </mj-text>`);
  });

  it('names the line of a placeholder no mail fills', async () => {
    const dir = await templatesWith('partials/assignment.txt', (s) => s.replace('{{text}}', '{{txt}}'));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'partials/assignment.txt'));
    expect(error.line).toBe(await lineOf(dir, 'partials/assignment.txt', '{{txt}}'));
    expect(error.message).toContain('{{txt}} — такого значения нет ни в одном письме; допустимые имена: ');
  });

  it('names the line of a section left open, and where it was opened', async () => {
    const dir = await templatesWith('digest.mjml', (s) => s.replace('{{/items}}', ''));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'digest.mjml'));
    expect(error.line).toBe(await lineOf(dir, 'digest.mjml', '{{/lines}}', 'last'));
    expect(error.message).toBe(
      `${path.join(dir, 'digest.mjml')}:${error.line}: {{/lines}} закрывает {{#items}}, открытый в строке ${await lineOf(dir, 'digest.mjml', '{{#items}}')}; сначала закройте его через {{/items}}`,
    );
  });

  it('names the line of an include that points nowhere', async () => {
    const dir = await templatesWith('summary.mjml', (s) => s.replace('./partials/links.mjml', './partials/buttons.mjml'));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'summary.mjml'));
    expect(error.line).toBe(await lineOf(dir, 'summary.mjml', 'buttons.mjml'));
  });

  it('names the line of an include in a partial that points nowhere', async () => {
    const dir = await templatesWith('partials/card.mjml', (s) => s.replace('./links-buttons.mjml', './buttons.mjml'));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'partials/card.mjml'));
    expect(error.line).toBe(await lineOf(dir, 'partials/card.mjml', 'buttons.mjml'));
  });

  it('says which file a kind is missing', async () => {
    const dir = await templatesWith('summary.txt', (s) => s);
    await rm(path.join(dir, 'summary.txt'));
    const error = await startError(dir);
    expect(error.file).toBe(path.join(dir, 'summary.txt'));
    expect(error.message).toBe(`${path.join(dir, 'summary.txt')}: файла нет; для каждого вида писем нужны summary.mjml и summary.txt`);
  });

});
