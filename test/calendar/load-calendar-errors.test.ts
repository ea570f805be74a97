import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fallbackYear } from '../../src/calendar/fixed-holidays.js';
import { loadCalendar } from '../../src/config/load-calendar.js';
import { makeCalendar } from '../../src/calendar/make-calendar.js';
import { ConfigError, ConfigErrors } from '../../src/errors.js';
import { CALENDAR_DIR } from './calendar-dir.js';

const GOOD_2021 = readFileSync(join(CALENDAR_DIR, '2021.yaml'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'srok-calendar-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a variant of the shipped 2021 file and returns its path. */
function write2021(edit: (text: string) => string, name = '2021.yaml'): string {
  const text = edit(GOOD_2021);
  expect(text).not.toBe(GOOD_2021);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The 1-based line that starts (after indentation) with `needle`. */
function lineStarting(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.trimStart().startsWith(needle));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('a calendar file with a mistake', () => {
  it('names the file, the entry and its line when a Saturday is listed as a non-working weekday', () => {
    const file = write2021((t) => t.replace('  2021-05-10:', '  2021-05-08: лишний день\n  2021-05-10:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.file).toBe(file);
    expect(error.path).toBe('nonworking.2021-05-08');
    expect(error.line).toBe(lineStarting(file, '2021-05-08'));
    expect(error.reason).toBe("2021-05-08 — суббота, выходной и так; здесь перечисляют только дни с понедельника по пятницу (если праздник выпал на выходной, укажите будний день, на который переносится выходной)");
    expect(error.message).toContain(`${file}:${error.line}: nonworking.2021-05-08:`);
  });

  it('asks for a note when a date has none', () => {
    const file = write2021((t) => t.replace('  2021-05-04: нерабочий день, Указ Президента от 23.04.2021 № 242', '  2021-05-04:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('nonworking.2021-05-04');
    expect(error.line).toBe(lineStarting(file, '2021-05-04'));
    expect(error.reason).toBe("после даты нужно короткое пояснение, например \"2021-11-05: перенос выходного с 02.01 (сб), Постановление № 1648\"");
  });

  it('reports a date that is not a date', () => {
    write2021((t) => t.replace('  2021-05-04:', '  2021-5-4:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('nonworking.2021-5-4');
    expect(error.reason).toBe("'2021-5-4' — не дата; напишите её как ГГГГ-ММ-ДД");
  });

  it('reports a date of another year', () => {
    write2021((t) => t.replace('  2021-11-05:', '  2022-11-05:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('nonworking.2022-11-05');
    expect(error.reason).toBe("2022-11-05 — не 2021 год; перенесите дату в файл её года");
  });

  it('reports a fixed holiday left out of a weekday list', () => {
    const file = write2021((t) => t.replace(/ {2}2021-03-08:.*\n/, ''));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('nonworking');
    expect(error.line).toBe(lineStarting(file, 'nonworking:'));
    expect(error.reason).toBe("2021-03-08 (Международный женский день) — понедельник и нерабочий праздничный день (ст. 112 ТК РФ); добавьте \"2021-03-08: Международный женский день\" в nonworking:");
  });

  it('reports a day listed twice', () => {
    const file = write2021((t) => t.replace('  2021-05-10:', '  2021-05-04: ещё раз\n  2021-05-10:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.file).toBe(file);
    expect(error.reason).toBe("ошибка синтаксиса YAML в столбце 3: этот ключ (или дата) уже есть выше на этом уровне; оставьте одну запись");
    expect(error.line).toBe(lineStarting(file, '2021-05-04: ещё раз'));
  });

  it('reports broken YAML with its line', () => {
    const file = write2021((t) => t.replace(/^working:/m, 'working: ['));
    const error = configError(() => loadCalendar(dir));
    expect(error.file).toBe(file);
    expect(error.line).not.toBeNull();
    expect(error.reason).toMatch(/YAML/);
  });

  it('reports a file whose year disagrees with its name', () => {
    writeFileSync(join(dir, '2020.yaml'), GOOD_2021);
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('year');
    expect(error.reason).toBe("файл называется 2020.yaml, а в нём написано year: 2021; исправьте одно из двух");
  });

  it('reports an unknown key such as a misspelt list name', () => {
    const file = write2021((t) => t.replace(/^working:/m, 'workng:'));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('workng');
    expect(error.line).toBe(lineStarting(file, 'workng:'));
    expect(error.reason).toBe("неизвестный ключ; возможно, имелось в виду 'working'; допустимые ключи: year, source, checked, verify, nonworking, working, short");
  });

  it('asks what to verify when a year is not checked', () => {
    write2021((t) => t.replace('checked: true', 'checked: false'));
    const error = configError(() => loadCalendar(dir));
    expect(error.path).toBe('verify');
  });

  it('refuses a YAML file whose name is not a year, so that it is not silently ignored', () => {
    write2021((t) => t.replace('checked: true', 'checked: true\n'), '2021.yml');
    const error = configError(() => loadCalendar(dir));
    expect(error.file).toBe(join(dir, '2021.yml'));
    expect(error.reason).toBe("файлы календаря называются <год>.yaml, например 2021.yaml; переименуйте файл или уберите его из этой папки");
  });

  it('reports every problem at once when there are several', () => {
    write2021((t) => t.replace('  2021-05-10:', '  2021-05-08: лишний\n  2021-05-09: лишний\n  2021-05-10:'));
    let caught: unknown;
    try {
      loadCalendar(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigErrors);
    expect((caught as ConfigErrors).errors.map((e) => e.path)).toEqual(['nonworking.2021-05-08', 'nonworking.2021-05-09']);
  });

  it('names the folder when it does not exist', () => {
    const missing = join(dir, 'nope');
    const error = configError(() => loadCalendar(missing));
    expect(error.file).toBe(missing);
    expect(error.reason).toBe("папки календаря нет; создайте её и положите в неё по файлу <год>.yaml на каждый год");
  });

  it('loads the shipped files without a complaint', () => {
    expect(() => loadCalendar(CALENDAR_DIR)).not.toThrow();
  });
});

describe('a calendar built in code', () => {
  it('refuses an inconsistent year with the same explanation', () => {
    const year = { year: 2021, source: 'test', checked: true, verify: null, working: [], short: [], nonworking: [{ day: '2021-05-08', note: 'x' }] };
    expect(() => makeCalendar([year])).toThrow("календарь на 2021 год: nonworking.2021-05-08: 2021-05-08 — суббота, выходной и так; здесь перечисляют только дни с понедельника по пятницу (если праздник выпал на выходной, укажите будний день, на который переносится выходной)");
  });

  it('refuses the same year given twice', () => {
    expect(() => makeCalendar([fallbackYear(2027), fallbackYear(2027)])).toThrow("2027 год календаря задан дважды");
  });
});

describe('a regional override folder with a mistake', () => {
  function writeRegion(text: string): string {
    writeFileSync(join(dir, '2021.yaml'), GOOD_2021);
    mkdirSync(join(dir, 'regions', 'north'), { recursive: true });
    const file = join(dir, 'regions', 'north', '2021.yaml');
    writeFileSync(file, text);
    return file;
  }

  it('reports a region day that is already off in the federal calendar', () => {
    const file = writeRegion('year: 2021\nsource: закон региона\nadd_nonworking:\n  2021-05-03: праздник\n');
    const error = configError(() => loadCalendar(dir, { region: 'north' }));
    expect(error.file).toBe(file);
    expect(error.path).toBe('add_nonworking.2021-05-03');
    expect(error.line).toBe(4);
    expect(error.reason).toBe("2021-05-03 и так выходной по федеральному календарю; уберите эту дату");
  });

  it('reports a region that has no folder', () => {
    writeRegion('year: 2021\nsource: закон региона\n');
    const error = configError(() => loadCalendar(dir, { region: 'south' }));
    expect(error.file).toBe(join(dir, 'regions', 'south'));
    expect(error.reason).toBe(`у региона 'south' нет папки; создайте ${dir}/regions/south с файлом <год>.yaml на каждый год или напишите calendar.region: null`);
  });

  it('refuses a region name that would leave the regions folder', () => {
    writeRegion('year: 2021\nsource: закон региона\n');
    const error = configError(() => loadCalendar(dir, { region: '../..' }));
    expect(error.reason).toBe("'../..' — не имя папки региона; пишите латинскими буквами, цифрами, '-' или '_', например \"tatarstan\"");
  });
});
