import path from 'node:path';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { loadConfig } from '../config/load-config.js';
import type { SrokConfig } from '../config/types.js';
import { ConfigErrors } from '../errors.js';
import type { CliIo } from './io.js';

/** The config of `dir`, read and checked in full; its problems printed (then null). */
export function loadConfigOrReport(dir: string, io: CliIo): SrokConfig | null {
  try {
    return loadConfig(dir);
  } catch (e) {
    if (e instanceof ConfigErrors) {
      io.err(configErrorsText(dir, formatConfigErrors(e)));
      return null;
    }
    throw e;
  }
}

export function configErrorsText(dir: string, formatted: string): string {
  return `srok: конфигурация в ${path.relative(process.cwd(), dir) || '.'} неверна:\n${formatted}\n`;
}
