import type { ConfigErrors } from '../errors.js';

/**
 * The text the CLI prints when the config is refused: a count, then one
 * `file:line: path: message` line per problem, so that an editor or terminal can jump
 * to each. Problems are grouped by file, files in the order they were reported, and
 * run down each file by line.
 */
export function formatConfigErrors(e: ConfigErrors): string {
  const fileOrder = new Map<string, number>();
  for (const error of e.errors) if (!fileOrder.has(error.file)) fileOrder.set(error.file, fileOrder.size);
  const errors = [...e.errors].sort(
    (a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return [`srok cannot start: the config has ${count}.`, ...errors.map((error) => `  ${error.message}`)].join('\n');
}
