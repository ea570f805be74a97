import type { ParsedDocument } from '../domain.js';

/**
 * The text `srok parse FILE --json` prints (the contract ../shared/contracts/parse-json.md).
 * `npm run eval` scores exactly this, parsed back, so the two cannot drift apart.
 */
export function parseJsonText(parsed: ParsedDocument): string {
  return `${JSON.stringify(parsed, null, 2)}\n`;
}
