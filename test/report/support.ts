import { runSrok } from '../support/cli.js';
/** What the report tests share: the shipped config, documents as the report reads them, hand-built states, the CLI against a test prefix, a CSV reader. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { officeInstant } from '../../src/calendar/index.js';
import { loadConfig } from '../../src/config/index.js';
import type { SrokConfig } from '../../src/config/types.js';
import { planStateOf, protocolKey, scopeField, type Closure, type PlanState, type Postponement, type StateScope } from '../../src/plan/index.js';
import { readProtocol } from '../../src/read-protocol.js';
import type { ReportSource } from '../../src/report/types.js';
import { REDIS_URL } from '../support/redis.js';

export const ZONE = 'Asia/Yekaterinburg';
export const shipped: SrokConfig = loadConfig('config');

export const PROTOCOL_3_2019 = 'test/fixtures/protocols/working-group-3-2019.txt';
export const PROTOCOL_1_2020 = 'test/fixtures/protocols/working-group-1-2020.txt';
/** Items without a deadline (1.1) and standing ones («постоянно», 1.2). */
export const PROTOCOL_7_2020 = 'test/report/fixtures/working-group-7-2020.txt';

/** A local wall-clock time in the office zone. */
export function local(day: string, time = '00:00'): Date {
  return officeInstant(day, time, ZONE);
}

/** A state as the store holds it: records at their scopes. */
export function stateOf(records: { closures?: Array<[StateScope, Closure]>; postponements?: Array<[StateScope, Postponement]> }): PlanState {
  return planStateOf({
    closures: new Map((records.closures ?? []).map(([scope, c]) => [scopeField(scope), c])),
    postponements: new Map((records.postponements ?? []).map(([scope, p]) => [scopeField(scope), p])),
  });
}

export function closure(how: Closure['how'], at: Date): Closure {
  return { at: at.toISOString(), how, by: 'cli:test', reason: null };
}

/** A document read as an import reads it, with a state; imported on its own date unless told. */
export async function sourceOf(file: string, state: PlanState = stateOf({}), importedAt?: Date): Promise<ReportSource> {
  const doc = await readProtocol(file, shipped);
  const at = importedAt ?? local(doc.protocol.date ?? '2020-01-01', '10:00');
  return { key: protocolKey(doc), importedAt: at.toISOString(), doc, state, routing: null };
}

/** A config folder like the shipped one whose store prefix is the test's. */
export async function configFor(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-report-config-'));
  await cp('config', dir, { recursive: true });
  const settings = await readFile(path.join(dir, 'srok.yaml'), 'utf8');
  await writeFile(path.join(dir, 'srok.yaml'), settings.replace(/prefix: srok/, `prefix: ${prefix}`));
  return dir;
}

export async function runCli(args: string[], configDir: string): Promise<{ code: number; out: string; err: string }> {
  return runSrok([...args, '--config', configDir], { env: { REDIS_URL }, now: () => new Date() });
}

/**
 * RFC 4180 read back, independently of the writer: fields split on commas outside
 * quotes, "" inside quotes is one quote, records end at CRLF outside quotes.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('the CSV does not end with CRLF');
  return records;
}
