import { describe, expect, it } from 'vitest';
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
      reason: "'3 рабочих дня' is not a span; write a number and a unit: '3wd' (working days), '5d' (days), '2w' (weeks), '1m' (months)",
    });
    expect(error?.message).toBe(
      `${FIXTURES}/bad-span/ladders.yaml:5: default.before[2]: '3 рабочих дня' is not a span; write a number and a unit: '3wd' (working days), '5d' (days), '2w' (weeks), '1m' (months)`,
    );
  });

  it('points a YAML syntax error at the line where the unclosed quote opens', () => {
    expect(messages('yaml-syntax')).toEqual([
      `${FIXTURES}/yaml-syntax/srok.yaml:5: YAML syntax error at column 10: this " opens a quoted text that is never closed; add the closing "`,
    ]);
  });

  it('names an unknown key and the key that was probably meant, or the keys allowed', () => {
    expect(messages('unknown-keys')).toEqual([
      `${FIXTURES}/unknown-keys/srok.yaml:6: colour: unknown key 'colour'; the keys here are 'timezone', 'officeHours', 'operator', 'calendar', 'mail', 'redis', 'inbox', 'schedule', 'http', 'reports', 'import', 'input'`,
      `${FIXTURES}/unknown-keys/ladders.yaml:1: default.before: missing; add 'before:' with a list`,
      `${FIXTURES}/unknown-keys/ladders.yaml:2: default.befor: unknown key 'befor'; did you mean 'before'?`,
    ]);
  });

  it('checks time zone, office hours, addresses, times of day and choices', () => {
    expect(messages('bad-settings')).toEqual([
      `${FIXTURES}/bad-settings/srok.yaml:1: timezone: 'Asia/Yekaterinberg' is not an IANA time zone; write e.g. 'Asia/Yekaterinburg' (KhMAO, Chelyabinsk) or 'Europe/Moscow'`,
      `${FIXTURES}/bad-settings/srok.yaml:4: officeHours.end: '09:00' is not after the start '18:00'; office hours end after they start, e.g. start: '09:00', end: '18:00'`,
      `${FIXTURES}/bad-settings/srok.yaml:5: operator.email: 'operator-at-srok.example' is not an e-mail address; write it as 'name@example.org'`,
      `${FIXTURES}/bad-settings/srok.yaml:9: mail.transport: 'smpt' is not one of 'outbox', 'smtp'; did you mean 'smtp'?`,
      `${FIXTURES}/bad-settings/ladders.yaml:7: default.sendAt: '8:30' is not a time of day; write it as 'HH:MM', e.g. '09:00'`,
      `${FIXTURES}/bad-settings/ladders.yaml:8: default.moveDeadline: 'nxt' is not one of 'next', 'previous'; did you mean 'next'?`,
    ]);
  });

  it('explains a bad overdue span, a misspelt escalation target and a missing kind', () => {
    expect(messages('bad-targets')).toEqual([
      `${FIXTURES}/bad-targets/ladders.yaml:3: default.overdue: 'через день' is not a span; write a number and a unit: '3wd' (working days), '5d' (days), '2w' (weeks), '1m' (months), or false for none`,
      `${FIXTURES}/bad-targets/ladders.yaml:5: default.escalate[0].to: 'controler' is not a target; write 'controller', 'controller-head', 'executor-head' or '@directory-id'; did you mean 'controller'?`,
      `${FIXTURES}/bad-targets/ladders.yaml:8: kinds.optional: missing; add 'optional:' with a map of keys`,
    ]);
  });

  it('checks every id the directory and the ladders refer to, and the shape of groups', () => {
    expect(messages('bad-references')).toEqual([
      `${FIXTURES}/bad-references/ladders.yaml:16: issuers[0].controller: no directory entry has id 'chel-mininfrom'; did you mean 'chel-mininform'?`,
      `${FIXTURES}/bad-references/ladders.yaml:18: executors[0].ref: no directory entry has id 'chel-ugs'; add it to directory.yaml or fix the id`,
      `${FIXTURES}/bad-references/directory.yaml:6: entries[0].head: no directory entry has id 'chel-first-deputy'; add it to directory.yaml or fix the id`,
      `${FIXTURES}/bad-references/directory.yaml:10: entries[1].emails: group 'chel-oiv' has addresses, but a group is mailed through its members, one part each; move the addresses to the member entries`,
      `${FIXTURES}/bad-references/directory.yaml:11: entries[1].members[1]: no directory entry has id 'chel-minzdrav'; add it to directory.yaml or fix the id`,
      `${FIXTURES}/bad-references/directory.yaml:11: entries[1].members[2]: group 'chel-oiv' contains itself: chel-oiv → chel-regions → chel-oiv; a group cannot contain itself`,
      `${FIXTURES}/bad-references/directory.yaml:15: entries[2].members: only a group has members, and 'chel-minfin' is a body; write kind: group or remove 'members'`,
      `${FIXTURES}/bad-references/directory.yaml:20: entries[4].id: id 'chel-minfin' is already used by entries[2]; ids must be unique`,
    ]);
  });

  it('checks what only the files together tell: send times in office hours, ids in ladders, allowed domains', () => {
    expect(messages('cross-file')).toEqual([
      `${FIXTURES}/cross-file/srok.yaml:3: operator.email: 'operator@srok.example' would get no mail: its domain is not in mail.allowDomains of srok.yaml (gov74.example); add the domain there or change the address`,
      `${FIXTURES}/cross-file/srok.yaml:8: mail.digest.at: '20:00' is outside the office hours 09:00–18:00 of srok.yaml; pick a time from 09:00 to before 18:00`,
      `${FIXTURES}/cross-file/ladders.yaml:6: default.escalate[1].to: no directory entry has id 'chel-governor'; add it to directory.yaml or fix the id`,
      `${FIXTURES}/cross-file/ladders.yaml:8: default.sendAt: '08:30' is outside the office hours 09:00–18:00 of srok.yaml; pick a time from 09:00 to before 18:00`,
      `${FIXTURES}/cross-file/ladders.yaml:16: issuers[0].match: 'chel-digital-commission' reads as a directory id, but no entry has it; fix the id, or write a phrase of the issuer's name, e.g. 'Комиссия по цифровому развитию'`,
      `${FIXTURES}/cross-file/ladders.yaml:19: issuers[0].ladder.sendAt: '18:00' is outside the office hours 09:00–18:00 of srok.yaml; pick a time from 09:00 to before 18:00`,
    ]);
  });

  it('says which file of the tree is missing, and what an empty file needs', () => {
    expect(messages('missing-file')).toEqual([
      `${FIXTURES}/missing-file/directory.yaml: the file is missing; the config folder needs srok.yaml, ladders.yaml, directory.yaml (copy them from the shipped config/)`,
    ]);
    expect(messages('empty-file')).toEqual([
      `${FIXTURES}/empty-file/ladders.yaml: the file is empty; it needs the keys 'default', 'kinds', 'issuers', 'executors'`,
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
        'srok cannot start: the config has 3 problems.',
        `  ${FIXTURES}/bad-targets/ladders.yaml:3: default.overdue: 'через день' is not a span; write a number and a unit: '3wd' (working days), '5d' (days), '2w' (weeks), '1m' (months), or false for none`,
        `  ${FIXTURES}/bad-targets/ladders.yaml:5: default.escalate[0].to: 'controler' is not a target; write 'controller', 'controller-head', 'executor-head' or '@directory-id'; did you mean 'controller'?`,
        `  ${FIXTURES}/bad-targets/ladders.yaml:8: kinds.optional: missing; add 'optional:' with a map of keys`,
      ].join('\n'),
    );
  });

  it('keeps the files in the order they were reported and runs down each by line', () => {
    const errors = new ConfigErrors([
      new ConfigError('config/ladders.yaml', 'default.sendAt', 'late', 9),
      new ConfigError('config/directory.yaml', 'entries[3].head', 'unknown', 20),
      new ConfigError('config/ladders.yaml', 'default.before[0]', 'bad', 3),
      new ConfigError('config/directory.yaml', '', 'missing', null),
    ]);
    expect(formatConfigErrors(errors).split('\n')).toEqual([
      'srok cannot start: the config has 4 problems.',
      '  config/ladders.yaml:3: default.before[0]: bad',
      '  config/ladders.yaml:9: default.sendAt: late',
      '  config/directory.yaml: missing',
      '  config/directory.yaml:20: entries[3].head: unknown',
    ]);
  });


});
