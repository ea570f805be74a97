import type { IsoDate, ProtocolHeader, ProtocolKind } from '../domain.js';
import { genitiveToNominative } from './case-forms.js';
import { DECIDED } from './outline.js';
import { isAllCaps, sentenceCaseFromCaps, squash, stripTrailingPunctuation } from './text.js';
import { findWrittenDates } from './written-date.js';

/**
 * The header of a protocol or letter: kind, number, date, issuing body, chair,
 * signatory, title. `lines` are cleaned lines (Markdown marks removed); `bodyStart`
 * is the index of the first line that is no longer header (first item or «Решили»).
 */

const KIND_WORDS: Array<[RegExp, ProtocolKind]> = [
  [/^протокол(?![А-ЯЁа-яёA-Za-z0-9_])/iu, 'protocol'],
  [/^(приказ|распоряжение)(?![А-ЯЁа-яёA-Za-z0-9_])/iu, 'order'],
  [/^(постановление|решение)(?![А-ЯЁа-яёA-Za-z0-9_])/iu, 'resolution'],
  [/^план(?![А-ЯЁа-яёA-Za-z0-9_])/iu, 'plan'],
];
const LETTER_NUMBER = /^(?:исх\.?\s*)?(?:№\s*)?(\d{1,4}-[А-ЯЁа-яё]{2,8}-\d+(?:\/\d+)?)(?:\s+от\s+.+)?$/u;
const SALUTATION = /^(уважаем|дорог)/iu;

/** «В.В. Мамин», «П.И.Ципорин», «Мамин В.В.» → «Мамин В.В.». */
export function personName(text: string): string | null {
  const initialsFirst = /(?:^|[^А-ЯЁа-яё])([А-ЯЁ])\.\s?([А-ЯЁ])\.\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)/u.exec(text);
  if (initialsFirst) return `${initialsFirst[3]} ${initialsFirst[1]}.${initialsFirst[2]}.`;
  const initialsAfter = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ])\.\s?([А-ЯЁ])\./u.exec(text);
  if (initialsAfter) return `${initialsAfter[1]} ${initialsAfter[2]}.${initialsAfter[3]}.`;
  return null;
}

const PATRONYMIC = /([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична))(?![А-ЯЁа-яёA-Za-z0-9_])/u;

/** The chair from the «Председательствовал» block, cross-checked with the signature. */
function readChair(block: string[], signature: string | null): string | null {
  const text = block.join(' ');
  const direct = personName(text);
  if (direct) return direct;
  const full = PATRONYMIC.exec(text);
  if (full) {
    // «Ципорин – директор …, Павел Игоревич председатель …»: the surname opens the block.
    const before = text.slice(0, full.index).trim().split(/\s+/u);
    const opener = /^([А-ЯЁ][а-яё]+)\s*[–—-]/u.exec(text)?.[1];
    const adjacent = before[before.length - 1];
    const surname =
      opener ?? (adjacent && /^[А-ЯЁ][а-яё]+$/u.test(adjacent) ? adjacent : null) ?? signature?.split(' ')[0] ?? null;
    if (surname) return `${surname} ${full[1]![0]}.${full[2]![0]}.`;
  }
  return signature;
}

function firstDate(lines: string[]): IsoDate | null {
  for (const line of lines) {
    const found = findWrittenDates(line)[0];
    // A header date stands alone on its line or after a place («г. Ханты-Мансийск 30 октября 2019 года»).
    if (found && !/(?<![А-ЯЁа-яёA-Za-z0-9_])от\s*$/u.test(line.slice(0, found.index))) return found.date;
  }
  return null;
}

export interface HeaderResult {
  header: ProtocolHeader;
  /** Letters: the addressees' phrase («Руководителям органов местного самоуправления …»). */
  addressees: { text: string; line: number } | null;
}

export function readHeader(lines: readonly string[], bodyStart: number): HeaderResult {
  const top = lines.slice(0, Math.max(bodyStart, 0));
  const nonEmpty = top.map((text, i) => ({ text, i })).filter((l) => l.text !== '');

  let kind: ProtocolKind = 'other';
  let kindLine = -1;
  for (const l of nonEmpty.slice(0, 25)) {
    const hit = KIND_WORDS.find(([re]) => re.test(l.text));
    if (hit) {
      kind = hit[1];
      kindLine = l.i;
      break;
    }
  }
  const letterNumber = nonEmpty.find((l) => LETTER_NUMBER.test(l.text));
  const salutation = lines.findIndex((l) => SALUTATION.test(l));
  if (kind === 'other' && (letterNumber || salutation >= 0)) kind = 'letter';

  const signature = readSignature(lines);
  const header: ProtocolHeader = {
    kind,
    title: null,
    number: null,
    date: null,
    body: null,
    chair: null,
    signatory: null,
  };
  let addressees: HeaderResult['addressees'] = null;

  if (kind === 'letter') {
    const end = salutation >= 0 ? salutation : bodyStart;
    const headLines = lines.slice(0, end);
    header.number = letterNumber ? LETTER_NUMBER.exec(letterNumber.text)![1]! : null;
    header.date = firstDate(headLines);
    header.body = readLetterhead(headLines);
    header.signatory = signature;
    addressees = readAddressees(headLines);
    header.title = readTitle(headLines.map((t) => t));
  } else {
    const kindText = kindLine >= 0 ? lines[kindLine]! : '';
    header.number = /№\s*([^\s,;]+)/u.exec(kindText)?.[1] ?? null;
    header.date = firstDate(top);
    header.body = kindLine >= 0 ? readIssuer(lines, kindLine) : null;
    const chairAt = top.findIndex((l) => /^председательствова|^председатель\s*:/iu.test(l));
    if (chairAt >= 0) {
      const block: string[] = [];
      const inline = top[chairAt]!.replace(/^[^:–—-]*[:–—-]?\s*/u, '');
      if (inline && !/^председательствова/iu.test(inline)) block.push(inline);
      for (const l of top.slice(chairAt + 1)) {
        if (/^(присутствова|приглаш|члены|повестка|слушали|заслушали|выступил)/iu.test(l) || DECIDED.test(l)) break;
        if (l !== '') block.push(l);
        if (block.length >= 5) break;
      }
      header.chair = readChair(block, signature);
    }
    header.signatory = signature ?? readApproval(top);
    header.title = readTitle(top.slice(kindLine + 1));
  }
  return { header, addressees };
}

/** «ПРОТОКОЛ / заседания Комиссии по цифровому развитию Челябинской области» → «Комиссия по цифровому развитию Челябинской области». */
function readIssuer(lines: readonly string[], kindLine: number): string | null {
  const parts: string[] = [];
  const sameLine = lines[kindLine]!.replace(/^протокол\s*(№\s*\S+)?\s*/iu, '');
  if (sameLine) parts.push(sameLine);
  for (let i = kindLine + 1; i < lines.length && i < kindLine + 8; i += 1) {
    const l = lines[i]!;
    if (l === '') {
      if (parts.length > 0) break;
      continue;
    }
    if (findWrittenDates(l).length > 0 || /^г\.\s/u.test(l)) break;
    parts.push(l);
  }
  let text = squash(parts.join(' '));
  text = text.replace(/\(далее\s*[–—-][^)]*\)/iu, '').trim();
  const m = /^(?:совместного\s+)?(?:заседания|совещания|выездного\s+заседания)\s+(.+)$/iu.exec(text);
  if (!m) return null;
  return stripTrailingPunctuation(genitiveToNominative(m[1]!));
}

/** The sender of a letter: the capitalised block at its top, before the address and phone. */
function readLetterhead(lines: readonly string[]): string | null {
  const block: string[] = [];
  for (const l of lines) {
    if (l === '') {
      if (block.length > 0) break;
      continue;
    }
    if (!isAllCaps(l)) break;
    block.push(l);
  }
  return block.length > 0 ? sentenceCaseFromCaps(squash(block.join(' '))) : null;
}

const ADDRESSEE_HEAD = /^(руководител|глав|министр|директор|губернатор|председател|начальник|заместител|мэр|управляющ|президент|ректор|прокурор)[а-яё]*(?![А-ЯЁа-яёA-Za-z0-9_])/iu;

function readAddressees(lines: readonly string[]): HeaderResult['addressees'] {
  for (let i = 0; i < lines.length; i += 1) {
    if (!ADDRESSEE_HEAD.test(lines[i]!)) continue;
    const block = [lines[i]!];
    for (let j = i + 1; j < lines.length && lines[j] !== '' && !LETTER_NUMBER.test(lines[j]!); j += 1) {
      if (findWrittenDates(lines[j]!).length > 0) break;
      block.push(lines[j]!);
    }
    return { text: stripTrailingPunctuation(squash(block.join(' '))), line: i + 1 };
  }
  return null;
}

/** The signature at the end, above an «Исполнитель:» footer (the footer names the drafter, not a signatory). */
function readSignature(lines: readonly string[]): string | null {
  let end = lines.length;
  const footer = lines.findIndex((l, i) => i > lines.length / 2 && /^исполнитель\s*:?/iu.test(l));
  if (footer >= 0) end = footer;
  const tail = lines.slice(Math.max(0, end - 10), end);
  for (let i = tail.length - 1; i >= 0; i -= 1) {
    const l = tail[i]!;
    if (l === '') continue;
    const name = personName(l);
    if (name && l.length < 60) return name;
    // Stop at the first long line: that is text, not the signature block.
    if (l.length > 80) break;
  }
  return null;
}

/** «УТВЕРЖДАЮ … _____ В.В. Мамин». */
function readApproval(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => /^утверждаю(?![А-ЯЁа-яёA-Za-z0-9_])/iu.test(l));
  if (at < 0) return null;
  for (const l of lines.slice(at + 1, at + 8)) {
    const name = personName(l);
    if (name) return name;
  }
  return null;
}

/** «Об итогах конкурса … за 2022 год.» — the first «О …»/«Об …» line and its continuation. */
function readTitle(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    if (!/^(о|об|обо)\s/iu.test(l)) continue;
    const parts = [l];
    for (let j = i + 1; j < lines.length && lines[j] !== '' && !/[.!?]$/u.test(parts[parts.length - 1]!); j += 1) {
      parts.push(lines[j]!);
    }
    return stripTrailingPunctuation(squash(parts.join(' ')));
  }
  return null;
}
