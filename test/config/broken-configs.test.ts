import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatYamlPath } from '../../src/config/config-problem.js';
import { maxRepeats } from '../../src/config/schema.js';
import { problemsOfIssues } from '../../src/config/zod-problems.js';
import { formatConfigErrors } from '../../src/config/format-config-errors.js';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError, ConfigErrors } from '../../src/errors.js';

const FIXTURES = 'test/fixtures/config';

/** The ConfigErrors a fixture folder is refused with; fails the test when it loads. */
function refusal(folder: string): ConfigErrors {
  try {
    loadConfig(`${FIXTURES}/${folder}`);
  } catch (error) {
    if (error instanceof ConfigErrors) return error;
    throw error;
  }
  throw new Error(`${folder} loaded, but it should have been refused`);
}

const messages = (folder: string): string[] => refusal(folder).errors.map((error) => error.message);

describe('a broken config is refused with the file, line, YAML path and fix of each problem', () => {
  it('reads a ladder step in words as no span, and says how to write it', () => {
    const [error, ...rest] = refusal('bad-span').errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: `${FIXTURES}/bad-span/ladders.yaml`,
      path: 'default.before[2]',
      line: 5,
      reason: "'3 рабочих дня' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы)",
    });
    expect(error?.message).toBe(
      `${FIXTURES}/bad-span/ladders.yaml:5: default.before[2]: '3 рабочих дня' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы)`,
    );
  });

  it('points a YAML syntax error at the line where the unclosed quote opens', () => {
    expect(messages('yaml-syntax')).toEqual([
      `${FIXTURES}/yaml-syntax/srok.yaml:5: ошибка синтаксиса YAML в столбце 10: кавычка " открывает текст, но нигде не закрыта; допишите закрывающую "`,
    ]);
  });

  it('names an unknown key and the key that was probably meant, or the keys allowed', () => {
    expect(messages('unknown-keys')).toEqual([
      `${FIXTURES}/unknown-keys/srok.yaml:6: colour: неизвестный ключ 'colour'; допустимые ключи здесь: 'timezone', 'officeHours', 'operator', 'calendar', 'mail', 'redis', 'inbox', 'schedule', 'http', 'reports', 'import', 'input'`,
      `${FIXTURES}/unknown-keys/ladders.yaml:1: default.before: ключ не задан; добавьте 'before:' со значением: список`,
      `${FIXTURES}/unknown-keys/ladders.yaml:2: default.befor: неизвестный ключ 'befor'; возможно, имелось в виду 'before'`,
    ]);
  });

  it('checks time zone, office hours, addresses, times of day and choices', () => {
    expect(messages('bad-settings')).toEqual([
      `${FIXTURES}/bad-settings/srok.yaml:1: timezone: 'Asia/Yekaterinberg' — не часовой пояс IANA; напишите, например, 'Asia/Yekaterinburg' (ХМАО, Челябинск) или 'Europe/Moscow'`,
      `${FIXTURES}/bad-settings/srok.yaml:4: officeHours.end: '09:00' не позже начала '18:00'; рабочий день заканчивается после того, как начался, например start: '09:00', end: '18:00'`,
      `${FIXTURES}/bad-settings/srok.yaml:5: operator.email: 'operator-at-srok.example' — не адрес электронной почты; напишите его как 'name@example.org'`,
      `${FIXTURES}/bad-settings/srok.yaml:9: mail.transport: 'smpt' — недопустимое значение; допустимые значения: 'outbox', 'smtp'; возможно, имелось в виду 'smtp'`,
      `${FIXTURES}/bad-settings/srok.yaml:10: mail.smtp.threads: 8 — слишком большое значение; допустимо не больше 5`,
      `${FIXTURES}/bad-settings/ladders.yaml:7: default.sendAt: '8:30' — не время суток; напишите его как 'ЧЧ:ММ', например '09:00'`,
      `${FIXTURES}/bad-settings/ladders.yaml:8: default.moveDeadline: 'nxt' — недопустимое значение; допустимые значения: 'next', 'previous'; возможно, имелось в виду 'next'`,
    ]);
  });

  it('explains a bad overdue span, a misspelt escalation target and a missing kind', () => {
    expect(messages('bad-targets')).toEqual([
      `${FIXTURES}/bad-targets/ladders.yaml:3: default.overdue: 'через день' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы); или напишите false, если этот шаг не нужен`,
      `${FIXTURES}/bad-targets/ladders.yaml:5: default.escalate[0].to: 'controler' — не адресат эскалации; допустимые значения: 'controller', 'controller-head', 'executor-head' или '@id-записи-справочника'; возможно, имелось в виду 'controller'`,
      `${FIXTURES}/bad-targets/ladders.yaml:8: kinds.optional: ключ не задан; добавьте 'optional:' со значением: набор ключей`,
    ]);
  });

  it('checks every id the directory and the ladders refer to, and the shape of groups', () => {
    expect(messages('bad-references')).toEqual([
      `${FIXTURES}/bad-references/ladders.yaml:16: issuers[0].controller: в справочнике нет записи с id 'chel-mininfrom'; возможно, имелось в виду 'chel-mininform'`,
      `${FIXTURES}/bad-references/ladders.yaml:18: executors[0].ref: в справочнике нет записи с id 'chel-ugs'; добавьте её в directory.yaml или исправьте id`,
      `${FIXTURES}/bad-references/directory.yaml:6: entries[0].head: в справочнике нет записи с id 'chel-first-deputy'; добавьте её в directory.yaml или исправьте id`,
      `${FIXTURES}/bad-references/directory.yaml:10: entries[1].emails: у группы 'chel-oiv' есть адреса, но группе пишут через её участников, каждому — его часть поручения; перенесите адреса в записи участников`,
      `${FIXTURES}/bad-references/directory.yaml:11: entries[1].members[1]: в справочнике нет записи с id 'chel-minzdrav'; добавьте её в directory.yaml или исправьте id`,
      `${FIXTURES}/bad-references/directory.yaml:11: entries[1].members[2]: группа 'chel-oiv' входит сама в себя: chel-oiv → chel-regions → chel-oiv; уберите одно из звеньев цепочки`,
      `${FIXTURES}/bad-references/directory.yaml:15: entries[2].members: участники (members) бывают только у группы, а 'chel-minfin' — орган (kind: body); напишите kind: group или уберите 'members'`,
      `${FIXTURES}/bad-references/directory.yaml:20: entries[4].id: id 'chel-minfin' уже занят записью entries[2]; id не должны повторяться`,
    ]);
  });

  it('checks what only the files together tell: send times in office hours, ids in ladders, allowed domains', () => {
    expect(messages('cross-file')).toEqual([
      `${FIXTURES}/cross-file/srok.yaml:3: operator.email: на 'operator@srok.example' не уйдёт ни одно письмо: его домена нет в mail.allowDomains из srok.yaml (gov74.example); добавьте туда домен или исправьте адрес`,
      `${FIXTURES}/cross-file/srok.yaml:8: mail.digest.at: '20:00' — вне рабочего времени 09:00–18:00 из srok.yaml; выберите время не раньше 09:00 и раньше 18:00`,
      `${FIXTURES}/cross-file/ladders.yaml:6: default.escalate[1].to: в справочнике нет записи с id 'chel-governor'; добавьте её в directory.yaml или исправьте id`,
      `${FIXTURES}/cross-file/ladders.yaml:8: default.sendAt: '08:30' — вне рабочего времени 09:00–18:00 из srok.yaml; выберите время не раньше 09:00 и раньше 18:00`,
      `${FIXTURES}/cross-file/ladders.yaml:16: issuers[0].match: 'chel-digital-commission' похоже на id записи справочника, но такой записи нет; исправьте id или напишите часть названия издавшего органа, например 'Комиссия по цифровому развитию'`,
      `${FIXTURES}/cross-file/ladders.yaml:19: issuers[0].ladder.sendAt: '18:00' — вне рабочего времени 09:00–18:00 из srok.yaml; выберите время не раньше 09:00 и раньше 18:00`,
    ]);
  });

  it('says which file of the tree is missing, and what an empty file needs', () => {
    expect(messages('missing-file')).toEqual([
      `${FIXTURES}/missing-file/directory.yaml: файла нет; в папке конфигурации нужны srok.yaml, ladders.yaml, directory.yaml (скопируйте их из папки config/ в поставке srok)`,
    ]);
    expect(messages('empty-file')).toEqual([
      `${FIXTURES}/empty-file/ladders.yaml: файл пуст; в нём нужны ключи 'default', 'kinds', 'issuers', 'executors'`,
    ]);
  });

  it('reports a config folder that is not there as its three missing files', () => {
    const errors = refusal('no-such-folder').errors;
    expect(errors.map((error) => error.file)).toEqual([
      `${FIXTURES}/no-such-folder/srok.yaml`,
      `${FIXTURES}/no-such-folder/ladders.yaml`,
      `${FIXTURES}/no-such-folder/directory.yaml`,
    ]);
  });

  it('reports a calendar folder that is not there among the config errors', () => {
    const errors = refusal('no-calendar').errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(`${FIXTURES}/no-calendar/calendar`);
  });

});

describe('formatConfigErrors', () => {
  it('prints a count and one file:line line per problem, in file and line order', () => {
    expect(formatConfigErrors(refusal('bad-targets'))).toBe(
      [
        'srok не может запуститься: в конфигурации найдены 3 ошибки.',
        `  ${FIXTURES}/bad-targets/ladders.yaml:3: default.overdue: 'через день' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы); или напишите false, если этот шаг не нужен`,
        `  ${FIXTURES}/bad-targets/ladders.yaml:5: default.escalate[0].to: 'controler' — не адресат эскалации; допустимые значения: 'controller', 'controller-head', 'executor-head' или '@id-записи-справочника'; возможно, имелось в виду 'controller'`,
        `  ${FIXTURES}/bad-targets/ladders.yaml:8: kinds.optional: ключ не задан; добавьте 'optional:' со значением: набор ключей`,
      ].join('\n'),
    );
  });

  it('agrees the count with its noun: one problem, five problems', () => {
    const one = new ConfigErrors([new ConfigError('config/srok.yaml', 'timezone', 'плохо', 1)]);
    expect(formatConfigErrors(one).split('\n')[0]).toBe('srok не может запуститься: в конфигурации найдена 1 ошибка.');
    const five = new ConfigErrors(Array.from({ length: 5 }, (_, i) => new ConfigError('config/srok.yaml', 'timezone', 'плохо', i + 1)));
    expect(formatConfigErrors(five).split('\n')[0]).toBe('srok не может запуститься: в конфигурации найдено 5 ошибок.');
  });

  it('keeps the files in the order they were reported and runs down each by line', () => {
    const errors = new ConfigErrors([
      new ConfigError('config/ladders.yaml', 'default.sendAt', 'late', 9),
      new ConfigError('config/directory.yaml', 'entries[3].head', 'unknown', 20),
      new ConfigError('config/ladders.yaml', 'default.before[0]', 'bad', 3),
      new ConfigError('config/directory.yaml', '', 'missing', null),
    ]);
    expect(formatConfigErrors(errors).split('\n')).toEqual([
      'srok не может запуститься: в конфигурации найдены 4 ошибки.',
      '  config/ladders.yaml:3: default.before[0]: bad',
      '  config/ladders.yaml:9: default.sendAt: late',
      '  config/directory.yaml: missing',
      '  config/directory.yaml:20: entries[3].head: unknown',
    ]);
  });


});

describe('problemsOfIssues', () => {
  const schema = z.strictObject({
    name: z.string().min(1),
    count: z.number().int().min(1).max(10),
    list: z.array(z.string()).min(2),
    nested: z.strictObject({ on: z.boolean() }),
    mode: z.enum(['protocol', 'daily', 'separate']),
    repeats: maxRepeats,
  });
  const problems = (data: unknown): string[] => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    return problemsOfIssues(result.error?.issues ?? [], schema, data).map((p) => `${formatYamlPath(p.path)}: ${p.message}`);
  };

  it('says in Russian what was written instead of what, and what is allowed', () => {
    expect(problems({ name: 5, count: 20, list: [], nested: null, mode: 'dayly', repeats: 'always' })).toEqual([
      'name: здесь ожидается текст, а написано: число 5',
      'count: 20 — слишком большое значение; допустимо не больше 10',
      'list: список пуст; напишите в нём хотя бы 2 элемента',
      "nested: у ключа 'nested' нет значения; напишите набор ключей",
      "mode: 'dayly' — недопустимое значение; допустимые значения: 'protocol', 'daily', 'separate'; возможно, имелось в виду 'daily'",
      "repeats: 'always' здесь не подходит; напишите число или 'forever'",
    ]);
  });

  it('names an empty text, a number too small, a list written as a map, and a missing key', () => {
    expect(problems({ name: '', count: 0, list: { a: 1 }, nested: { on: 'yes' }, mode: 'daily', repeats: 3 })).toEqual([
      'name: пустой текст; напишите значение',
      'count: 0 — слишком маленькое значение; допустимо не меньше 1',
      'list: здесь ожидается список, а написано: набор ключей',
      "nested.on: здесь ожидается true или false, а написано: текст 'yes'",
    ]);
    expect(problems({ name: 'x', count: 1, list: ['a', 'b'], nested: { on: true, off: false }, mode: 'daily' })).toEqual([
      "nested.off: неизвестный ключ 'off'; допустимые ключи здесь: 'on'",
      "repeats: ключ не задан; добавьте 'repeats:' со значением: число или 'forever'",
    ]);
  });
});
