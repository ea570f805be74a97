import { fileURLToPath } from 'node:url';

/** The shipped calendar folder, `config/calendar/`. */
export const CALENDAR_DIR = fileURLToPath(new URL('../../config/calendar/', import.meta.url));
