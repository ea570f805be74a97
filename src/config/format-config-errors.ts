import type { ConfigErrors } from '../errors.js';
import { countOf, plural, type PluralForms } from '../mail/plural.js';

const PROBLEMS: PluralForms = ['ошибка', 'ошибки', 'ошибок'];
const FOUND: PluralForms = ['найдена', 'найдены', 'найдено'];

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
  const count = `${plural(errors.length, FOUND)} ${countOf(errors.length, PROBLEMS)}`;
  return [`srok не может запуститься: в конфигурации ${count}.`, ...errors.map((error) => `  ${error.message}`)].join('\n');
}
