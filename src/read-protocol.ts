import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedDocument } from './domain.js';
import type { SrokConfig } from './config/types.js';
import { readDocument } from './document/index.js';
import { parseProtocol } from './protocol/index.js';

/**
 * Read one protocol file: document → lines → parsed protocol with executors routed
 * to the directory and working days counted on the configured calendar.
 */
export async function readProtocol(file: string, config: SrokConfig): Promise<ParsedDocument> {
  const doc = await readDocument(file, { maxBytes: config.settings.input.maxBytes });
  return parseProtocol(doc, {
    directory: config.directory,
    addWorkingDays: (day, n) => config.calendar.addWorkingDays(day, n),
  });
}

const READABLE = new Set(['.txt', '.md', '.markdown', '.docx']);

/** Expand folders into the readable files they hold (sorted, not recursive); files stay as given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => READABLE.has(path.extname(n).toLowerCase())).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return files;
}
