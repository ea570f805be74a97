import type { ConfigProblem, YamlPath } from './config-problem.js';
import { didYouMean, unknownIdMessage } from './did-you-mean.js';
import { DIRECTORY_ID, type DirectoryEntry, type LadderPatch, type LaddersConfig, type Settings } from './schema.js';

/** Problems found by comparing the files, each placed in the file that has to change. */
export interface ReferenceProblems {
  settings: ConfigProblem[];
  ladders: ConfigProblem[];
  directory: ConfigProblem[];
}

/**
 * What no single file can check: ladder references to directory ids, send times inside
 * the office hours of srok.yaml, and addresses that `mail.allowDomains` would refuse.
 */
export function checkReferences(settings: Settings, ladders: LaddersConfig, entries: readonly DirectoryEntry[]): ReferenceProblems {
  const ids = new Set(entries.map((entry) => entry.id));
  const unknown = (id: string): string => unknownIdMessage(id, ids);
  const result: ReferenceProblems = { settings: [], ladders: [], directory: [] };

  const hours = settings.officeHours;
  const checkTime = (path: YamlPath, time: string | undefined): ConfigProblem[] =>
    time === undefined || (time >= hours.start && time < hours.end)
      ? []
      : [{ path, message: `'${time}' — вне рабочего времени ${hours.start}–${hours.end} из srok.yaml; выберите время не раньше ${hours.start} и раньше ${hours.end}` }];

  const checkPatch = (path: YamlPath, patch: LadderPatch): ConfigProblem[] => [
    ...checkTime([...path, 'sendAt'], patch.sendAt),
    ...(patch.escalate ?? []).flatMap((level, index) =>
      level.to.startsWith('@') && !ids.has(level.to.slice(1))
        ? [{ path: [...path, 'escalate', index, 'to'], message: unknown(level.to.slice(1)) }]
        : [],
    ),
  ];

  result.ladders.push(
    ...checkPatch(['default'], ladders.default),
    ...checkPatch(['kinds', 'optional'], ladders.kinds.optional),
    ...checkPatch(['kinds', 'recommendation'], ladders.kinds.recommendation),
    ...checkPatch(['kinds', 'daily'], ladders.kinds.daily),
  );
  ladders.issuers.forEach((issuer, index) => {
    // A match written like an id (latin, no spaces) is an id: a typo there would silently match nothing.
    if (DIRECTORY_ID.test(issuer.match) && !ids.has(issuer.match)) {
      result.ladders.push({
        path: ['issuers', index, 'match'],
        message: `'${issuer.match}' похоже на id записи справочника, но такой записи нет${didYouMean(issuer.match, ids)}; исправьте id или напишите часть названия издавшего органа, например 'Комиссия по цифровому развитию'`,
      });
    }
    if (issuer.controller !== undefined && !ids.has(issuer.controller)) {
      result.ladders.push({ path: ['issuers', index, 'controller'], message: unknown(issuer.controller) });
    }
    result.ladders.push(...checkPatch(['issuers', index, 'ladder'], issuer.ladder));
  });
  ladders.executors.forEach((executor, index) => {
    if (!ids.has(executor.ref)) result.ladders.push({ path: ['executors', index, 'ref'], message: unknown(executor.ref) });
    result.ladders.push(...checkPatch(['executors', index, 'ladder'], executor.ladder));
  });

  if (settings.mail.digest.mode !== 'separate' || settings.mail.digest.recipients.some((r) => r.mode !== 'separate')) result.settings.push(...checkTime(['mail', 'digest', 'at'], settings.mail.digest.at));

  const allowed = settings.mail.allowDomains;
  if (allowed.length > 0) {
    const refused = (email: string): boolean => !allowed.includes(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
    const because = `его домена нет в mail.allowDomains из srok.yaml (${allowed.join(', ')}); добавьте туда домен или исправьте адрес`;
    if (refused(settings.operator.email)) {
      result.settings.push({ path: ['operator', 'email'], message: `на '${settings.operator.email}' не уйдёт ни одно письмо: ${because}` });
    }
    entries.forEach((entry, index) =>
      entry.emails.forEach((email, emailIndex) => {
        if (refused(email)) result.directory.push({ path: ['entries', index, 'emails', emailIndex], message: `на '${email}' не уйдёт ни одно письмо: ${because}` });
      }),
    );
  }
  return result;
}
