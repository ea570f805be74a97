import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { ConfigErrors } from '../../src/errors.js';
import { cronTicks } from '../../src/schedule/cron-ticks.js';
import { shipped } from './support.js';

/** The shipped config folder with srok.yaml changed by `edit`. */
async function configWith(edit: (yaml: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-summary-config-'));
  await cp('config', dir, { recursive: true });
  const file = path.join(dir, 'srok.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadConfig(dir);
  } catch (e) {
    if (e instanceof ConfigErrors) return e.errors.map((error) => `${error.path}: ${error.reason}`);
    throw e;
  }
  return [];
}

describe('reports.controllerSummary in srok.yaml', () => {
  it('ships a weekly summary, Mondays at 09:00, with five working days of «скоро срок»', () => {
    expect(shipped.settings.reports.controllerSummary).toEqual({ cron: '0 0 9 * * 1', dueSoonDays: 5, enabled: true });
    expect(cronTicks(shipped, '0 30 6 * * *').map((t) => [t.id, t.job, t.pattern, t.tz])).toEqual([
      ['replan-daily', 'replan', '0 30 6 * * *', 'Asia/Yekaterinburg'],
      ['controller-summary', 'controller-summary', '0 0 9 * * 1', 'Asia/Yekaterinburg'],
      ['review-waiting', 'review-waiting', '0 0 9 * * *', 'Asia/Yekaterinburg'],
    ]);
  });

  it('refuses a cron pattern it cannot read, naming the path and how to write one', async () => {
    const dir = await configWith((yaml) => yaml.replace("cron: '0 0 9 * * 1'", "cron: 'по понедельникам'"));
    expect(problemsOf(dir)).toEqual([
      "reports.controllerSummary.cron: 'по понедельникам' — не расписание cron (недопустимые знаки: по); напишите шесть полей через пробел — секунда, минута, час, день месяца, месяц, день недели, — например '0 0 9 * * 1' (по понедельникам в 09:00)",
    ]);
    const hour = await configWith((yaml) => yaml.replace("cron: '0 0 9 * * 1'", "cron: '0 0 25 * * 1'"));
    expect(problemsOf(hour)[0]).toBe(
      "reports.controllerSummary.cron: '0 0 25 * * 1' — не расписание cron (значение 25 вне допустимого диапазона 0–23); напишите шесть полей через пробел — секунда, минута, час, день месяца, месяц, день недели, — например '0 0 9 * * 1' (по понедельникам в 09:00)",
    );
  });

  it('takes the defaults when srok.yaml has no reports section, and drops the tick when the summary is off', async () => {
    const without = await configWith((yaml) => yaml.replace(/\nreports:\n(?: {2}.*\n|\s*\n)*/, '\n'));
    expect(await readFile(path.join(without, 'srok.yaml'), 'utf8')).not.toMatch(/reports|controllerSummary|dueSoonDays/);
    expect(loadConfig(without).settings.reports.controllerSummary).toEqual({ cron: '0 0 9 * * 1', dueSoonDays: 5, enabled: true });
    const off = await configWith((yaml) => yaml.replace(/(controllerSummary:[\s\S]*?)enabled: true/, '$1enabled: false'));
    const config = loadConfig(off);
    expect(config.settings.reports.controllerSummary.enabled).toBe(false);
    expect(cronTicks(config, '0 30 6 * * *').map((t) => t.id)).toEqual(['replan-daily', 'review-waiting']);
  });
});
