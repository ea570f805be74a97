import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../../src/document/index.js';

/** Bytes read through node:fs/promises file handles, to see that a refused file is not read. */
const counted = vi.hoisted(() => ({ bytes: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const read = handle.read.bind(handle);
      // FileHandle.read has several overloads; the wrapper passes any of them through.
      handle.read = (async (...readArgs: Parameters<typeof read>) => {
        const result = await read(...readArgs);
        counted.bytes += result.bytesRead;
        return result;
      }) as typeof handle.read;
      return handle;
    },
  };
});

let temp: string;
let big: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'srok-size-'));
  big = join(temp, 'protocol.txt');
  // Real protocol text repeated past 20 MiB: only the size makes it unreadable.
  const seed = await readFile(join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_cea077b6f9d77646.txt'));
  await writeFile(big, Buffer.concat(new Array(Math.ceil((21 * 1024 * 1024) / seed.length)).fill(seed)));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('the default 20 MiB limit', () => {
  it('refuses a larger file without reading any of it', async () => {
    counted.bytes = 0;
    const error = await readDocument(big).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe(
      'размер файла — 21,0 МБ, а предел — 20 МБ; если это действительно один протокол, поднимите предел ключом --max-bytes или параметром input.maxBytes в config/srok.yaml',
    );
    expect(counted.bytes).toBe(0);
  });

  it('reads the same file when the limit is raised', async () => {
    counted.bytes = 0;
    const document = await readDocument(big, { maxBytes: 2 * DEFAULT_MAX_BYTES });
    expect(counted.bytes).toBeGreaterThan(DEFAULT_MAX_BYTES);
    expect(document.lines[2]).toBe('УТВЕРЖДАЮ');
  });
});
