import { addressProblem, hasControl } from './escape.js';

/**
 * The From of every mail, from Settings.mail.from: 'srok <srok@example.org>' or a bare
 * address. The name is written as a quoted string, so a comma in it («Департамент, отдел»)
 * cannot split it into two addresses.
 */
export function senderHeader(from: string): string {
  if (hasControl(from)) throw new RangeError(`mail.from ${JSON.stringify(from)} contains a line break or control character; write 'name <address>' on one line`);
  const named = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(from);
  const name = named ? (named[1] ?? '').replace(/^"(.*)"$/, '$1') : '';
  const address = named ? (named[2] ?? '') : from.trim();
  const problem = addressProblem(address);
  if (problem !== null) throw new RangeError(`mail.from: the address ${problem}`);
  if (name === '') return address;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}" <${address}>`;
}
