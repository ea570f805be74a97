import ExcelJS from 'exceljs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutorRecord, ReportRow } from '../../src/report/types.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';
import { configFor, PROTOCOL_1_2020, PROTOCOL_3_2019, readCsv, runCli } from './support.js';

/**
 * `srok report` over the real pipeline: the seeds imported into Redis and run on a
 * simulated clock, the CLI reading the same store.
 */
const MINISTRY = 'chel-mininform';
const OIV = ['chel-mineconom', 'chel-minfin', 'chel-minobr', 'chel-minsoc', 'chel-minzdrav'];
const NOW = '2021-01-15T12:00:00+05:00';

describe('srok report on seed 002 run to 15 January 2021', () => {
  let pipeline: Pipeline;
  let configDir: string;
  let key: string;

  beforeAll(async () => {
    pipeline = await startPipeline('report-002', { day: '2020-11-26', time: '10:00' });
    configDir = await configFor(pipeline.prefix);
    const imported = await pipeline.import(SEED['002']);
    if (!imported.ok) throw new Error(imported.error);
    key = imported.result.protocolKey;
    await pipeline.runUntil('2020-12-10');
    // The finance ministry reports item 3 a day before its deadline of 11.12.2020.
    pipeline.clock.advanceTo(pipeline.at('2020-12-10', '12:00'));
    const { store, scheduler } = pipeline.runtime.deps;
    await store.recordClosure(key, { item: '3', part: 'chel-minfin' }, { at: pipeline.clock.now().toISOString(), how: 'done', by: 'cli:ivanova', reason: 'письмо № 1' });
    await scheduler.scheduleProtocol(key);
    await pipeline.runUntil('2021-01-15');
  });
  afterAll(() => pipeline.close());

  const overdueRows = async (): Promise<ReportRow[]> => {
    const r = await runCli(['report', '--overdue', '--json', '--now', NOW], configDir);
    expect(r.code, r.err).toBe(0);
    return (JSON.parse(r.out) as { rows: ReportRow[] }).rows;
  };
  const partsOf = (rows: readonly ReportRow[], item: string) => rows.filter((r) => r.item === item).map((r) => r.part.ref).sort();

  it('lists item 2 for the ministry and items 3, 4 and 6 per part, and nothing optional or not yet due', async () => {
    const rows = await overdueRows();
    expect([...new Set(rows.map((r) => r.item))]).toEqual(['3', '4', '2', '6']);
    expect(partsOf(rows, '2')).toEqual([MINISTRY]);
    expect(rows.find((r) => r.item === '2')?.occurrence).toMatchObject({ due: '2020-12-18', deadline: '2020-12-18' });
    // Minfin reported item 3 in time: four parts left.
    expect(partsOf(rows, '3')).toEqual(OIV.filter((ref) => ref !== 'chel-minfin'));
    expect(partsOf(rows, '4')).toEqual(OIV);
    expect(partsOf(rows, '6')).toEqual([...OIV, MINISTRY].sort());
    expect(rows.every((r) => r.overdue && !r.optional && r.state === 'open')).toBe(true);
  });

  it('drops a part marked done from the overdue list and counts it on time or late in the record', async () => {
    // The economy ministry reports item 4 a month late.
    const { store } = pipeline.runtime.deps;
    await store.recordClosure(key, { item: '4', part: 'chel-mineconom' }, { at: '2021-01-14T06:00:00.000Z', how: 'done', by: 'cli:ivanova', reason: null });

    expect(partsOf(await overdueRows(), '4')).toEqual(OIV.filter((ref) => ref !== 'chel-mineconom'));
    const record = await runCli(['report', '--record', '--executor', 'chel-oiv', '--json', '--now', NOW], configDir);
    expect(record.code, record.err).toBe(0);
    const records = new Map((JSON.parse(record.out) as { records: ExecutorRecord[] }).records.map((r) => [r.part.ref, r]));
    expect([...records.keys()].sort()).toEqual(OIV);
    expect(records.get('chel-minfin')).toMatchObject({ onTime: 1, late: 0, closed: 0, overdue: 2 });
    expect(records.get('chel-mineconom')).toMatchObject({ onTime: 0, late: 1, closed: 0, overdue: 2 });
    expect(records.get('chel-minzdrav')).toMatchObject({ onTime: 0, late: 0, closed: 0, overdue: 3, rate: 0 });
    expect(records.get('chel-minfin')?.rate).toBeCloseTo(1 / 3);

    const table = await runCli(['report', '--record', '--executor', 'финансов', '--now', NOW], configDir);
    expect(table.out).toMatch(/^Министерство финансов Челябинской области\s+1\s+0\s+2\s+0\s+33%$/m);
  });

  it('prints a table for people, overdue first, longest overdue on top', async () => {
    const r = await runCli(['report', '--now', NOW], configDir);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Открытые поручения на 15\.01\.2021 12:00 \(Asia\/Yekaterinburg\): \d+; просрочено \d+$/);
    const body = lines.slice(4).filter(Boolean);
    expect(body[0]).toMatch(/^просрочено на 19 рабочих дней\s+11\.12\.2020\s+от 26\.11\.2020, Комиссия по цифровому р\S*…\s+3\s+Министерство/);
    const firstNotOverdue = body.findIndex((l) => !l.startsWith('просрочено'));
    expect(body.slice(firstNotOverdue).every((l) => !l.startsWith('просрочено'))).toBe(true);
    expect(body[firstNotOverdue]).toMatch(/^осталось 11 рабочих дней\s+01\.02\.2021/);
  });

  it('writes CSV that Russian Excel reads: BOM, a header row, semicolons, fields with commas left whole', async () => {
    const r = await runCli(['report', '--overdue', '--csv', '--executor', MINISTRY, '--now', NOW], configDir);
    expect(r.code, r.err).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = readCsv(r.out.slice(1));
    expect(header).toEqual([
      'Протокол', 'Дата протокола', 'Орган', 'Ключ протокола', 'Пункт', 'Текст', 'Исполнитель', 'Код исполнителя', 'Роль', 'Период',
      'Срок по протоколу', 'Перенесён на', 'Срок', 'Состояние', 'Рабочих дней до срока', 'Просрочено', 'При наличии', 'Контролёр',
    ]);
    expect(records.map((f) => f[4])).toEqual(['2', '6']);
    const item2 = Object.fromEntries(header!.map((name, i) => [name, records[0]![i]]));
    expect(item2).toMatchObject({
      'Дата протокола': '2020-11-26',
      'Исполнитель': 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
      'Код исполнителя': MINISTRY,
      'Срок': '2020-12-18',
      'Рабочих дней до срока': '-14',
      'Просрочено': 'да',
      'Контролёр': 'Министерство информационных технологий, связи и цифрового развития Челябинской области',
    });
    // The names hold commas: with semicolons between fields they need no quotes, and read back whole.
    expect(r.out.split('\r\n')[0]).toBe('\uFEFFПротокол;Дата протокола;Орган;Ключ протокола;Пункт;Текст;Исполнитель;Код исполнителя;Роль;Период;Срок по протоколу;Перенесён на;Срок;Состояние;Рабочих дней до срока;Просрочено;При наличии;Контролёр');
    expect(r.out).toContain(';Министерство информационных технологий, связи и цифрового развития Челябинской области;');
    expect(records.every((f) => f.length === header!.length)).toBe(true);
  });

  it('writes an .xlsx with the columns and rows of the CSV, days as dates and counts as numbers', async () => {
    const csv = await runCli(['report', '--overdue', '--csv', '--executor', MINISTRY, '--now', NOW], configDir);
    const [header, ...records] = readCsv(csv.out.slice(1));
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'srok-xlsx-')), 'просрочено.xlsx');
    const r = await runCli(['report', '--overdue', '--xlsx', file, '--executor', MINISTRY, '--now', NOW], configDir);
    expect(r.code, r.err).toBe(0);
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type; the file's bytes are what it reads.
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Просрочено');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(header);
    expect(sheet.rowCount).toBe(records.length + 1);
    const at = (name: string) => header!.indexOf(name);
    const first = values(2);
    expect(first[at('Пункт')]).toBe(records[0]![at('Пункт')]);
    expect(first[at('Исполнитель')]).toBe(records[0]![at('Исполнитель')]);
    expect(first[at('Срок')]).toEqual(new Date('2020-12-18T00:00:00Z'));
    expect(sheet.getRow(2).getCell(at('Срок') + 1).numFmt).toBe('dd.mm.yyyy');
    expect(typeof first[at('Рабочих дней до срока')]).toBe('number');
    expect(String(first[at('Рабочих дней до срока')])).toBe(records[0]![at('Рабочих дней до срока')]);
  });

  it('answers a bad request with what to write instead, exit code 2', async () => {
    const unknown = await runCli(['report', '--executor', 'Министерство торговли', '--now', NOW], configDir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/«Министерство торговли» не совпадает ни с записью справочника, ни с исполнителем/);
    const both = await runCli(['report', '--overdue', '--due-soon', '5'], configDir);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--due-soon и --overdue исключают друг друга/);
    const count = await runCli(['report', '--due-soon', 'пять'], configDir);
    expect(count.code).toBe(2);
    expect(count.err).toMatch(/--due-soon 'пять' — не число рабочих дней; напишите, например, --due-soon 5/);
    const when = await runCli(['report', '--now', '15 января'], configDir);
    expect(when.code).toBe(2);
    expect(when.err).toMatch(/--now: '15 января' — не дата; напишите ГГГГ-ММ-ДД/);
    const formats = await runCli(['report', '--json', '--csv'], configDir);
    expect(formats.code).toBe(2);
    const help = await runCli(['report', '--help'], configDir);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--due-soon <n>/);
    expect(help.out).toMatch(/srok report --record --now 2021-01-15/);
  });
});

describe('closes by a later protocol', () => {
  let pipeline: Pipeline;
  let configDir: string;

  beforeAll(async () => {
    pipeline = await startPipeline('report-closes', { day: '2020-03-02', time: '10:00' });
    configDir = await configFor(pipeline.prefix);
    for (const file of [PROTOCOL_3_2019, SEED['000'], PROTOCOL_1_2020]) {
      const imported = await pipeline.import(file);
      if (!imported.ok) throw new Error(imported.error);
    }
  });
  afterAll(() => pipeline.close());

  it('counts items 2.2 of 3/2019 and 3.2 of 4/2019, only taken off control by 1/2020, as closed, and the six 4/2019 declared done as done late', async () => {
    const r = await runCli(['report', '--record', '--executor', 'khmao-surgut', '--json', '--now', '2020-03-02'], configDir);
    expect(r.code, r.err).toBe(0);
    const [surgut, ...others] = (JSON.parse(r.out) as { records: ExecutorRecord[] }).records;
    expect(others).toEqual([]);
    // «Считать исполненными» in 4/2019 of 30.10.2019, after every one of the six deadlines (15.08 to 01.10.2019).
    expect(surgut).toMatchObject({ part: { ref: 'khmao-surgut' }, onTime: 0, late: 6, closed: 2, overdue: 0, rate: 0 });
  });

  it('leaves nothing of 3/2019 and 4/2019 open or overdue, and no optional item of seed 000 ever overdue', async () => {
    const open = await runCli(['report', '--open', '--json', '--now', '2020-03-02'], configDir);
    expect((JSON.parse(open.out) as { rows: ReportRow[] }).rows).toEqual([]);
    // As of before 1/2020, item 3.2 of 4/2019 was overdue for all 22 municipalities, and the optional 1.2 and 2.2 never.
    const before = await runCli(['report', '--overdue', '--json', '--now', '2020-02-01'], configDir);
    const rows = (JSON.parse(before.out) as { rows: ReportRow[] }).rows;
    expect(rows.filter((row) => row.protocol.number === '4/2019').map((row) => row.item)).toEqual(Array(22).fill('3.2'));
    expect(rows.filter((row) => row.protocol.number === '3/2019').map((row) => row.item)).toEqual(Array(22).fill('2.2'));
  });
});
