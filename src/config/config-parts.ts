import type { CalendarFiles } from './load-calendar.js';
import { makeCalendar } from '../calendar/make-calendar.js';
import { createDirectory } from '../directory/create-directory.js';
import type { DirectoryEntry, LaddersConfig, Settings } from './schema.js';
import type { SrokConfig } from './types.js';

/**
 * The checked content of a config tree as plain data, before the directory's index and the
 * calendar are built from it, with the files and folders it was read from: what a cache of
 * the config keeps (config-cache.ts).
 */
export interface ConfigParts {
  dir: string;
  settings: Settings;
  ladders: LaddersConfig;
  entries: DirectoryEntry[];
  calendar: CalendarFiles;
  /** The calendar folder and the region's folder, as read (absolute). */
  calendarDirs: string[];
}

/** The directory's index and the calendar built from checked parts. */
export function assembleConfig(parts: ConfigParts): SrokConfig {
  return {
    dir: parts.dir,
    settings: parts.settings,
    ladders: parts.ladders,
    directory: createDirectory(parts.entries),
    calendar: makeCalendar(parts.calendar.years, parts.calendar.regions),
  };
}
