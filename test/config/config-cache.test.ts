import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configCacheDir, loadConfigCached } from '../../src/config/config-cache.js';
import type { ConfigParts } from '../../src/config/config-parts.js';
import { loadConfig, readConfigParts } from '../../src/config/load-config.js';
import type { SrokConfig } from '../../src/config/types.js';
import { ConfigErrors } from '../../src/errors.js';

/**
 * The config cache of the short commands: a start with nothing changed takes the checked
 * config from the cache and reads no YAML; any change to what it was made from (a file
 * edited, a calendar year added or removed) reads and checks the tree in full again; a
 * tree with problems is never cached.
 */
let root: string;
let dir: string;
let cache: string;
let reads: number;

const readParts = (d: string): ConfigParts => {
  reads += 1;
  return readConfigParts(d);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'srok-config-cache-'));
  dir = join(root, 'config');
  cache = join(root, 'cache');
  cpSync('config', dir, { recursive: true });
  reads = 0;
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What a command sees of a config: the same data and the same answers of the directory and the calendar. */
function sameAs(actual: SrokConfig, expected: SrokConfig): void {
  expect(actual.dir).toBe(expected.dir);
  expect(actual.settings).toEqual(expected.settings);
  expect(actual.ladders).toEqual(expected.ladders);
  expect(actual.directory.entries).toEqual(expected.directory.entries);
  for (const phrase of ['Департаменту информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры', 'Администрации города Сургута', 'Минтрансу России']) {
    expect(actual.directory.match(phrase)).toEqual(expected.directory.match(phrase));
  }
  for (const day of ['2019-11-04', '2019-11-05', '2021-01-08', '2024-12-28', '2026-05-11', '2031-03-09']) {
    expect(actual.calendar.isWorkingDay(day)).toBe(expected.calendar.isWorkingDay(day));
    expect(actual.calendar.knowledge(day)).toBe(expected.calendar.knowledge(day));
  }
  expect(actual.calendar.missingYears('2019-01-01', '2031-12-31')).toEqual(expected.calendar.missingYears('2019-01-01', '2031-12-31'));
}

describe('the config cache', () => {
  it('reads the tree once, then serves the same config from the cache', async () => {
    const fresh = loadConfig(dir);
    const first = await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(1);
    expect(readdirSync(cache)).toHaveLength(1);
    const second = await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(1);
    sameAs(first, fresh);
    sameAs(second, fresh);
  });

  it('reads the tree again when a config file changes, and serves the new content', async () => {
    await loadConfigCached(dir, cache, readParts);
    const file = join(dir, 'srok.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^timezone: .*$/m, 'timezone: Europe/Moscow'));
    const changed = await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(2);
    expect(changed.settings.timezone).toBe('Europe/Moscow');
    await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(2);
  });

  it('reads the tree again when a calendar year is added, edited or removed', async () => {
    const before = await loadConfigCached(dir, cache, readParts);
    expect(before.calendar.knowledge('2027-03-01')).toBe('fallback');
    const calendar = join(dir, 'calendar');
    cpSync(join(calendar, '2026.yaml'), join(calendar, '2027.yaml'));
    writeFileSync(join(calendar, '2027.yaml'), readFileSync(join(calendar, '2027.yaml'), 'utf8').replaceAll('2026-', '2027-').replace(/^year: 2026$/m, 'year: 2027'));
    const added = await loadConfigCached(dir, cache, readParts).catch((e: unknown) => e);
    expect(reads).toBe(2);
    // Whatever the copied year's checks say, the answer is what a full read gives.
    const full = (() => {
      try {
        return loadConfig(dir);
      } catch (e) {
        return e;
      }
    })();
    if (full instanceof ConfigErrors) expect(added).toBeInstanceOf(ConfigErrors);
    else sameAs(added as SrokConfig, full as SrokConfig);

    // Removed again: the tree is as cached at first (a tree with problems is never cached, a sound one was cached anew).
    rmSync(join(calendar, '2027.yaml'));
    await loadConfigCached(dir, cache, readParts);
    const afterRemoval = reads;
    expect(afterRemoval).toBe(full instanceof ConfigErrors ? 2 : 3);
    appendFileSync(join(calendar, '2019.yaml'), '\n# checked again\n');
    await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(afterRemoval + 1);
    await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(afterRemoval + 1);
  });

  it('never caches a tree with problems: they are reported at every start', async () => {
    appendFileSync(join(dir, 'ladders.yaml'), '\nbogus: [\n');
    await expect(loadConfigCached(dir, cache, readParts)).rejects.toBeInstanceOf(ConfigErrors);
    await expect(loadConfigCached(dir, cache, readParts)).rejects.toBeInstanceOf(ConfigErrors);
    expect(reads).toBe(2);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('treats an unreadable entry as a miss and writes it anew', async () => {
    await loadConfigCached(dir, cache, readParts);
    const [entry] = readdirSync(cache);
    writeFileSync(join(cache, entry as string), 'not an entry');
    sameAs(await loadConfigCached(dir, cache, readParts), loadConfig(dir));
    expect(reads).toBe(2);
    await loadConfigCached(dir, cache, readParts);
    expect(reads).toBe(2);
  });

  it('reads in full when there is no cache folder, and a folder it cannot write is no error', async () => {
    await loadConfigCached(dir, null, readParts);
    await loadConfigCached(dir, null, readParts);
    expect(reads).toBe(2);
    const blocked = join(root, 'a-file');
    writeFileSync(blocked, '');
    sameAs(await loadConfigCached(dir, join(blocked, 'cache'), readParts), loadConfig(dir));
  });

  it('keeps one entry per config folder', async () => {
    const other = join(root, 'other');
    cpSync(dir, other, { recursive: true });
    await loadConfigCached(dir, cache, readParts);
    await loadConfigCached(other, cache, readParts);
    await loadConfigCached(dir, cache, readParts);
    await loadConfigCached(other, cache, readParts);
    expect(reads).toBe(2);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('lives under SROK_CACHE_DIR, XDG_CACHE_HOME or ~/.cache, and SROK_CACHE_DIR=off turns it off', () => {
    expect(configCacheDir({ SROK_CACHE_DIR: '/var/cache/srok', XDG_CACHE_HOME: '/x' })).toBe('/var/cache/srok');
    expect(configCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/home/op' })).toBe('/x/srok');
    expect(configCacheDir({ HOME: '/home/op' })).toBe('/home/op/.cache/srok');
    expect(configCacheDir({ SROK_CACHE_DIR: 'off', HOME: '/home/op' })).toBeNull();
  });
});
