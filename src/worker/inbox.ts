import { mkdir, readdir, rename, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isReadableName, READABLE_LIST } from '../document/index.js';
import type { Log } from '../log.js';
import { plural } from '../mail/plural.js';
import type { FileImport, InputImport } from '../import.js';

/**
 * The inbox folder the worker watches. A file is imported once it has stopped
 * changing (same size and modification time on two looks, and older than `settleMs`),
 * so a document still being copied is never read half-way. It is claimed by an atomic
 * rename into processing/<worker>/ — two workers watching one folder never import it
 * twice — then moved to processed/, or to failed/ with a `.error.txt` saying why, under
 * a timestamped name so a second file of the same name never overwrites the first.
 * A worker that died holding a file leaves it in its processing/ folder; the next
 * worker to start returns it to the inbox once `staleMs` has passed (importing the
 * same document again is harmless: it is recognised by its content).
 *
 * An import that throws (not an input error, which the import reports as a failed file)
 * puts the file back and the scan goes on with the next one. A file that throws
 * `maxAttempts` times in a row is a poison file: it goes to failed/ with the error. An
 * outage of Redis is not the file's fault: it is not counted, and the scan stops there,
 * since no other file can be imported either.
 */
export interface InboxOptions {
  dir: string;
  /** This worker's name: the claimed file's suffix in processing/. */
  owner: string;
  pollMs?: number;
  settleMs?: number;
  /** After this long a claim left by another worker is taken to be abandoned. */
  staleMs?: number;
  now: () => Date;
  log: Log;
  /** Imports a file: one document, or each document of a mail. */
  importFile: (file: string) => Promise<InputImport>;
  /** Called with what was imported from each file (the import receipt is logged here). */
  onImported?: (file: string, imported: InputImport) => void;
  /** Imports of one file that may throw before it goes to failed/ (default 3). */
  maxAttempts?: number;
}

/** An error of the connection to Redis rather than of the file: the import is tried again, uncounted. */
export function isRedisOutage(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (
    e.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable|enableOfflineQueue/.test(e.message) ||
    (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code))
  );
}

/** Only the base name counts: no path in a name can lead out of the inbox. */
export function safeName(name: string): string {
  const base = path.basename(name).replace(/[\u0000-\u001f/\\]/g, '_');
  return base === '' || base === '.' || base === '..' ? '_' : base;
}

export class Inbox {
  private readonly seen = new Map<string, string>();
  /** Imports that threw, by file name: the count and the last error. */
  private readonly thrown = new Map<string, { count: number; error: string }>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: InboxOptions) {}

  get dirs() {
    const d = path.resolve(this.options.dir);
    return { inbox: d, processing: path.join(d, 'processing'), processed: path.join(d, 'processed'), failed: path.join(d, 'failed') };
  }

  async start(): Promise<void> {
    for (const dir of Object.values(this.dirs)) await mkdir(dir, { recursive: true });
    await this.reclaimAbandoned();
    const tick = () => {
      if (this.stopped) return;
      this.running = this.scan()
        .then(() => undefined)
        .catch((e: unknown) => this.options.log.error({ err: e instanceof Error ? e.message : String(e) }, 'inbox scan failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs ?? 2000);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One look at the folder: import every file that has settled. Returns what was imported. */
  async scan(): Promise<FileImport[]> {
    const { inbox } = this.dirs;
    const settleMs = this.options.settleMs ?? 2000;
    const done: FileImport[] = [];
    for (const name of (await readdir(inbox)).sort()) {
      const file = path.join(inbox, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      const before = this.seen.get(name);
      this.seen.set(name, signature);
      const settled = before === signature && this.options.now().getTime() - info.mtimeMs >= settleMs;
      if (!settled) continue;
      this.seen.delete(name);
      const result = await this.take(name);
      if (result) done.push(result);
    }
    return done;
  }

  /** This worker's own folder under processing/. */
  private get claimDir(): string {
    return path.join(this.dirs.processing, this.options.owner.replace(/[^A-Za-z0-9_-]/g, '_'));
  }

  /** Return to the inbox what a worker that stopped without finishing left in its processing/ folder. */
  private async reclaimAbandoned(): Promise<void> {
    const { inbox, processing } = this.dirs;
    const staleMs = this.options.staleMs ?? 15 * 60_000;
    for (const owner of await readdir(processing)) {
      const dir = path.join(processing, owner);
      if (dir === this.claimDir) continue;
      const info = await stat(dir).catch(() => null);
      if (!info?.isDirectory() || this.options.now().getTime() - info.mtimeMs < staleMs) continue;
      for (const name of await readdir(dir)) {
        // The inbox may hold a newer file of that name by now; that one wins, this one goes back beside it.
        const target = path.join(inbox, name);
        const free = (await stat(target).catch(() => null)) ? path.join(inbox, `reclaimed-${owner}-${name}`) : target;
        await rename(path.join(dir, name), free).catch(() => undefined);
        this.options.log.warn({ file: name, from: owner }, 'inbox file returned from an abandoned claim');
      }
      await rmdir(dir).catch(() => undefined);
    }
  }

  private async take(name: string): Promise<FileImport | null> {
    const { inbox, processed, failed } = this.dirs;
    const safe = safeName(name);
    await mkdir(this.claimDir, { recursive: true });
    // The importer reads the file under its own name so messages name what the operator dropped.
    const source = path.join(this.claimDir, safe);
    try {
      await rename(path.join(inbox, name), source);
    } catch {
      return null; // another worker took it first
    }
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    if (!isReadableName(safe)) {
      const why = `${safe}: srok не читает файлы этого типа; пришлите протокол как ${READABLE_LIST}`;
      await this.fail(source, path.join(failed, `${stamp}-${safe}`), why);
      const result: FileImport = { file: safe, ok: false, error: why, line: null };
      // Counted and told like a file that could not be read.
      this.options.onImported?.(safe, { file: safe, mail: null, files: [result], parsed: new Map() });
      return result;
    }
    let imported: InputImport;
    try {
      imported = await this.options.importFile(source);
    } catch (e) {
      if (isRedisOutage(e)) {
        // Redis down: put the file back for the next look rather than lose it; nothing else can be imported now.
        await rename(source, path.join(inbox, safe)).catch(() => undefined);
        throw e;
      }
      const error = e instanceof Error ? e.message : String(e);
      const count = (this.thrown.get(name)?.count ?? 0) + 1;
      const max = this.options.maxAttempts ?? 3;
      if (count >= max) {
        this.thrown.delete(name);
        const why =
          `${safe}: импорт прерывался ошибкой ${count} ${plural(count, ['раз', 'раза', 'раз'])} подряд, файл отложен: ${error}\n` +
          'Проверьте файл (откройте его, сохраните заново) и положите во входящую папку снова; если ошибка повторится, передайте этот файл и журнал worker разработчикам.';
        await this.fail(source, path.join(failed, `${stamp}-${safe}`), why);
        return { file: safe, ok: false, error: why, line: null };
      }
      this.thrown.set(name, { count, error });
      this.options.log.error({ file: safe, attempt: count, of: max, err: error }, 'inbox import threw; the file is put back and tried again');
      // Back under its own name: a later look takes it again.
      await rename(source, path.join(inbox, safe)).catch(() => undefined);
      return { file: safe, ok: false, error: `${safe}: ${error}`, line: null };
    }
    this.thrown.delete(name);
    this.options.onImported?.(safe, imported);
    const failures = imported.files.filter((f): f is Extract<FileImport, { ok: false }> => !f.ok);
    const result: FileImport =
      failures[0] ?? imported.files[0] ?? { file: source, ok: false, error: `${safe}: nothing to import`, line: null };
    if (failures.length === 0 && imported.files.length > 0) {
      await rename(source, path.join(processed, `${stamp}-${safe}`));
    } else {
      const imports = imported.files.length - failures.length;
      const note = imports > 0 ? `\nИмпортировано документов этого письма: ${imports}.` : '';
      await this.fail(source, path.join(failed, `${stamp}-${safe}`), `${failures.map((f) => f.error).join('\n')}${note}`);
    }
    return result;
  }

  private async fail(from: string, to: string, why: string): Promise<void> {
    await rename(from, to);
    await writeFile(`${to}.error.txt`, `${why}\n`);
    this.options.log.warn({ file: path.basename(to), why }, 'inbox file failed');
  }
}
