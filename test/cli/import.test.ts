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
  it('stores the seeds, prints a JSON line per file and a closing summary; a second run changes nothing', async () => {
    const first = await run(['import', 'test/fixtures/seeds']);
    expect(first.code).toBe(0);
    const lines = first.out.trim().split('\n');
    const perFile = lines.slice(0, -1).map((l) => JSON.parse(l) as { status: string; file: string; parts: number });
    expect(perFile.map((f) => f.status)).toEqual(['new', 'new', 'new', 'new']);
    expect(perFile.find((f) => f.file.includes('000_'))!.parts).toBe(66); // 3 assignments × 22 municipalities
    expect(lines.at(-1)).toMatch(/^Протоколы: новые — 4, обновлены — 0, без изменений — 0, с ошибкой — 0; поручения: 13, части: \d+, запланировано следующих писем: \d+/);

    const second = await run(['import', 'test/fixtures/seeds']);
    expect(second.code).toBe(0);
    expect(second.out.trim().split('\n').at(-1)).toMatch(/^Протоколы: новые — 0, обновлены — 0, без изменений — 4, с ошибкой — 0/);
  });

  it('a file that cannot be read changes nothing, says why, and the exit code says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-bad-'));
    await writeFile(path.join(dir, 'empty.txt'), '');
    const r = await run(['import', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: .*empty/i);
    expect(r.out).toMatch(/новые — 0, обновлены — 0, без изменений — 0, с ошибкой — 1/);
  });

  it('--json prints the totals as one document', async () => {
    const r = await run(['import', 'test/fixtures/seeds/002_cea077b6f9d77646.txt', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { unchanged: number; files: unknown[] };
    expect(json.unchanged).toBe(1);
    expect(json.files).toHaveLength(1);
  });
});

describe('srok replan and config apply', () => {
  it('re-plans every stored protocol; apply refuses an invalid config and changes nothing', async () => {
    const r = await run(['replan']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Перепланировано протоколов: 4; треков: \d+, писем добавлено: 0, снято: 0/);

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
