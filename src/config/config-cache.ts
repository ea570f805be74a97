import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { assembleConfig, type ConfigParts } from './config-parts.js';
import type { SrokConfig } from './types.js';

/**
 * A cache of the checked config tree, so that a short command (`srok parse`, `srok show`)
 * does not load the YAML parser and the schemas and check every file again at each start.
 *
 * An entry keeps the checked content (ConfigParts) beside the exact bytes of every file it
 * was read from, the names in each folder read (the calendar's, the region's), and a stamp
 * of the code that checked them (size and time of the files of the running code's folders).
 * It is used only when all of these are the same now; anything else (a file edited, added
 * or removed, srok rebuilt or upgraded, an unreadable or foreign entry) is a miss: the tree
 * is read and checked in full, as without a cache, and the entry written again. A tree with
 * problems is never cached, so its errors are reported every time.
 *
 * Where: $SROK_CACHE_DIR, else $XDG_CACHE_HOME/srok, else ~/.cache/srok; SROK_CACHE_DIR=off
 * turns it off. A cache that cannot be written is no error: the next start reads in full.
 */

const FORMAT = 1;
const CONFIG_FILES = ['srok.yaml', 'ladders.yaml', 'directory.yaml'] as const;

interface Entry {
  format: number;
  dir: string;
  stamp: string;
  files: Array<[path: string, bytes: Uint8Array]>;
  folders: Array<[path: string, names: string]>;
  parts: ConfigParts;
}

export function configCacheDir(env: NodeJS.ProcessEnv): string | null {
  const own = env['SROK_CACHE_DIR']?.trim();
  if (own === 'off') return null;
  if (own) return resolve(own);
  const xdg = env['XDG_CACHE_HOME']?.trim();
  if (xdg) return join(resolve(xdg), 'srok');
  let home: string;
  try {
    home = env['HOME']?.trim() || homedir();
  } catch {
    return null;
  }
  return home ? join(home, '.cache', 'srok') : null;
}

/**
 * The config of `dir`: from the cache when nothing it was made from has changed, otherwise
 * read and checked in full by `readParts` (which throws ConfigErrors for a tree with problems)
 * and cached for the next start.
 */
export async function loadConfigCached(
  dir: string,
  cacheDir: string | null,
  readParts: (dir: string) => Promise<ConfigParts> | ConfigParts,
): Promise<SrokConfig> {
  const absolute = resolve(dir);
  // One entry per config folder and per running code (the bundles of parse and show, the
  // compiled or the source tree), so that commands run in turn do not replace each other's.
  const file = cacheDir === null ? null : join(cacheDir, `config-${hashOf(absolute)}-${hashOf(codeFolder())}.v8`);
  const cached = file === null ? null : readEntry(file, absolute);
  if (cached) return assembleConfig(cached);
  const parts = await readParts(dir);
  if (file !== null) writeEntry(file, absolute, parts);
  return assembleConfig(parts);
}

function readEntry(file: string, dir: string): ConfigParts | null {
  try {
    const entry = deserialize(readFileSync(file)) as Entry;
    if (entry.format !== FORMAT || entry.dir !== dir || entry.stamp !== codeStamp()) return null;
    const files = new Set(entry.files.map(([path]) => path));
    for (const name of CONFIG_FILES) if (!files.has(join(dir, name))) return null;
    for (const [path, names] of entry.folders) if (namesOf(path) !== names) return null;
    for (const [path, bytes] of entry.files) if (!readFileSync(path).equals(bytes)) return null;
    return entry.parts;
  } catch {
    return null;
  }
}

function writeEntry(file: string, dir: string, parts: ConfigParts): void {
  try {
    const paths = CONFIG_FILES.map((name) => join(dir, name));
    const folders: Entry['folders'] = [];
    for (const folder of parts.calendarDirs) {
      folders.push([folder, namesOf(folder)]);
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isFile()) paths.push(path);
      }
    }
    const entry: Entry = { format: FORMAT, dir, stamp: codeStamp(), files: paths.map((path) => [path, readFileSync(path)]), folders, parts };
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(entry));
    renameSync(temporary, file);
  } catch {
    // No cache this time; the config was read in full all the same.
  }
}

function namesOf(folder: string): string {
  return readdirSync(folder).sort().join('\n');
}

let stamp: string | undefined;

/**
 * The code that checks a config: the size and modification time of every file in the
 * running code's folders (src/ or dist/src/ config, calendar and directory; the bundle's
 * own folder when bundled). A rebuild or an upgrade changes it.
 */
function codeFolder(): string {
  return dirname(fileURLToPath(import.meta.url));
}

function codeStamp(): string {
  if (stamp !== undefined) return stamp;
  const here = codeFolder();
  const parts: string[] = [];
  for (const folder of [here, join(here, '..', 'calendar'), join(here, '..', 'directory')]) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const s = statSync(join(folder, name));
        if (s.isFile()) parts.push(`${folder}/${name}:${s.size}:${s.mtimeMs}`);
      } catch {
        parts.push(`${folder}/${name}:gone`);
      }
    }
  }
  stamp = parts.join('|');
  return stamp;
}

/** FNV-1a of the folder's path: a short file name per config folder. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
