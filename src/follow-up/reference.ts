import { countOf, STORED_PROTOCOLS } from '../mail/plural.js';
import { isIsoDate } from '../calendar/index.js';
import type { SrokConfig } from '../config/types.js';
import type { Assignment, IsoDate, ProtocolHeader } from '../domain.js';
import { ruDate } from '../plan/subject.js';
import { assignmentEntries, type Routings } from '../records/routing.js';
import type { Store, StoredProtocol } from '../store/index.js';
import { FollowUpError } from './follow-up-error.js';
import { isRecurring, occurrenceNamed, type OccurrenceInfo } from './occurrence-list.js';
import { partsNamed, partsOf, type AssignmentPart } from './parts.js';

/**
 * References: how an operator (or a link, or the HTTP API) names what a follow-up
 * concerns — an assignment, and within it perhaps one executor's part and one
 * occurrence — and how that is found in the store.
 *
 * Written as people write it: «4/2019 п.1.2», «№ 4/2019 п. 1.2», «4/2019 1.2»,
 * «4/2019 от 30.10.2019 п.1.2»; an unnumbered protocol by its date, «от 26.11.2020 п.2»;
 * or with options: --protocol <number or key> --item <item> [--date <protocol date>].
 */
export interface Reference {
  /** The protocol's number as written («4/2019») or its key; null when only its date is given. */
  protocol: string | null;
  /** The protocol's date, which tells apart two acts with one number (and names an unnumbered one). */
  date: IsoDate | null;
  item: string;
  /** A directory id, a group id, a name, or a part key; null: every part. */
  executor: string | null;
  /** An occurrence key ('2021-03'); null: every occurrence. */
  occurrence: string | null;
}

/** The item at the end of a reference: «п.1.2», «п. 3.2.1», «пункт 5», or the bare number. */
const ITEM_AT_END = /(^|\s)(?:(?:п|пп|пункт[а-я]*)\.?\s*)?(\d+(?:\.[0-9a-zа-яё]+)*)\.?\s*$/iu;
const DATE = /(?:^|\s)(?:от\s+)?(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?:\s*г(?:ода|\.)?)?(?=\s|$)/iu;

/** A written reference → its parts; what cannot be read is a bad-request error that shows the forms understood. */
export function parseReference(text: string, extra: { executor?: string | null; occurrence?: string | null } = {}): Reference {
  const written = text.replace(/\s+/gu, ' ').trim();
  const item = ITEM_AT_END.exec(written);
  // «4/2019 от 30.10.2019» ends in a date, not an item.
  if (!item || /(?:^|\s)от\s*$/iu.test(written.slice(0, item.index + (item[1]?.length ?? 0)))) {
    throw new FollowUpError('bad-request', `ссылка '${written}' не прочитана: назовите протокол и пункт, например '4/2019 п.1.2', '№ 4/2019 от 30.10.2019 п. 1.2' или 'от 26.11.2020 п.2'`);
  }
  let rest = written.slice(0, item.index).trim();
  let date: IsoDate | null = null;
  const dated = DATE.exec(rest);
  if (dated?.[1]) {
    date = parseDay(dated[1], 'дата протокола');
    rest = `${rest.slice(0, dated.index)} ${rest.slice(dated.index + dated[0].length)}`;
  }
  const protocol = rest
    .replace(/^\s*протокол[а-я]*\s*/iu, '')
    .replace(/№/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (protocol === '' && date === null) {
    throw new FollowUpError('bad-request', `в ссылке '${written}' нет протокола; напишите его номер перед пунктом, например '4/2019 п.${item[2]}', а для протокола без номера — дату, например 'от 26.11.2020 п.${item[2]}'`);
  }
  return { protocol: protocol === '' ? null : protocol, date, item: item[2] ?? '', executor: extra.executor ?? null, occurrence: extra.occurrence ?? null };
}

export interface ReferenceOptions {
  protocol?: string;
  item?: string;
  date?: string;
  executor?: string;
  occurrence?: string;
}

/** A reference from a written REF or from --protocol/--item/--date; --executor and --occurrence apply to either. */
export function referenceOf(written: string | null, options: ReferenceOptions): Reference {
  const extra = { executor: options.executor ?? null, occurrence: options.occurrence ?? null };
  const hasRef = written !== null && written.trim() !== '';
  const hasOptions = options.protocol !== undefined || options.item !== undefined;
  if (hasRef && (hasOptions || options.date !== undefined)) {
    throw new FollowUpError('bad-request', 'назовите поручение либо ссылкой (4/2019 п.1.2), либо через --protocol и --item, но не обоими способами сразу');
  }
  if (hasRef) return parseReference(written, extra);
  if (options.item === undefined || (options.protocol === undefined && options.date === undefined)) {
    throw new FollowUpError('bad-request', "назовите поручение: ссылкой, например '4/2019 п.1.2', или --protocol <номер или ключ> --item <пункт> [--date <дата протокола>]");
  }
  const item = options.item.trim().replace(/^(?:п|пункт)\.?\s*/iu, '').replace(/\.$/u, '');
  if (!/^\d+(?:\.[0-9a-zа-яё]+)*$/iu.test(item)) throw new FollowUpError('bad-request', `--item '${options.item}' — не номер пункта; напишите его как в протоколе, например 1.2`);
  const protocol = options.protocol?.replace(/№/gu, ' ').replace(/\s+/gu, ' ').trim() ?? null;
  return {
    protocol: protocol === '' ? null : protocol,
    date: options.date !== undefined ? parseDay(options.date, '--date') : null,
    item,
    ...extra,
  };
}

/** 'YYYY-MM-DD' or 'DD.MM.YYYY' → 'YYYY-MM-DD'; anything else is a bad request naming `what`. */
export function parseDay(text: string, what: string): IsoDate {
  const trimmed = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(trimmed);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : trimmed;
  if (!isIsoDate(iso)) throw new FollowUpError('bad-request', `${what} '${text}' — не дата; напишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2019-12-10`);
  return iso;
}

/** The assignment a reference names, with its stored protocol. */
export interface ResolvedAssignment {
  protocolKey: string;
  stored: StoredProtocol;
  assignment: Assignment;
  /** «п. 1.2 протокола № 4/2019 от 30.10.2019», for messages. */
  what: string;
}

/** What a follow-up applies to: the assignment, its parts and occurrence as named. */
export interface Target extends ResolvedAssignment {
  /** Every part of the assignment. */
  parts: AssignmentPart[];
  /** The parts named with --executor; null: the whole assignment. */
  named: AssignmentPart[] | null;
  /** The occurrence named (recurring assignments only); null: every occurrence. */
  occurrence: OccurrenceInfo | null;
}

/** Protocol keys are ASCII slugs (src/plan/protocol-key.ts); a number has a '/' or Cyrillic. */
const KEY = /^[a-z0-9][a-z0-9-]*$/u;

export async function resolveAssignment(store: Store, ref: Reference): Promise<ResolvedAssignment> {
  const key = await findProtocolKey(store, ref);
  const stored = await store.getProtocol(key);
  if (!stored) throw new FollowUpError('not-found', `протокол ${key} не хранится (только что удалён?)`);
  const act = actName(stored.doc.protocol);
  const item = ref.item;
  const assignment = stored.doc.assignments.find((a) => a.item === item);
  if (!assignment) {
    const outline = stored.doc.items.find((i) => i.item === item);
    const assignments = stored.doc.assignments.map((a) => a.item).filter((i): i is string => i !== null);
    const listed = assignments.length > 0 ? `поручения в нём: ${assignments.join(', ')}` : 'поручений в нём нет';
    if (outline) throw new FollowUpError('not-found', `п. ${item} ${actGenitive(stored.doc.protocol)} — не поручение (${outline.kind}): контролировать нечего; ${listed}`);
    throw new FollowUpError('not-found', `в документе «${act}» нет п. ${item}; ${listed}`);
  }
  return { protocolKey: key, stored, assignment, what: `п. ${item} ${actGenitive(stored.doc.protocol)}` };
}

export async function resolveTarget(deps: { store: Store; routings: Routings }, config: SrokConfig, ref: Reference, today: IsoDate): Promise<Target> {
  const resolved = await resolveAssignment(deps.store, ref);
  // The parts as the plan routes them: from the routing kept with the protocol.
  const routing = await deps.routings.routingOf(resolved.stored);
  const parts = partsOf(resolved.assignment, config, assignmentEntries(routing, resolved.stored.doc, resolved.assignment));
  const named = ref.executor !== null ? partsNamed(ref.executor, parts, config, resolved.what) : null;
  const occurrence = occurrenceNamed(resolved.stored.doc, resolved.assignment, ref.occurrence, today, resolved.what);
  return { ...resolved, parts, named, occurrence };
}

async function findProtocolKey(store: Store, ref: Reference): Promise<string> {
  if (ref.protocol !== null && KEY.test(ref.protocol) && (await store.getProtocol(ref.protocol)) !== null) return ref.protocol;
  let keys: string[];
  if (ref.protocol !== null) {
    keys = await store.findProtocol({ number: ref.protocol, date: ref.date });
  } else {
    // An unnumbered act is named by its date.
    keys = (await store.listProtocols()).filter((p) => p.date === ref.date).map((p) => p.key);
  }
  const named = [ref.protocol !== null ? `№ ${ref.protocol}` : null, ref.date !== null ? `от ${ruDate(ref.date)}` : null].filter(Boolean).join(' ');
  if (keys.length === 0) {
    throw new FollowUpError('not-found', `протокол ${named} не хранится; сначала импортируйте его (srok import <файл>) или проверьте номер и дату`);
  }
  if (keys.length > 1) {
    const candidates = await Promise.all(keys.map(async (key) => {
      const stored = await store.getProtocol(key);
      return stored ? `  ${actName(stored.doc.protocol)}, ${stored.doc.protocol.body ?? 'орган не указан'} (ключ ${key})` : `  ключ ${key}`;
    }));
    const hint = ref.date === null ? "добавьте дату протокола ('4/2019 от 30.10.2019 п.1.2' или --date)" : 'назовите протокол его ключом (--protocol <ключ>)';
    throw new FollowUpError('bad-request', `протокол ${named} неоднозначен: подходят ${countOf(keys.length, STORED_PROTOCOLS)}; ${hint}:\n${candidates.join('\n')}`);
  }
  return keys[0]!;
}

/** «протокол № 4/2019 от 30.10.2019», «протокол от 26.11.2020». */
/** «протокола № 4/2019 от 30.10.2019»: after «п. 1.2». */
export function actGenitive(header: ProtocolHeader): string {
  const kind = header.kind === 'letter' ? 'письма' : header.kind === 'protocol' ? 'протокола' : 'документа';
  return [kind, header.number !== null ? `№ ${header.number}` : null, header.date !== null ? `от ${ruDate(header.date)}` : null].filter(Boolean).join(' ');
}

export function actName(header: ProtocolHeader): string {
  const kind = header.kind === 'letter' ? 'письмо' : header.kind === 'protocol' ? 'протокол' : 'документ';
  return [kind, header.number !== null ? `№ ${header.number}` : null, header.date !== null ? `от ${ruDate(header.date)}` : null].filter(Boolean).join(' ');
}

/** Whether postponing needs an occurrence named: a recurring assignment moves one period at a time. */
export function needsOccurrence(target: Target): boolean {
  return isRecurring(target.assignment) && target.occurrence === null;
}
