import type { IsoDate, ProtocolHeader } from '../domain.js';

/**
 * Mail subjects, in Russian. Every mail about one assignment starts with the same
 * root («Протокол № 4/2019 от 30.10.2019, п. 1.2»), so a recipient sees them as one
 * thread and can search for them; what the mail is about follows « — ».
 */

const ACT: Record<ProtocolHeader['kind'], string> = {
  protocol: 'Протокол',
  letter: 'Письмо',
  order: 'Приказ',
  resolution: 'Постановление',
  plan: 'План',
  other: 'Документ',
};

export function subjectRoot(protocol: ProtocolHeader, item: string | null): string {
  let root = ACT[protocol.kind];
  if (protocol.number !== null) root += ` № ${protocol.number}`;
  if (protocol.date !== null) root += ` от ${ruDate(protocol.date)}`;
  return item !== null ? `${root}, п. ${item}` : root;
}

/** '2019-11-25' → '25.11.2019', the way dates are written in Russian official mail. */
export function ruDate(day: IsoDate): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

/** «срок 25.11.2019», «срок 27.04.2010 17:00», with the reported period of a recurring assignment. */
export function deadlinePhrase(deadline: IsoDate, time: string | null, period: string | null): string {
  const due = `срок ${ruDate(deadline)}${time !== null ? ` ${time}` : ''}`;
  return period !== null ? `${period}, ${due}` : due;
}

export const SUBJECT = {
  reminder: (root: string, due: string) => `${root} — напоминание: ${due}`,
  overdue: (root: string, due: string) => `${root} — просрочено: ${due}`,
  escalation: (root: string, due: string) => `${root} — не исполнено в срок: ${due}`,
  summary: (root: string, due: string) => `${root} — сводка исполнения: ${due}`,
  status: (root: string) => `${root} — запрос информации о ходе исполнения`,
  operator: (root: string, phrase: string) => `${root} — срок не распознан («${phrase}»), укажите срок`,
} as const;
