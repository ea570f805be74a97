import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigErrors } from '../../src/errors.js';

async function configWith(edit: (yaml: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-review-gate-'));
  await cp('config', dir, { recursive: true });
  const file = path.join(dir, 'srok.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

describe('import.review in srok.yaml', () => {
  it('ships the gate on for protocols with warnings, and takes that default when the section is left out', async () => {
    expect(loadConfig('config').settings.import).toEqual({ review: 'warnings', reviewReminderAt: '09:00' });
    const without = await configWith((yaml) => yaml.replace(/\nimport:\n(?: {2}.*\n|\s*\n)*/, '\n'));
    expect(await readFile(path.join(without, 'srok.yaml'), 'utf8')).not.toMatch(/^import:/m);
    expect(loadConfig(without).settings.import.review).toBe('warnings');
  });

  it('refuses a mode it does not know in Russian, naming the file, the line and the path', async () => {
    const dir = await configWith((yaml) => yaml.replace(/^ {2}review: warnings$/m, '  review: maybe'));
    let errors: ConfigErrors | null = null;
    try {
      loadConfig(dir);
    } catch (e) {
      if (e instanceof ConfigErrors) errors = e;
    }
    expect(errors?.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/srok\.yaml:\d+: import\.review: "maybe" — такого режима проверки нет; напишите off \(ставить в расписание сразу\), warnings \(протокол с предупреждениями ждёт проверки оператора\) или all \(проверять каждый протокол\)$/),
    ]);
  });
});
