import { runSrok } from '../support/cli.js';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPostponement } from '../../src/follow-up/requests.js';
import { REDIS_URL } from '../support/redis.js';
import { SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

/**
 * The follow-up commands against the real store: a pipeline imports the seeds under a
 * prefix of its own, and the CLI runs with a copy of the config that names that prefix.
 */
let pipeline: Pipeline;
let configDir: string;
let key000 = '';
/** Where the CLI's mails go: .eml files, read back with mailparser. */
let outbox = '';

beforeAll(async () => {
  pipeline = await startPipeline('cli-follow-up', { day: '2019-11-12', time: '12:00' }, { autorun: false });
  const imported = await pipeline.import(SEED['000']);
  key000 = imported.ok ? imported.result.protocolKey : '';
  await pipeline.import(SEED['002']);
  configDir = await mkdtemp(path.join(tmpdir(), 'srok-follow-up-'));
  await cp('config', configDir, { recursive: true });
  const settings = path.join(configDir, 'srok.yaml');
  outbox = path.join(configDir, 'outbox');
  await writeFile(
    settings,
    (await readFile(settings, 'utf8')).replace(/^ {2}prefix: srok$/m, `  prefix: ${pipeline.prefix}`).replace(/^ {2}outboxDir: .*$/m, `  outboxDir: ${outbox}`),
  );
});

afterAll(async () => {
  await pipeline.close();
  await rm(configDir, { recursive: true, force: true });
});

async function srok(...args: string[]) {
  return runSrok(args, { env: { SROK_CONFIG_DIR: configDir, REDIS_URL, USER: 'ivanova' }, now: () => pipeline.clock.now() });
}

const NO_STACK = /\n\s+at /;

describe('srok done, postpone, cancel, show', () => {
  it('srok done marks one municipality’s part done as cli:$USER, and a second time says it is done already', async () => {
    const first = await srok('done', '4/2019', 'п.1.2', '--executor', 'khmao-surgut', '--reason', 'письмо № 15-01');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('п. 1.2 протокола № 4/2019 от 30.10.2019 (1 запись, cli:ivanova)');
    expect(first.out).toContain('Администрация города Сургута (khmao-surgut): отмечено исполненным');
    expect(first.out).toMatch(/перепланировано: снято 1 запланированное письмо, добавлено 0/);

    const again = await srok('done', '№', '4/2019', 'п.', '1.2', '--executor', 'Сургут');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Администрация города Сургута \(khmao-surgut\): уже исполнено 2019-11-12 12:00, cli:ivanova \(«письмо № 15-01»\); ничего не изменено/);
    const audit = await pipeline.runtime.deps.store.getAudit(key000);
    expect(audit.filter((e) => e.action === 'close')).toHaveLength(1);
  });

  it('srok postpone moves item 2 of the unnumbered seed 002, named by its date; --json prints the records', async () => {
    const r = await srok('postpone', 'от', '26.11.2020', 'п.2', '--to', '28.12.2020', '--reason', 'письмо Минцифры', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { changed: boolean; recorded: Array<{ postponement: { to: string; sequence: number; by: string } }> };
    expect(json.changed).toBe(true);
    expect(json.recorded[0]?.postponement).toMatchObject({ to: '2020-12-28', sequence: 1, by: 'cli:ivanova' });
  });

  it('bad usage exits 2 with a message and no stack trace: no reference, no --to, no reason, a day in the past', async () => {
    for (const args of [
      ['done'],
      ['done', '4/2019'],
      ['postpone', '4/2019', 'п.3.2', '--reason', 'x'],
      ['postpone', '4/2019', 'п.3.2', '--to', '2019-12-01'],
      ['cancel', '4/2019', 'п.2.2'],
      ['postpone', '4/2019', 'п.3.2', '--to', '2019-01-10', '--reason', 'письмо'],
      ['postpone', '--request', 'ABCDEFGH', '--protocol', '4/2019'],
    ]) {
      const r = await srok(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^srok: /);
      expect(r.err).not.toMatch(NO_STACK);
    }
    expect((await srok('postpone', '4/2019', 'п.3.2', '--to', '2019-01-10', '--reason', 'письмо')).err).toMatch(/--to 10\.01\.2019 уже прошло \(сегодня 12\.11\.2019\)/);
  });

  it('what is not stored exits 1 and says what was not found', async () => {
    const protocol = await srok('done', '9/2099', 'п.1');
    expect(protocol).toMatchObject({ code: 1, out: '' });
    expect(protocol.err).toMatch(/^srok: протокол № 9\/2099 не хранится; сначала импортируйте его/);
    const executor = await srok('done', '4/2019', 'п.1.2', '--executor', 'chel-minfin');
    expect(executor.code).toBe(1);
    expect(executor.err).toMatch(/'chel-minfin' \(Министерство финансов Челябинской области\) не исполнитель поручения \(п\. 1\.2/);
    expect((await srok('postpone', '--request', 'NOSUCHID', '--to', '2019-12-01', '--reason', 'x')).code).toBe(1);
  });

  it('srok cancel with a reason, then srok show prints the parts, the next steps and the history; --json gives the report', async () => {
    expect((await srok('cancel', '--protocol', '4/2019', '--item', '2.2', '--executor', 'khmao-kogalym', '--reason', 'ошибочно включён')).code).toBe(0);
    const shown = await srok('show', '4/2019', 'п.2.2');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/khmao-kogalym\s+Администрация города Когалыма — снято с контроля 2019-11-12 12:00, cli:ivanova \(«ошибочно включён»\)/);
    expect(shown.out).toMatch(/Исполнители \(22\):/);
    expect(shown.out).toMatch(/История:\n {2}2019-11-12 12:00 {2}test {2}импорт \S+\n {2}2019-11-12 12:00 {2}cli:ivanova {2}снято с контроля: п\. 2\.2 khmao-kogalym «ошибочно включён»/);
    const json = JSON.parse((await srok('show', '4/2019', 'п.2.2', '--json')).out) as { parts: unknown[]; history: unknown[]; pending: unknown[] };
    expect(json.parts).toHaveLength(22);
    expect(json.history).toHaveLength(2);
  });

  it('srok postpone --request --refuse decides a request and mails the answer at once to the executor who asked', async () => {
    const { request } = await requestPostponement(pipeline.runtime.deps, { protocolKey: key000, item: '3.2', part: 'khmao-nyagan', occurrence: null, to: '2019-11-29', reason: null, requestedBy: 'link:office@nyagan.hmao.example' });
    const r = await srok('postpone', '--request', request.id, '--refuse', '--reason', 'срок установлен протоколом');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`запрос ${request.id} (Администрация города Нягани, п. 3.2) отклонён; срок остаётся прежним\nответ отправлен: office@nyagan.hmao.example\n`);
    const files = (await readdir(outbox)).filter((name) => name.includes(`answer-${request.id}`));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(await readFile(path.join(outbox, files[0] as string)));
    expect(mail.subject).toBe(`Протокол № 4/2019 от 30.10.2019, п. 3.2 — ответ на запрос на перенос срока ${request.id}: отказано`);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('office@nyagan.hmao.example');
    expect(mail.text).toContain('Срок остаётся: 07.11.2019\nРешение принято 12.11.2019 12:00, командой srok, пользователь ivanova.');
  });

  it('answers --help for done, postpone, cancel and show with the usage line and the reference forms', async () => {
    for (const command of ['done', 'postpone', 'cancel', 'show']) {
      const r = await srok(command, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Запуск: srok ${command} \\[параметры\\] \\[ref\\.\\.\\.\\]`));
      expect(r.out).toContain('4/2019 от 30.10.2019 п.1.2');
    }
  });
});
