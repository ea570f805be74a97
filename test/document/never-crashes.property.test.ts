import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText, documentFromBytes, readDocument } from '../../src/document/index.js';
import { ZipArchive } from '../../src/document/zip-archive.js';
import { writeZip } from './zip-writer.js';

const docx = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'lettered-sub-items.docx'));

/** Runs `read`; anything thrown must be an InputError, and a result must have lines. */
async function readsOrRefuses(read: () => { text: string } | Promise<{ lines: string[] }>): Promise<void> {
  try {
    const result = await read();
    if ('lines' in result) expect(result.lines.some((line) => line.trim() !== '')).toBe(true);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

/** Bytes that look like text in some encoding or like a ZIP, so the deeper paths are reached too. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }).map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 512 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
  fc.tuple(fc.constantFrom(0xef, 0xff, 0xfe), fc.uint8Array({ maxLength: 512 })).map(([first, tail]) =>
    new Uint8Array([first, first === 0xef ? 0xbb : first === 0xff ? 0xfe : 0xff, ...(first === 0xef ? [0xbf] : []), ...tail]),
  ),
);

/** A real .docx with a few bytes changed, or cut short: damaged archives. */
const damagedDocx = fc.oneof(
  fc
    .array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((changes) => {
      const bytes = new Uint8Array(docx);
      for (const [at, value] of changes) bytes[at] = value;
      return bytes;
    }),
  fc.nat({ max: docx.length - 1 }).map((cut) => docx.subarray(0, cut)),
);

/** The fixture's document.xml with characters changed, packed again: damaged XML that unzips fine. */
const documentXml = new TextDecoder().decode(
  (await (await ZipArchive.open(docx, 'fixture')).read('word/document.xml', 1 << 24))!.bytes,
);
const damagedXml = fc
  .array(
    fc.tuple(fc.nat({ max: documentXml.length - 1 }), fc.constantFrom('<', '>', '/', '"', '&', ' ', 'w:', '', 'x')),
    { minLength: 1, maxLength: 6 },
  )
  .map((changes) => {
    let xml = documentXml;
    for (const [at, text] of changes) xml = xml.slice(0, at) + text + xml.slice(at + 1);
    return writeZip([{ name: 'word/document.xml', data: xml }]);
  });

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'srok-property-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('no input makes the reader fail with anything but an InputError', () => {
  it('decodeText on any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (bytes) => {
        await readsOrRefuses(() => decodeText(bytes, 'random.txt'));
      }),
      { numRuns: 500 },
    );
  });

  it('reading any bytes as .txt, .md, .docx or a file of unknown type', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fc.constantFrom('x.txt', 'x.md', 'x.docx', 'x.bin'), async (bytes, name) => {
        await readsOrRefuses(() => documentFromBytes(name, bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('reading a damaged Word document', async () => {
    await fc.assert(
      fc.asyncProperty(damagedDocx, async (bytes) => {
        await readsOrRefuses(() => documentFromBytes('damaged.docx', bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('reading a Word document with damaged XML', async () => {
    await fc.assert(
      fc.asyncProperty(damagedXml, async (bytes) => {
        await readsOrRefuses(() => documentFromBytes('damaged-xml.docx', bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('readDocument on random files on disk', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fc.constantFrom('p.txt', 'p.md', 'p.docx', 'p'), async (bytes, name) => {
        const file = join(temp, name);
        await writeFile(file, bytes);
        const result = await readDocument(file).catch((error: unknown) => error);
        if (result instanceof Error) expect(result).toBeInstanceOf(InputError);
        else expect(result).toHaveProperty('lines');
      }),
      { numRuns: 100 },
    );
  });
});
