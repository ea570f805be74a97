import { configCacheDir, loadConfigCached } from '../config/config-cache.js';
import type { SrokConfig } from '../config/types.js';
import { ConfigErrors } from '../errors.js';
import type { CliIo } from './io.js';

/**
 * The config of `dir` for a short command (`srok parse`, `srok show`): from the config cache
 * when nothing it was made from has changed (src/config/config-cache.ts); otherwise read and
 * checked in full, the YAML parser and the schemas loaded only then. Its problems are printed
 * as loadConfigOrReport prints them (then null).
 */
export async function loadCachedConfigOrReport(dir: string, io: CliIo): Promise<SrokConfig | null> {
  try {
    return await loadConfigCached(dir, configCacheDir(io.env), async (d) => (await import('../config/load-config.js')).readConfigParts(d));
  } catch (e) {
    if (e instanceof ConfigErrors) {
      const [{ formatConfigErrors }, { configErrorsText }] = await Promise.all([import('../config/format-config-errors.js'), import('./config-or-report.js')]);
      io.err(configErrorsText(dir, formatConfigErrors(e)));
      return null;
    }
    throw e;
  }
}
