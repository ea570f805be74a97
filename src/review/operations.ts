import { countOf, TEXT_LINES, PROTOCOLS } from '../mail/plural.js';
import type { Clock } from '../clock.js';
import { isIsoDate } from '../calendar/index.js';
import { DIRECTORY_ID, type DirectoryEntry } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import { findDeadline, parseDeadline } from '../deadline/index.js';
import type { Assignment, Deadline, DeadlineContext, ItemKind, ItemOutline } from '../domain.js';
import type { Log } from '../log.js';
import { slugify } from '../records/slug.js';
import type { Rescheduler } from '../follow-up/rescheduler.js';
import type { Store } from '../store/index.js';
import type { StoredProtocol } from '../store/types.js';
import { assignmentFrom, correctionId, describeChange, KIND_WORDS, normText } from '../corrections/corrections.js';
import type { Correction, CorrectionChange } from '../corrections/types.js';

/**
 * The corrections an operator makes while reviewing — the same for `srok fix` and the
 * review page. Each is kept beside the parsed document (so a re-import keeps it), goes
 * into the history (who, when, before, after), and takes effect at once: a waiting
 * protocol's list of what needs a look is recounted, an approved one is re-planned.
 */
export interface ReviewDeps {
  store: Store;
  scheduler: Rescheduler;
  config: () => SrokConfig;
  clock: Clock;
  log: Log;
  /** After a directory entry was created: the process's directory takes it in. */
  refreshDirectory?: () => Promise<void>;
}

export class ReviewError extends Error {
  override readonly name = 'ReviewError';
  constructor(
    readonly kind: 'bad-request' | 'not-found',
    message: string,
  ) {
    super(message);
  }
}

/** Protocol keys are ASCII slugs; a number has a '/' or Cyrillic. */
const KEY = /^[a-z0-9][a-z0-9-]*$/u;

/** «2/2026», «№ 2/2026 от 10.03.2026», or a protocol key → the key; a Russian message when none or several match. */
export async function resolveProtocol(store: Store, written: string): Promise<string> {
  const text = written.replace(/\s+/gu, ' ').trim();
  if (KEY.test(text) && (await store.getProtocol(text)) !== null) return text;
  const dated = /(?:^|\s)(?:от\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г(?:ода|\.)?)?\s*$/iu.exec(text);
  const date = dated ? `${dated[3]}-${dated[2]!.padStart(2, '0')}-${dated[1]!.padStart(2, '0')}` : null;
  const number = (dated ? text.slice(0, dated.index) : text).replace(/^\s*протокол[а-я]*\s*/iu, '').replace(/№/gu, ' ').trim();
  if (number === '' && date === null) throw new ReviewError('bad-request', `не понятно, какой протокол: «${written}»; напишите его номер (2/2026), номер и дату («2/2026 от 10.03.2026») или ключ`);
  const keys =
    number !== ''
      ? await store.findProtocol({ number, date })
      : (await store.listProtocols()).filter((p) => p.date === date).map((p) => p.key);
  if (keys.length === 0) throw new ReviewError('not-found', `протокола «${text}» нет среди импортированных; импортируйте его (srok import <файл>) или проверьте номер и дату`);
  if (keys.length > 1) throw new ReviewError('bad-request', `протоколу «${text}» отвечают ${countOf(keys.length, PROTOCOLS)}: ${keys.join(', ')}; добавьте дату («${number} от ДД.ММ.ГГГГ») или укажите ключ`);
  return keys[0]!;
}

/** What a correction is made to: an item by number, or a line of the document. */
export interface FixTarget {
  item: string | null;
  line?: number;
}

export type FixRequest =
  /** Route the executor written as `phrase` (every unmatched one when null) to `entry`, or to a new entry. */
  | { what: 'executor'; entry: string | null; phrase?: string | null; remember?: boolean; create?: { name: string; emails: string[]; head?: string | null } }
  /** Russian text read by the deadline grammar, or a date (ДД.ММ.ГГГГ, ГГГГ-ММ-ДД). */
  | { what: 'deadline'; text: string }
  | { what: 'not-assignment' }
  /** Make an assignment from the target item, or from the line `line`. */
  | { what: 'assignment' }
  | { what: 'kind'; kind: string }
  | { what: 'recommendation'; value: boolean };

export interface FixResult {
  protocolKey: string;
  correction: Correction;
  /** Russian, for the operator. */
  message: string;
  /** A created entry, a remembered phrase. */
  entry: DirectoryEntry | null;
  remembered: string | null;
}

const KINDS: readonly ItemKind[] = ['assignment', 'noted', 'closes', 'controller', 'other'];

export async function fixProtocol(deps: ReviewDeps, key: string, target: FixTarget, request: FixRequest, actor: string): Promise<FixResult> {
  const { store } = deps;
  const stored = await store.getProtocol(key);
  if (!stored) throw new ReviewError('not-found', `протокола ${key} нет среди импортированных`);
  const now = deps.clock.now().toISOString();
  const where = await locate(store, stored, target, request.what === 'assignment');
  const assignment = stored.doc.assignments.find((a) => (where.item !== null ? a.item === where.item : a.line === where.line));
  const needAssignment = (): Assignment => {
    if (assignment) return assignment;
    throw new ReviewError('bad-request', `${where.label} — не поручение; сделайте его поручением (--assignment-at ${where.line}, или --kind assignment), затем исправьте`);
  };
  let change: CorrectionChange;
  let before: unknown;
  let entry: DirectoryEntry | null = null;
  let remembered: string | null = null;
  let rememberedPhrases: string[] = [];
  let config = deps.config();
  switch (request.what) {
    case 'executor': {
      const a = needAssignment();
      if (request.create) {
        entry = await createEntry(deps, request.create, actor);
        if (deps.refreshDirectory) await deps.refreshDirectory();
        config = deps.config();
      }
      const id = entry?.id ?? request.entry ?? '';
      const found = config.directory.get(id) ?? (await store.getEntries()).find((e) => e.id === id);
      if (!found) throw new ReviewError('bad-request', `в справочнике нет записи «${id}»; выберите запись (srok directory aliases покажет запомненные) или создайте новую`);
      const phrase = request.phrase?.trim() || null;
      const targets = a.executors.filter((e) => (phrase !== null ? normText(e.text) === normText(phrase) || normText(e.name) === normText(phrase) : e.ref === null));
      if (phrase !== null && targets.length === 0) {
        throw new ReviewError('bad-request', `в ${where.label} нет исполнителя «${phrase}»; исполнители: ${a.executors.map((e) => `«${e.text}»`).join(', ') || 'нет'}`);
      }
      before = a.executors.map((e) => ({ text: e.text, name: e.name, ref: e.ref }));
      change = { what: 'executor', phrase, ref: found.id, name: found.name };
      if (request.remember) {
        const phrases = targets.length > 0 ? targets.map((e) => e.text) : [];
        for (const p of phrases) await store.setAlias({ phrase: p, entry: found.id, by: actor, at: now });
        remembered = phrases[0] ?? null;
        rememberedPhrases = phrases;
      }
      break;
    }
    case 'deadline': {
      const a = needAssignment();
      before = a.deadline;
      change = { what: 'deadline', deadline: readDeadline(request.text, stored, config) };
      break;
    }
    case 'not-assignment':
      before = needAssignment().item ?? where.line;
      change = { what: 'not-assignment' };
      break;
    case 'assignment': {
      if (assignment) throw new ReviewError('bad-request', `${where.label} уже поручение`);
      const ctx = deadlineContext(stored, config);
      const deadline = findDeadline(where.text, ctx, { ask: true }) ?? { kind: 'none', text: '', date: null, time: null, rule: null, firstDue: null, relative: null };
      before = where.kind;
      change = { what: 'assignment', assignment: assignmentFrom({ item: where.item, line: where.line, text: where.text }, deadline) };
      break;
    }
    case 'kind': {
      const kind = request.kind as ItemKind;
      if (!KINDS.includes(kind)) throw new ReviewError('bad-request', `вид пункта «${request.kind}» не бывает; напишите один из: ${KINDS.map((k) => `${k} (${KIND_WORDS[k]})`).join(', ')}`);
      if (where.outline === null) throw new ReviewError('bad-request', `${where.label} — не пункт протокола; вид меняется только у пункта`);
      before = where.outline.kind;
      change = { what: 'kind', kind };
      break;
    }
    case 'recommendation':
      before = needAssignment().recommendation;
      change = { what: 'recommendation', value: request.value };
      break;
  }
  const correction: Correction = { id: correctionId(where.item, where.line, change), item: where.item, line: where.line, text: where.text, change, before, by: actor, at: now };
  await store.putCorrections(key, [correction]);
  await store.appendAudit(key, {
    at: now,
    actor,
    action: 'correct',
    ...(where.item !== null ? { scope: { item: where.item } } : {}),
    detail: { what: change.what, line: where.line, before, after: afterOf(change), ...(remembered !== null ? { remembered } : {}), ...(entry !== null ? { created: entry.id } : {}) },
  });
  await afterCorrection(deps, key);
  // A new entry changes the directory every protocol was routed against; a remembered phrase, the protocols that name it.
  if (entry !== null) await deps.scheduler.reroute('all');
  else if (rememberedPhrases.length > 0) await deps.scheduler.rerouteNaming(rememberedPhrases);
  const message = `${where.label}: ${describeChange(change)}${remembered !== null ? `; запомнено: «${remembered}» → ${change.what === 'executor' ? change.name : ''}` : ''}`;
  deps.log.info({ protocol: key, item: where.item, line: where.line, what: change.what, by: actor }, 'correction recorded');
  return { protocolKey: key, correction, message, entry, remembered };
}

function afterOf(change: CorrectionChange): unknown {
  switch (change.what) {
    case 'executor':
      return { ref: change.ref, name: change.name, phrase: change.phrase };
    case 'deadline':
      return change.deadline;
    case 'assignment':
      return 'assignment';
    case 'not-assignment':
      return 'not-assignment';
    case 'kind':
      return change.kind;
    case 'recommendation':
      return change.value;
  }
}

/**
 * The corrected protocol is routed again and its routing kept (a correction may change
 * whom it names); a waiting protocol's list of what needs a look follows the
 * corrections; an approved one is re-planned.
 */
async function afterCorrection(deps: ReviewDeps, key: string): Promise<void> {
  const replanned = await deps.scheduler.reroute([key]);
  const review = await deps.store.getReview(key);
  if (review?.state === 'waiting') {
    const stored = await deps.store.getProtocol(key);
    await deps.store.setReview(key, { ...review, reasons: stored?.doc.warnings ?? [] });
  } else if (!replanned.includes(key)) {
    await deps.scheduler.scheduleProtocol(key);
  }
}

interface Located {
  item: string | null;
  line: number;
  text: string;
  kind: string;
  outline: ItemOutline | null;
  /** «пункт 3», «строка 14», for messages. */
  label: string;
}

async function locate(store: Store, stored: StoredProtocol, target: FixTarget, wantsLine: boolean): Promise<Located> {
  const doc = stored.doc;
  if (target.item !== null) {
    const outline = doc.items.find((i) => i.item === target.item) ?? null;
    const assignment = doc.assignments.find((a) => a.item === target.item);
    if (!outline && !assignment) {
      const items = doc.items.map((i) => i.item).filter((i): i is string => i !== null);
      throw new ReviewError('not-found', `в протоколе нет пункта ${target.item}; пункты: ${items.join(', ') || 'нет'}`);
    }
    return { item: target.item, line: outline?.line ?? assignment!.line, text: outline?.text ?? assignment!.text, kind: outline?.kind ?? 'assignment', outline, label: `пункт ${target.item}` };
  }
  const line = target.line;
  if (line === undefined || !Number.isInteger(line) || line < 1) throw new ReviewError('bad-request', 'укажите пункт (2/2026 п.3) или номер строки (--assignment-at 14)');
  const outline = doc.items.find((i) => i.line === line) ?? null;
  if (outline && outline.item !== null) return { item: outline.item, line, text: outline.text, kind: outline.kind, outline, label: `пункт ${outline.item}` };
  const assignment = doc.assignments.find((a) => a.line === line);
  const lines = await store.getText(stored.key);
  const text = assignment?.text ?? outline?.text ?? lines?.[line - 1];
  if (text === undefined || text.trim() === '') {
    throw new ReviewError('bad-request', `строки ${line} в документе ${wantsLine ? 'нет или она пуста' : 'нет'}${lines ? ` (в нём ${countOf(lines.length, TEXT_LINES)})` : ''}`);
  }
  return { item: null, line, text: text.trim(), kind: outline?.kind ?? (assignment ? 'assignment' : 'line'), outline, label: `строка ${line}` };
}

function deadlineContext(stored: StoredProtocol, config: SrokConfig): DeadlineContext {
  return { documentDate: stored.doc.protocol.date, addWorkingDays: (day, n) => config.calendar.addWorkingDays(day, n) };
}

/** A deadline typed by the operator: a date, or Russian read by the same grammar as the documents. */
export function readDeadline(text: string, stored: StoredProtocol, config: SrokConfig): Deadline {
  const written = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(written);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : written;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(iso)) {
    if (!isIsoDate(iso)) throw new ReviewError('bad-request', `«${written}» — такой даты нет; напишите, например, 15.05.2026`);
    const [y, m, d] = iso.split('-');
    return { kind: 'date', text: `до ${d}.${m}.${y}`, date: iso, time: null, rule: null, firstDue: null, relative: null };
  }
  if (written === '') throw new ReviewError('bad-request', 'срок пуст; напишите его словами («до 15 мая 2026 года») или датой (15.05.2026)');
  const deadline = parseDeadline(written, deadlineContext(stored, config));
  if (deadline.kind === 'unparsed' || deadline.warning?.code === 'deadline_vague' || deadline.warning?.code === 'date_invalid') {
    const why = deadline.warning?.message ?? 'srok не понял этот срок';
    throw new ReviewError('bad-request', `срок «${written}» не прочитан (${why}); напишите его так, как пишут в протоколах («до 15 мая 2026 года», «ежеквартально до 5 числа месяца, следующего за отчетным»), или датой 15.05.2026`);
  }
  return deadline;
}

/** A new directory entry from the review: name, addresses, head; its id made from the name. */
async function createEntry(deps: ReviewDeps, input: { name: string; emails: string[]; head?: string | null }, actor: string): Promise<DirectoryEntry> {
  const name = input.name.trim();
  if (name === '') throw new ReviewError('bad-request', 'у новой записи справочника нет названия; напишите его в именительном падеже («Фонд поддержки …»)');
  const emails = input.emails.map((e) => e.trim()).filter((e) => e !== '');
  const bad = emails.find((e) => !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/u.test(e));
  if (bad !== undefined) throw new ReviewError('bad-request', `«${bad}» — не адрес электронной почты; напишите его как name@example.org`);
  const config = deps.config();
  const head = input.head?.trim() || undefined;
  if (head !== undefined && !config.directory.get(head)) throw new ReviewError('bad-request', `вышестоящей записи «${head}» в справочнике нет; укажите id существующей записи или оставьте поле пустым`);
  const base = slugify(name).split('-').filter(Boolean).slice(0, 6).join('-') || 'entry';
  const taken = new Set([...config.directory.entries.map((e) => e.id), ...(await deps.store.getEntries()).map((e) => e.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  if (!DIRECTORY_ID.test(id)) id = `entry-${Date.now().toString(36)}`;
  const entry: DirectoryEntry = { id, kind: 'body', name, aliases: [], emails, members: [], ...(head !== undefined ? { head } : {}) };
  await deps.store.putEntry(entry);
  deps.log.info({ entry: id, by: actor }, 'directory entry created while reviewing');
  return entry;
}
