import type { DirectoryEntry } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import { createDirectory } from '../directory/index.js';

/**
 * The directory of config/directory.yaml with the entries operators created while
 * reviewing (kept in the store) after it; an id the file already has keeps the
 * file's entry. `srok directory aliases --yaml` prints both for the file.
 */
export function withReviewedEntries(config: SrokConfig, entries: readonly DirectoryEntry[]): SrokConfig {
  const known = new Set(config.directory.entries.map((e) => e.id));
  const added = entries.filter((e) => !known.has(e.id));
  if (added.length === 0) return config;
  return { ...config, directory: createDirectory([...config.directory.entries, ...added]) };
}
