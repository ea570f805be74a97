import { runSrok } from '../support/cli.js';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, cp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SEED_000 = 'test/fixtures/seeds/000_12c0b910ab9569f9.txt';
const SEED_002 = 'test/fixtures/seeds/002_cea077b6f9d77646.txt';

async function run(args: string[], now = new Date('2020-11-26T04:00:00Z')) {
  return runSrok(args, { env: {}, now: () => now });
}

/**
 * Runs of English words left in a help text once option names, placeholders, commands in
 * examples, file names, codes and names of programs are taken out: [] when it is Russian.
 */
function englishIn(text: string): string[] {
  const cleaned = text
    .split('\n')
    // Examples, the usage line, and the names of commands and arguments in their lists.
    .map((line) => (/^\s+(srok|curl|SROK_\w+=)/.test(line) ? '' : line.replace(/^Запуск: .*/, '').replace(/^ {2}[a-z]+\b/, '')))
    .join('\n')
    .replace(/'[^'\n]*'|"[^"\n]*"|«[^»]*»/g, ' ')
    .replace(/(^|[\s(])-{1,2}[\w-]+/g, ' ')
    .replace(/<[^>\n]*>|\[[^\]\n]*\]/g, ' ')
    .replace(/\S*[./:@$_=\d]\S*/g, ' ')
    .replace(/\bsrok(?: [a-z]+)*|\b[a-z]+(?:-[a-z]+)+\b/g, ' ');
  const allowed = new Set(['id', 'help', 'openssl', 'rand', 'hex', 'Excel', 'Redis', 'HTTP', 'API', 'Basic', 'Bearer', 'JSON', 'YAML', 'CSV', 'BOM', 'UTF', 'ISO', 'IMAP', 'SIGTERM', 'SIGINT', 'SIGHUP', 'stderr', 'assignment', 'noted', 'closes', 'controller', 'other', 'new', 'operator', 'origin', 'review']);
  const runs = cleaned.match(/[A-Za-z][A-Za-z'-]*(?:[ ,]+[A-Za-z][A-Za-z'-]*)*/g) ?? [];
  return runs.map((run) => run.trim()).filter((run) => run.split(/[ ,]+/).some((word) => word.length > 1 && !allowed.has(word)));
}

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-cli-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('srok parse', () => {
  it('prints the header and one line per item', async () => {
    const r = await run(['parse', SEED_000]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('протокол № 4/2019 от 30.10.2019');
    expect(r.out).toMatch(/^1\.2\s+рекомендация\s+органы местного самоуправления/m);
    expect(r.out).toMatch(/^2\s+вопрос\s+/m);
    expect(r.out).toMatch(/^4\.1\s+снятие\s+считать исполненными и снять с контроля: пп\. 1\.2\.1, 1\.2\.2, 3\.2, 4\.2\.1, 4\.2\.2, 5\.2 протокола № 3\/2019 от 27\.07\.2019/m);
  });

  it('--json prints the contract shape', async () => {
    const r = await run(['parse', SEED_002, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['source', 'protocol', 'items', 'noted', 'assignments', 'extensions', 'controller', 'warnings']);
    expect(json['source']).toMatchObject({ file: SEED_002, format: 'txt' });
    expect((json['source'] as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a document without assignments still exits 0, with the warning', async () => {
    const r = await run(['parse', 'test/fixtures/seeds/001_4c2d8d8cedb7b5a3.txt', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).warnings[0].code).toBe('no_assignments');
  });

  it.each([
    ['a missing file', async () => path.join(tmpdir(), 'srok-no-such-file.txt'), /srok-no-such-file\.txt: файл не найден; проверьте путь/i],
    ['an empty file', async () => tempFile('empty.txt', ''), /empty\.txt: файл пуст/i],
    ['binary garbage', async () => tempFile('garbage.txt', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))), /garbage\.txt: /],
    ['a .docx that is not a zip', async () => tempFile('broken.docx', 'this is plain text, not a zip'), /broken\.docx: .*(zip|docx)/i],
  ])('%s: a clear message naming the file, exit 1, no stack trace', async (_name, make, message) => {
    const file = await make();
    const r = await run(['parse', file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('an unknown option is a usage error with a hint', async () => {
    const r = await run(['parse', SEED_000, '--jsn']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("ошибка: неизвестный параметр '--jsn'; возможно, имелось в виду --json\n(справка: --help)\n");
  });

  it.each([
    ['a missing argument', ['plan'], "ошибка: не хватает обязательного аргумента 'files'"],
    ['too many arguments', ['parse', SEED_000, SEED_002], "ошибка: слишком много аргументов для 'parse': ожидается 1, получено 2"],
    ['an unknown command', ['frobnicate'], "ошибка: неизвестная команда 'frobnicate'"],
    ['an option without its value', ['plan', SEED_000, '--now'], "ошибка: у параметра '--now <date>' нет значения"],
  ])('%s is a usage error in Russian', async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\n(справка: --help)\n`);
  });
});

describe('srok plan', () => {
  it('prints the timeline of seed 002 with item 5 monthly from 10 February 2021, moved off non-working days', async () => {
    const r = await run(['plan', SEED_002, '--now', '2020-11-26', '--until', '2021-12-31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ничего не отправлено');
    // The header in the office's local time, not UTC.
    expect(r.out.split('\n')[0]).toBe('План с 26.11.2020 00:00 по 31.12.2021 00:00 (Asia/Yekaterinburg); ничего не отправлено.');
    const item5 = r.out.split('\n').filter((l) => /п\.5\s/.test(l));
    expect(item5.some((l) => l.includes('срок 2021-02-10'))).toBe(true);
    expect(item5.some((l) => l.includes('срок 2021-04-12 (в тексте 2021-04-10)'))).toBe(true);
    expect(item5.some((l) => l.includes('срок 2021-05-11 (в тексте 2021-05-10)'))).toBe(true);
  });

  it('--json gives steps with instants inside office hours', async () => {
    const r = await run(['plan', SEED_000, '--now', '2019-10-30', '--until', '2020-03-01', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { plans: Array<{ steps: Array<{ localAt: string; kind: string }> }> };
    const steps = json.plans[0]!.steps;
    expect(steps.length).toBeGreaterThan(22);
    for (const s of steps) {
      const hour = Number(s.localAt.slice(11, 13));
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThan(18);
    }
  });

  it('--now after every deadline warns that the deadlines are past, still exit 0', async () => {
    const r = await run(['plan', SEED_002, '--now', '2021-06-01', '--until', '2021-07-01']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/deadline_past/);
  });

  it('a bad --now is a usage error naming the option', async () => {
    const r = await run(['plan', SEED_002, '--now', 'вчера']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--now: 'вчера' — не дата/);
  });

  it('--diff shows what a changed ladder moves', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-config-'));
    await cp('config', dir, { recursive: true });
    const ladders = await readFile(path.join(dir, 'ladders.yaml'), 'utf8');
    const changed = ladders.replace(/sendAt: ['"]?10:00['"]?/, "sendAt: '11:00'");
    expect(changed).not.toBe(ladders);
    await writeFile(path.join(dir, 'ladders.yaml'), changed);
    const r = await run(['plan', SEED_002, '--now', '2020-11-26', '--until', '2021-01-31', '--diff', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/~\d+/);
    expect(r.out).toMatch(/10:00 → 2020-\d\d-\d\d 11:00/);
  });
});

describe('srok config check', () => {
  it('accepts the shipped config and summarises it', async () => {
    const r = await run(['config', 'check']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 6)).toEqual([
      `конфигурация в порядке: ${path.resolve('config')}`,
      '  часовой пояс Asia/Yekaterinburg, рабочее время 09:00–18:00, почта: outbox',
      '  справочник: 35 органов, 2 должностных лица, 2 группы',
      '  лестницы: общая, особые для 2 издающих органов и 0 исполнителей',
      '  входящие: var/inbox; IMAP выключен; OCR rus+eng',
      '  проверка перед рассылкой: warnings (протокол с предупреждениями ждёт оператора)',
    ]);
  });

  it('names the file, the YAML path and the fix for a broken ladder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srok-config-'));
    await cp('config', dir, { recursive: true });
    const ladders = await readFile(path.join(dir, 'ladders.yaml'), 'utf8');
    await writeFile(path.join(dir, 'ladders.yaml'), ladders.replace(/before:\s*\[[^\]]*\]/, "before: [10wd, '3 рабочих дня']"));
    const r = await run(['config', 'check', '--config', dir]);
    expect(r.code).toBe(2);
    const line = ladders.split('\n').findIndex((l) => /before:\s*\[/.test(l)) + 1;
    expect(r.err).toBe(
      [
        `srok: конфигурация в ${path.relative(process.cwd(), dir)} неверна:`,
        'srok не может запуститься: в конфигурации найдена 1 ошибка.',
        `  ${path.join(dir, 'ladders.yaml')}:${line}: default.before[1]: '3 рабочих дня' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы)`,
        '',
      ].join('\n'),
    );
  });
});

describe('the installed command', () => {
  it('answers --help for every command from a real process', async () => {
    const exec = promisify(execFile);
    for (const args of [['--help'], ['parse', '--help'], ['plan', '--help'], ['config', 'check', '--help']]) {
      const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args]);
      expect(stdout).toMatch(/^Запуск: srok/);
      expect(englishIn(stdout)).toEqual([]);
    }
  }, 90_000);

  it('writes the help of srok and of every command in Russian, option names and examples aside', async () => {
    const top = await run(['--help']);
    expect(top.out).toMatch(/^Запуск: srok \[параметры\] \[команда\]\n/);
    expect(top.out).toContain('\nКоманды:\n');
    expect(top.out).toMatch(/-h, --help +показать справку по команде/);
    const commands = [...top.out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(15);
    const nested = [['config', 'check'], ['config', 'apply'], ['corpus', 'add'], ['directory', 'aliases']];
    for (const args of [...commands.map((c) => [c]), ...nested]) {
      const help = await run([...args, '--help']);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.out, args.join(' ')).toMatch(new RegExp(`^Запуск: srok ${args.join(' ')}`));
      expect(englishIn(help.out), args.join(' ')).toEqual([]);
    }
    const demo = await run(['demo', '--help']);
    expect(demo.out).toMatch(/--until <date> +моделировать до этого дня \(по умолчанию: 2021-06-30\)/);
  });

  it('finds the English of a help text, so that the check above can fail', () => {
    expect(englishIn('  --json  print the summary as JSON')).toEqual(['print the summary as JSON']);
    expect(englishIn("  --json  вывести итог в JSON; пример: srok report --overdue > 'x.csv'")).toEqual([]);
  });
});

describe('Redis under Sentinel from the environment', () => {
  it('a malformed REDIS_SENTINELS stops the command with the entry named, in Russian', async () => {
    const r = await runSrok(['replan'], { env: { REDIS_SENTINELS: '10.0.0.5:26379,10.0.0.6', REDIS_SENTINEL_NAME: 'srok' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain("REDIS_SENTINELS: '10.0.0.6' — не host:port");
    const alone = await runSrok(['replan'], { env: { REDIS_SENTINELS: '10.0.0.5:26379' } });
    expect(alone.err).toContain('REDIS_SENTINEL_NAME: не задана, а REDIS_SENTINELS задана');
  });
});
