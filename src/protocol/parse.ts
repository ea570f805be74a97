import type {
  Assignment,
  ControllerRef,
  Deadline,
  DeadlineContext,
  DocumentText,
  ExecutorRef,
  Extension,
  ItemKind,
  ItemOutline,
  ParsedDocument,
  ParseWarning,
  SendTo,
} from '../domain.js';
import { findDeadline, parseDeadline } from '../deadline/index.js';
import type { Directory } from '../directory/types.js';
import { toNominative } from '../directory/inflect.js';
import { CLOSES, EXTENDS, readCloses, readExtension } from './act-refs.js';
import { accusativeToNominative, genitiveToNominative } from './case-forms.js';
import { leadingExecutors, splitExecutors, type ExecutorSplit } from './executors.js';
import { readHeader } from './header.js';
import { cleanLine, DEADLINE_LINE, DECIDED, outline, type RawItem } from './outline.js';
import { emailsIn, squash, stripTrailingPunctuation } from './text.js';

/**
 * Read a protocol or letter: header, numbered items with their hierarchy, which items
 * are assignments, their executors, deadlines, addresses, closes and extensions, and
 * the controller. Pure: the same text and directory give the same result.
 */
export interface ParseOptions {
  /** Routes executors and controllers to directory ids; without it every `ref` is null. */
  directory?: Directory;
  /** Counts «рабочих дней» with the production calendar. */
  addWorkingDays?: DeadlineContext['addWorkingDays'];
}

const NOTED = /^(принять|информацию[^.]*принять)\s+(к\s+сведению|информацию\s+к\s+сведению)|^принять\s+(?:к\s+сведению|информацию)|^информацию\s+.*\s+принять\s+к\s+сведению/iu;
const CONTROL = /^контроль(?![А-ЯЁа-яёA-Za-z0-9_]).*?(?<![А-ЯЁа-яёA-Za-z0-9_])(оставить|возложить|оставляю|возлагаю|сохранить)\s+(за|на)\s+(.+)$/iu;
const APPROVAL = /^(утвердить|одобрить|согласиться|поддержать|принять\s+(?:предложени|решени|план|положени|проект|порядок|состав|регламент))/iu;
const ORDERING_LEAD = /^(рекомендовать|предложить|поручить|просить|обязать)(?![А-ЯЁа-яёA-Za-z0-9_])/iu;
const ASK = /(?:^|[\s,])(прошу|просим|просьба)(?![А-ЯЁа-яёA-Za-z0-9_])/iu;

export function parseProtocol(doc: DocumentText, options: ParseOptions = {}): ParsedDocument {
  const lines = doc.lines.map(cleanLine);
  const raw = outline(doc.lines);
  const firstDecided = lines.findIndex((l) => DECIDED.test(l));
  const firstItem = raw[0] ? raw[0].line - 1 : lines.length;
  const bodyStart = firstDecided >= 0 ? Math.min(firstDecided, firstItem) : firstItem;
  const { header, addressees } = readHeader(lines, bodyStart);
  const warnings: ParseWarning[] = [];
  const ctx: DeadlineContext = { documentDate: header.date };
  if (options.addWorkingDays) ctx.addWorkingDays = options.addWorkingDays;

  const items: ItemOutline[] = [];
  const noted: string[] = [];
  const assignments: Assignment[] = [];
  const extensions: Extension[] = [];
  let controller: ControllerRef | null = null;
  const seen = new Set<string>();

  const route = (phrase: string): string | null => options.directory?.match(phrase)?.entry.id ?? null;

  const parents = new Set(raw.flatMap((r) => (r.parent === null ? [] : [r.parent])));
  const leadOf = new Map<string, ExecutorSplit>();
  for (const [index, it] of raw.entries()) {
    if (seen.has(it.item)) {
      warnings.push({ line: it.line, code: 'duplicate_item', message: `item ${it.item} is numbered twice; check the numbering` });
    }
    seen.add(it.item);
    const main = it.paragraphs.filter((p) => !DEADLINE_LINE.test(p.text));
    const deadlineParagraph = it.paragraphs.find((p) => DEADLINE_LINE.test(p.text));
    const firstText = main[0]?.text ?? it.paragraphs[0]!.text;
    const fullText = it.paragraphs.map((p) => p.text).join('\n');
    const kind = classify(index, raw, parents, lines, firstText);
    items.push({ item: it.item, line: it.line, parent: it.parent, kind, text: fullText });

    if (kind === 'noted') noted.push(it.item);
    if (kind === 'controller') {
      const m = CONTROL.exec(squash(firstText))!;
      const phrase = stripTrailingPunctuation(m[3]!);
      const text = `${m[2]!} ${phrase}`;
      const self = /^собой$/iu.test(phrase);
      const name = self ? (header.chair ?? header.signatory ?? phrase) : toNominative(phrase);
      controller = { text, name, ref: self ? null : route(phrase) };
      if (options.directory && controller.ref === null && !self) {
        warnings.push({
          line: it.line,
          code: 'controller_unmatched',
          message: `controller «${name}» matches no entry of the directory; add it to config/directory.yaml`,
        });
      }
    }
    if (kind === 'extension') {
      const ext = readExtension(it.item, fullText, header.body);
      if (ext) extensions.push(ext);
      else
        warnings.push({
          line: it.line,
          code: 'deadline_unparsed',
          message: `item ${it.item} extends a deadline but its new date cannot be read; write it as «до 1 июня 2023 года»`,
        });
    }
    if (kind === 'closes') {
      const closes = readCloses(fullText, header.body);
      if (closes.length === 0) {
        warnings.push({
          line: it.line,
          code: 'close_target_unclear',
          message: `item ${it.item} closes assignments but does not say which («пунктами … протокола № … от …»)`,
        });
      }
      assignments.push({
        item: it.item,
        line: it.line,
        text: fullText,
        recommendation: false,
        executors: [],
        sendTo: [],
        deadline: emptyDeadline(),
        emails: emailsIn(fullText),
        optional: false,
        closes,
      });
    }
    if (kind === 'assignment') {
      const deadline = readItemDeadline(deadlineParagraph?.text ?? null, main.map((p) => p.text).join(' '), ctx);
      const warnLine = deadlineParagraph?.line ?? it.line;
      if (deadline.warning) warnings.push({ line: warnLine, code: deadline.warning.code, message: `item ${it.item}: ${deadline.warning.message}` });
      const lead = it.parent === null ? null : leadOf.get(it.parent) ?? null;
      assignments.push(buildAssignment(it.item, it.line, firstText, fullText, deadline, route, warnings, options, lead));
    }
    // «1.2. Рекомендовать органам местного самоуправления …:» leads its sub-items «1.2.1. направить …».
    if (/:\s*$/u.test(firstText)) {
      const lead = leadingExecutors(squash(firstText));
      if (lead) leadOf.set(it.item, lead);
    }
  }

  // Letters: each paragraph that asks («прошу …») is an assignment to the addressees.
  if (header.kind === 'letter' && addressees) {
    for (const para of paragraphs(lines, addressees.line)) {
      if (!ASK.test(para.text) || /^исполнитель/iu.test(para.text)) continue;
      const deadline = readItemDeadline(null, para.text, ctx);
      if (deadline.warning) warnings.push({ line: para.line, code: deadline.warning.code, message: deadline.warning.message });
      const ref = route(addressees.text);
      const executors: ExecutorRef[] = [{ role: 'executor', text: addressees.text, name: toNominative(addressees.text), ref }];
      if (options.directory && ref === null) warnings.push(unmatched(addressees.line, executors[0]!.name));
      items.push({ item: null, line: para.line, parent: null, kind: 'assignment', text: para.text });
      assignments.push({
        item: null,
        line: para.line,
        text: para.text,
        recommendation: true,
        executors,
        sendTo: readSendTo(para.text, route),
        deadline,
        emails: emailsIn(para.text),
        optional: /при\s+наличии/iu.test(para.text),
        closes: [],
      });
    }
  }

  if (assignments.length === 0 && extensions.length === 0) {
    warnings.push({ line: null, code: 'no_assignments', message: `${doc.file}: no assignment found — nothing will be planned` });
  }

  return {
    source: { file: doc.file, format: doc.format, sha256: doc.sha256 },
    protocol: header,
    items,
    noted,
    assignments,
    extensions,
    controller,
    warnings,
  };
}

function emptyDeadline(): Deadline {
  return { kind: 'none', text: '', date: null, time: null, rule: null, firstDue: null, relative: null };
}

function unmatched(line: number, name: string): ParseWarning {
  return {
    line,
    code: 'executor_unmatched',
    message: `executor «${name}» matches no entry of the directory; its reminders go to the operator — add it to config/directory.yaml`,
  };
}

function readItemDeadline(label: string | null, body: string, ctx: DeadlineContext): Deadline {
  if (label !== null) {
    const phrase = label.replace(/^срок(?:и)?(?:\s+(?:исполнения|представления|выполнения))?\s*(?::|–|—|-)\s*/iu, '');
    return parseDeadline(phrase, ctx);
  }
  return findDeadline(body, ctx) ?? emptyDeadline();
}

function classify(index: number, all: readonly RawItem[], parents: ReadonlySet<string>, lines: readonly string[], text: string): ItemKind {
  const it = all[index]!;
  const flat = squash(text);
  const split = splitExecutors(flat);
  if (NOTED.test(flat)) return 'noted';
  if (CONTROL.test(flat)) return 'controller';
  if (EXTENDS.test(flat)) return 'extension';
  if (CLOSES.test(flat) && !ORDERING_LEAD.test(flat) && split === null) return 'closes';
  // A question heading: followed by «Решили:» or by its own sub-items before the next sibling.
  // Descendants follow their item contiguously, so the scan stops at the first non-descendant.
  let n = index + 1;
  while (n < all.length && all[n]!.item.startsWith(`${it.item}.`)) n += 1;
  const next = all[n];
  const stop = next ? next.line - 1 : lines.length;
  const hasChildren = parents.has(it.item);
  const decidedBelow = lines.slice(it.endLine, stop).some((l) => DECIDED.test(l));
  if (it.parent === null && (decidedBelow || (hasChildren && /^(о|об|обо)\s/iu.test(flat)))) return 'question';
  if (hasChildren && !split) return 'question';
  if (APPROVAL.test(flat) && split === null) return 'approval';
  if (ORDERING_LEAD.test(flat) || split !== null) return 'assignment';
  if (it.paragraphs.some((p) => DEADLINE_LINE.test(p.text))) return 'assignment';
  return 'other';
}

function buildAssignment(
  item: string,
  line: number,
  firstText: string,
  fullText: string,
  deadline: Deadline,
  route: (phrase: string) => string | null,
  warnings: ParseWarning[],
  options: ParseOptions,
  lead: ExecutorSplit | null,
): Assignment {
  const own = splitExecutors(squash(firstText));
  const split = own && own.executors.length > 0 ? own : lead ? { ...lead, rest: own?.rest ?? firstText, verb: own?.verb ?? '' } : own;
  const executors: ExecutorRef[] = (split?.executors ?? []).map((e) => {
    const name = toNominative(e.text);
    const ref = route(e.text);
    if (options.directory && ref === null) warnings.push(unmatched(line, name));
    return { role: e.role, text: e.text, name, ref };
  });
  if (executors.length === 0) {
    warnings.push({
      line,
      code: 'executor_missing',
      message: `item ${item} orders something but names no executor; its reminders go to the operator`,
    });
  }
  const recommendation = split?.recommendation ?? /^(рекомендовать|предложить|просить)/iu.test(firstText);
  return {
    item,
    line,
    text: fullText,
    recommendation,
    executors,
    sendTo: readSendTo(split?.rest ?? firstText, route),
    deadline,
    emails: emailsIn(fullText),
    optional: /при\s+наличии/iu.test(fullText),
    closes: [],
  };
}

const SENDING = /(направ|представ|предостав|внести|вносить|сообщ|доложи|докладыва|переда|информирова)[а-яё]*/iu;

/** Where the result goes: «в Депинформтехнологий Югры (на адрес электронной почты …)», «в адрес Министерства …». */
export function readSendTo(text: string, route: (phrase: string) => string | null): SendTo[] {
  const flat = squash(text);
  const out: SendTo[] = [];
  const verb = SENDING.exec(flat);
  if (verb) {
    const after = flat.slice(verb.index + verb[0].length);
    const offset = verb.index + verb[0].length;
    const re = /(?:^|\s)(в\s+адрес\s+([^(;]+?)|в\s+((?:[А-ЯЁ][^\s(;]*)(?:[^(;]*?)))(?=\s*\(|;|\.\s|\.$|$|\s+(?:для|с\s+целью|в\s+срок|до\s+\d|не\s+позднее|ежемесячно|ежеквартально|еженедельно|ежегодно))/gu;
    for (const m of after.matchAll(re)) {
      const phrase = stripTrailingPunctuation((m[1] ?? '').trim());
      const genitive = m[2];
      const accusative = m[3];
      const head = (accusative ?? genitive ?? '').split(' ')[0] ?? '';
      // «в Челябинской области» is a place, not a destination.
      if (accusative && /(ой|ом|ем|их|ых|ской|ском)$/u.test(head)) continue;
      const raw = stripTrailingPunctuation((genitive ?? accusative ?? '').trim());
      const name = genitive ? genitiveToNominative(raw) : accusativeToNominative(raw);
      const tail = flat.slice(offset + m.index + m[0].length);
      const email = /^\s*\((?:на\s+)?(?:адрес\s+)?(?:электронной\s+почты|e-?mail)?[^)@]*?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/iu.exec(tail)?.[1] ?? null;
      out.push({ text: phrase, name, ref: route(raw), email });
    }
  }
  // An address written without a body («на адрес электронной почты X»).
  const known = new Set(out.map((s) => s.email?.toLowerCase()));
  for (const m of flat.matchAll(/на\s+(?:адрес\s+)?(?:электронной\s+почты|e-?mail)\s*:?\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/giu)) {
    const email = m[1]!.replace(/\.$/u, '');
    if (known.has(email.toLowerCase())) continue;
    out.push({ text: stripTrailingPunctuation(m[0]), name: null, ref: null, email });
  }
  return out;
}

/** Paragraphs of free text (letters), each with its first line. */
function paragraphs(lines: readonly string[], from: number): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let current: { line: number; text: string } | null = null;
  for (let i = Math.max(0, from); i < lines.length; i += 1) {
    const l = lines[i]!;
    if (l === '') {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current) current.text = `${current.text} ${l}`;
    else current = { line: i + 1, text: l };
  }
  if (current) out.push(current);
  return out;
}
