import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError, ConfigErrors } from '../errors.js';
import { didYouMean } from './did-you-mean.js';
import { yamlErrorWords } from './yaml-error-words.js';
import { REGION_FILE_KEYS, regionFileSchema, toDays, YEAR_FILE_KEYS, yearFileSchema } from '../calendar/calendar-file.js';
import { checkCalendarYear, checkRegionYear, type CalendarProblem } from '../calendar/check-year.js';
import { makeCalendar } from '../calendar/make-calendar.js';
import type { CalendarYear, ProductionCalendar, RegionYear } from '../calendar/types.js';
import { lineOf } from '../calendar/yaml-location.js';

export interface CalendarOptions {
  /** A folder under `<dir>/regions/` whose year files change the federal calendar; null or absent for none. */
  region?: string | null;
}

export interface CalendarFiles {
  years: CalendarYear[];
  regions: RegionYear[];
}

const YEAR_FILE = /^(\d{4})\.yaml$/;
const REGION_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

/**
 * Reads `<dir>/<year>.yaml` (and the region's files) into a calendar. A bad file throws
 * ConfigError naming the file, the YAML path, the line and the fix; several problems
 * throw ConfigErrors, so an operator fixes them in one pass.
 */
export function loadCalendar(dir: string, options: CalendarOptions = {}): ProductionCalendar {
  const files = readCalendarFiles(dir, options);
  return makeCalendar(files.years, files.regions);
}

/** The parsed and checked files, for callers that want the data itself. */
export function readCalendarFiles(dir: string, options: CalendarOptions = {}): CalendarFiles {
  const errors: ConfigError[] = [];
  const years: CalendarYear[] = [];
  for (const name of listYearFiles(dir, errors)) {
    const year = readYearFile(join(dir, name), Number(YEAR_FILE.exec(name)?.[1]), errors);
    if (year) years.push(year);
  }

  const regions: RegionYear[] = [];
  const region = options.region ?? null;
  if (region !== null) {
    const regionDir = join(dir, 'regions', region);
    if (!REGION_NAME.test(region)) {
      errors.push(new ConfigError(regionDir, '', `'${region}' — не имя папки региона; пишите латинскими буквами, цифрами, '-' или '_', например "tatarstan"`));
    } else if (!existsSync(regionDir) || !statSync(regionDir).isDirectory()) {
      errors.push(new ConfigError(regionDir, '', `у региона '${region}' нет папки; создайте ${regionDir} с файлом <год>.yaml на каждый год или напишите calendar.region: null`));
    } else if (errors.length === 0) {
      // Region days are checked against the federal calendar, so only once that is sound.
      const federal = makeCalendar(years);
      for (const name of listYearFiles(regionDir, errors)) {
        const file = join(regionDir, name);
        const parsed = readRegionFile(file, region, Number(YEAR_FILE.exec(name)?.[1]), errors);
        if (!parsed) continue;
        const problems = checkRegionYear(parsed.region, (day) => federal.isWorkingDay(day));
        pushProblems(errors, file, parsed.doc, parsed.counter, problems);
        if (problems.length === 0) regions.push(parsed.region);
      }
    }
  }

  if (errors.length === 1 && errors[0]) throw errors[0];
  if (errors.length > 1) throw new ConfigErrors(errors);
  return { years, regions };
}

/** `<year>.yaml` names of a folder, sorted; any other YAML file there is an error, since it would be silently ignored. */
function listYearFiles(dir: string, errors: ConfigError[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    errors.push(new ConfigError(dir, '', `${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'папки календаря нет' : `папка календаря не читается (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}; создайте её и положите в неё по файлу <год>.yaml на каждый год`));
    return [];
  }
  const years: string[] = [];
  for (const name of names.sort()) {
    if (YEAR_FILE.test(name)) years.push(name);
    else if (/\.ya?ml$/i.test(name)) {
      errors.push(new ConfigError(join(dir, name), '', 'файлы календаря называются <год>.yaml, например 2021.yaml; переименуйте файл или уберите его из этой папки'));
    }
  }
  return years;
}

interface Parsed {
  doc: Document;
  counter: LineCounter;
  data: unknown;
}

function parseYaml(file: string, errors: ConfigError[]): Parsed | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    errors.push(new ConfigError(file, '', `файл не читается (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); проверьте права доступа к нему`));
    return null;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  // Only the first syntax error: the ones after it are mostly its echoes.
  const error = doc.errors[0];
  if (error) {
    const line = error.pos[0] >= 0 ? counter.linePos(error.pos[0]).line : null;
    const column = error.pos[0] >= 0 ? ` в столбце ${counter.linePos(error.pos[0]).col}` : '';
    errors.push(new ConfigError(file, '', `ошибка синтаксиса YAML${column}: ${yamlErrorWords(error.code)}`, line));
    return null;
  }
  return { doc, counter, data: doc.toJS() };
}

function readYearFile(file: string, fileYear: number, errors: ConfigError[]): CalendarYear | null {
  const parsed = parseYaml(file, errors);
  if (!parsed) return null;
  const data = validate(file, parsed, yearFileSchema, YEAR_FILE_KEYS, errors);
  if (!data) return null;
  if (data.year !== fileYear) {
    errors.push(new ConfigError(file, 'year', `файл называется ${fileYear}.yaml, а в нём написано year: ${data.year}; исправьте одно из двух`, lineOf(parsed.doc, parsed.counter, ['year'])));
    return null;
  }
  const year: CalendarYear = {
    year: data.year,
    source: data.source,
    checked: data.checked,
    verify: data.verify ?? null,
    nonworking: toDays(data.nonworking),
    working: toDays(data.working),
    short: toDays(data.short),
  };
  const problems = checkCalendarYear(year);
  pushProblems(errors, file, parsed.doc, parsed.counter, problems);
  return problems.length === 0 ? year : null;
}

function readRegionFile(
  file: string,
  region: string,
  fileYear: number,
  errors: ConfigError[],
): { region: RegionYear; doc: Document; counter: LineCounter } | null {
  const parsed = parseYaml(file, errors);
  if (!parsed) return null;
  const data = validate(file, parsed, regionFileSchema, REGION_FILE_KEYS, errors);
  if (!data) return null;
  const line = (key: string): number | null => lineOf(parsed.doc, parsed.counter, [key]);
  if (data.year !== fileYear) {
    errors.push(new ConfigError(file, 'year', `файл называется ${fileYear}.yaml, а в нём написано year: ${data.year}; исправьте одно из двух`, line('year')));
    return null;
  }
  if (data.region !== undefined && data.region !== region) {
    errors.push(new ConfigError(file, 'region', `файл лежит в regions/${region}/, а в нём написано region: ${data.region}; исправьте одно из двух`, line('region')));
    return null;
  }
  return {
    region: { region, year: data.year, source: data.source, addNonworking: toDays(data.add_nonworking), addWorking: toDays(data.add_working) },
    doc: parsed.doc,
    counter: parsed.counter,
  };
}

function validate<S extends z.ZodType>(file: string, parsed: Parsed, schema: S, keys: string[], errors: ConfigError[]): z.output<S> | null {
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    errors.push(new ConfigError(file, '', `в файле должны быть ключи ${keys.join(', ')}`, 1));
    return null;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...path, key];
        errors.push(new ConfigError(file, yamlPath(at), `неизвестный ключ${didYouMean(key, keys)}; допустимые ключи: ${keys.join(', ')}`, lineOf(parsed.doc, parsed.counter, at)));
      }
      continue;
    }
    errors.push(new ConfigError(file, yamlPath(path), issue.message, lineOf(parsed.doc, parsed.counter, path)));
  }
  return null;
}

function pushProblems(errors: ConfigError[], file: string, doc: Document, counter: LineCounter, problems: CalendarProblem[]): void {
  for (const problem of problems) {
    errors.push(new ConfigError(file, yamlPath(problem.path), problem.message, lineOf(doc, counter, problem.path)));
  }
}

/** `nonworking.2021-05-08`, `list[2]`: the path as ConfigError shows it. */
function yamlPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
