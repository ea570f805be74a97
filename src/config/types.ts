import type { WorkCalendar } from '../calendar/types.js';
import type { Directory } from '../directory/types.js';
import type { LaddersConfig, Settings } from './schema.js';

/** The whole config tree, loaded and validated once at start. */
export interface SrokConfig {
  /** The config folder it was read from (absolute). */
  dir: string;
  settings: Settings;
  ladders: LaddersConfig;
  directory: Directory;
  calendar: WorkCalendar;
}
