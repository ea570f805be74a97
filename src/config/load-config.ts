import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { readCalendarFiles, type CalendarFiles } from './load-calendar.js';
import { makeCalendar } from '../calendar/make-calendar.js';
import { checkDirectory } from './check-directory.js';
import { assembleConfig, type ConfigParts } from './config-parts.js';
import { ConfigError, ConfigErrors } from '../errors.js';
import { checkReferences } from './check-references.js';
import { formatYamlPath, type ConfigProblem } from './config-problem.js';
import { directoryFile, laddersFile, settingsFile } from './schema.js';
import type { SrokConfig } from './types.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { problemsOfIssues } from './zod-problems.js';

export const CONFIG_FILES = {
  settings: 'srok.yaml',
  ladders: 'ladders.yaml',
  directory: 'directory.yaml',
} as const;

/**
 * Reads and checks the config tree under `dir`: srok.yaml, ladders.yaml,
 * directory.yaml and the calendar folder srok.yaml names. Every problem of every file
 * is collected before anything is thrown, so one run shows the operator all of them:
 * a ConfigErrors with one ConfigError per problem, each naming the file (as `dir` was
 * given), the line, the YAML path and the fix.
 */
export function loadConfig(dir: string): SrokConfig {
  return assembleConfig(readConfigParts(dir));
}

/** Reads and checks every file of the config tree (see loadConfig); throws ConfigErrors. */
export function readConfigParts(dir: string): ConfigParts {
  const errors: ConfigError[] = [];
  const read = <S extends z.ZodType>(name: string, schema: S): { source: YamlSource; value: z.output<S> | null } | null => {
    const source = readSource(dir, name, errors);
    if (!source) return null;
    if (source.errors.length > 0) {
      errors.push(...source.errors);
      return { source, value: null };
    }
    const parsed = schema.safeParse(source.data);
    if (parsed.success) return { source, value: parsed.data };
    report(errors, source, problemsOfIssues(parsed.error.issues, schema, source.data));
    return { source, value: null };
  };

  const settings = read(CONFIG_FILES.settings, settingsFile);
  const ladders = read(CONFIG_FILES.ladders, laddersFile);
  const directory = read(CONFIG_FILES.directory, directoryFile);

  if (directory?.value) report(errors, directory.source, checkDirectory(directory.value.entries));
  if (settings?.value && ladders?.value && directory?.value) {
    const problems = checkReferences(settings.value, ladders.value, directory.value.entries);
    report(errors, settings.source, problems.settings);
    report(errors, ladders.source, problems.ladders);
    report(errors, directory.source, problems.directory);
  }

  // The calendar folder is read even when srok.yaml has other problems, as long as its own section is sound.
  const calendarSection = settings && settings.source.errors.length === 0 ? settingsFile.shape.calendar.safeParse(sectionOf(settings.source.data, 'calendar')) : null;
  const calendar = calendarSection?.success ? readCalendar(dir, calendarSection.data, errors) : null;

  if (errors.length > 0 || !settings?.value || !ladders?.value || !directory?.value || !calendar) {
    throw new ConfigErrors(inReadingOrder(errors));
  }
  const calendarDir = resolve(dir, calendarSection?.success ? calendarSection.data.dir : '');
  const region = calendarSection?.success ? calendarSection.data.region : null;
  return {
    dir: resolve(dir),
    settings: settings.value,
    ladders: ladders.value,
    entries: directory.value.entries,
    calendar,
    calendarDirs: region === null ? [calendarDir] : [calendarDir, join(calendarDir, 'regions', region)],
  };
}

/** The file name as the operator will look for it: under `dir` as given, or relative to the working folder. */
function displayName(dir: string, name: string): string {
  const path = join(dir, name);
  if (!isAbsolute(path)) return path;
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

function readSource(dir: string, name: string, errors: ConfigError[]): YamlSource | null {
  const file = displayName(dir, name);
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `файла нет; в папке конфигурации нужны ${Object.values(CONFIG_FILES).join(', ')} (скопируйте их из папки config/ в поставке srok)`
        : `файл не читается (${code ?? (error as Error).message}); проверьте права доступа к нему`;
    errors.push(new ConfigError(file, '', reason));
    return null;
  }
  return parseYamlSource(file, text);
}

function report(errors: ConfigError[], source: YamlSource, problems: readonly ConfigProblem[]): void {
  for (const problem of problems) {
    errors.push(new ConfigError(source.file, formatYamlPath(problem.path), problem.message, source.lineOf(problem.path)));
  }
}

/** srok.yaml, ladders.yaml, directory.yaml, then the calendar; down each file by line. Stable, so same-line problems keep their order. */
function inReadingOrder(errors: readonly ConfigError[]): ConfigError[] {
  const names: readonly string[] = Object.values(CONFIG_FILES);
  const rank = (error: ConfigError): number => {
    const index = names.findIndex((name) => error.file === name || error.file.endsWith(`/${name}`));
    return index === -1 ? names.length : index;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

function sectionOf(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
}

function readCalendar(dir: string, section: { dir: string; region: string | null }, errors: ConfigError[]): CalendarFiles | null {
  const calendarDir = join(dir, section.dir);
  try {
    const files = readCalendarFiles(calendarDir, { region: section.region });
    // Built once here only to find what cannot be built (as loadCalendar does); assembleConfig builds it for use.
    makeCalendar(files.years, files.regions);
    return files;
  } catch (error) {
    if (error instanceof ConfigErrors) errors.push(...error.errors);
    else if (error instanceof ConfigError) errors.push(error);
    else errors.push(new ConfigError(displayName(dir, section.dir), '', `производственный календарь не собран: ${(error as Error).message}`));
    return null;
  }
}
