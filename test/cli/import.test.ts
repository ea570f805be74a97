import { runSrok } from '../support/cli.js';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';

let configDir: string;
const prefix = testPrefix('cli-import');

beforeAll(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'srok-cli-config-'));
  await cp('config', configDir, { recursive: true });
  const settings = await readFile(path.join(configDir, 'srok.yaml'), 'utf8');
  await writeFile(path.join(configDir, 'srok.yaml'), settings.replace(/prefix: srok/, `prefix: ${prefix}`));
});
afterAll(() => clearPrefix(prefix));

async function run(args: string[]) {
  return runSrok([...args, '--config', configDir], { env: { REDIS_URL, USER: 'tester' }, now: () => new Date() });
}

describe('srok import', () => {
  it('stores the seeds and tells each file in Russian, then the totals; a second run changes nothing', async () => {
    const first = await run(['import', 'test/fixtures/seeds', '--json']);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.out) as { new: number; assignments: number; files: Array<{ status: string; file: string; parts: number; waitsForReview: boolean }> };
    expect(json.files.map((f) => f.status)).toEqual(['new', 'new', 'new', 'new']);
    expect(json.files.find((f) => f.file.includes('000_'))!.parts).toBe(66); // 3 assignments × 22 municipalities
    expect(json.assignments).toBe(13);

    const second = await run(['import', 'test/fixtures/seeds']);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^[✓…] 000_12c0b910ab9569f9\.txt: протокол .*\(без изменений\) — 4 поручения, 66 частей$/mu);
    expect(second.out.trim().split('\n').at(-1)).toMatch(/^Итого: 4 файла — новых 0, исправленных 0, без изменений 4, не импортировано 0; 13 поручений, \d+ частей/);
  });

  it('a folder with an unreadable file and a file of a format srok does not read: both count as failed, each with why', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-bad-'));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'budget.xlsx'), 'PK');
    await cp('test/fixtures/review/3-2026.txt', path.join(dir, 'good.txt'));
    const r = await run(['import', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^✗ empty\.txt: не импортирован — файл пуст/imu);
    expect(r.out).toMatch(/^✗ budget\.xlsx: не импортирован — srok не читает файлы формата \.xlsx; сохраните документ как \.docx/mu);
    expect(r.out).toMatch(/не импортировано 2;/);
    expect(r.err).toMatch(/budget\.xlsx: srok не читает файлы формата \.xlsx/);

    const json = JSON.parse((await run(['import', dir, '--json'])).out) as { failed: number; files: Array<{ file: string; status: string; error: string | null }> };
    expect(json.failed).toBe(2);
    expect(json.files.filter((f) => f.status === 'failed').map((f) => [path.basename(f.file), f.error !== null && f.error.length > 20])).toEqual([
      ['empty.txt', true],
      ['budget.xlsx', true],
    ]);
  });

  it('tells what needs a look: executors outside the directory, deadlines it could not read with their lines, and that the protocol waits for review', async () => {
    const r = await run(['import', 'test/fixtures/review/2-2026.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('… 2-2026.txt: протокол № 2/2026 от 10.03.2026, Комиссия по цифровому развитию Челябинской области (новый) — 3 поручения, 3 части');
    expect(r.out).toContain('исполнитель не найден в справочнике: «Фонд поддержки цифровых инициатив Южного Урала»');
    expect(r.out).toContain('срок не распознан (строка 20): пункт 3: «в кратчайшие сроки»');
    expect(r.out).toContain('ждёт проверки: письма уйдут после одобрения — srok review 2/2026, srok approve 2/2026');
    const json = JSON.parse((await run(['import', 'test/fixtures/review/2-2026.txt', '--json'])).out) as { waitingForReview: number; files: Array<{ waitsForReview: boolean; unmatchedExecutors: string[]; unreadableDeadlines: Array<{ line: number }> }> };
    expect(json.waitingForReview).toBe(1);
    expect(json.files[0]).toMatchObject({ waitsForReview: true, unmatchedExecutors: ['Фонд поддержки цифровых инициатив Южного Урала'], unreadableDeadlines: [{ line: 20 }] });
  });
});

describe('srok replan and config apply', () => {
  it('re-plans every stored protocol; apply refuses an invalid config and changes nothing', async () => {
    const r = await run(['replan']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Перепланировано протоколов: \d+; треков: \d+, писем добавлено: 0, снято: 0/);

    const broken = await mkdtemp(path.join(tmpdir(), 'srok-broken-config-'));
    await cp(configDir, broken, { recursive: true });
    const ladders = await readFile(path.join(broken, 'ladders.yaml'), 'utf8');
    await writeFile(path.join(broken, 'ladders.yaml'), ladders.replace(/repeat: 5wd/, 'repeat: пять дней'));
    const { code, err } = await runSrok(['config', 'apply', '--config', broken], { env: { REDIS_URL } });
    expect(code).toBe(2);
    expect(err).toMatch(/не применено — конфигурация неверна/);
    expect(err).toMatch(/ladders\.yaml:\d+: default\.repeat/);
  });
});
