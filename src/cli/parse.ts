import { Option, type Command } from 'commander';
import type { Assignment, Deadline, ItemKind, ParsedDocument } from '../domain.js';
import { InputError } from '../errors.js';
import { countOf, type PluralForms } from '../mail/plural.js';
import { pageList } from '../document/paged-text.js';
import { isMail, readInput, readProtocol } from '../read-protocol.js';
import { loadCachedConfigOrReport } from './cached-config.js';
import { EXIT, readOnlyConfigDirOf, type CliIo } from './io.js';
import { parseJsonText } from './parse-json.js';

/** `srok parse FILE [--json]`, registered by the full CLI and by the light entry that loads nothing else. */
export function registerParseCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('прочитать один протокол или письмо (.docx, .doc, .odt, .rtf, .pdf, скан, .txt, .md или каждый документ из .eml) и вывести, что понял srok; ничего не меняет')
    .argument('<file>', 'документ')
    .option('--json', 'вывести результат разбора в JSON (формат, который читают другие программы)')
    .addOption(new Option('-c, --config <dir>', 'папка конфигурации (по умолчанию: $SROK_CONFIG_DIR или ./config)'))
    .action(async (file: string, opts: { json?: boolean; config?: string }) => {
      setExit(await commandParse(file, opts, io));
    });
}

const PAGES: PluralForms = ['страница', 'страницы', 'страниц'];

export async function commandParse(file: string, opts: { json?: boolean; config?: string }, io: CliIo): Promise<number> {
  const where = readOnlyConfigDirOf(opts, io);
  const config = await loadCachedConfigOrReport(where.dir, io);
  if (!config) return EXIT.usage;
  if (where.packaged && !opts.json) io.err(`srok: папки config здесь нет — взяты настройки из поставки srok (${where.dir})\n`);
  if (isMail(file)) {
    // A mail carries several documents: each is parsed; --json prints an array of the contract's objects.
    const read = await readInput(file, config);
    const parsed = read.results.flatMap((r) => (r.parsed === null ? [] : [r.parsed]));
    if (opts.json) io.out(`${JSON.stringify(parsed, null, 2)}\n`);
    else io.out(parsed.map(formatParsed).join('\n'));
    for (const skipped of read.mail?.skipped ?? []) io.err(`srok: ${file}/${skipped.name}: не читается: ${skipped.reason}\n`);
    for (const r of read.results) if (r.error !== null) io.err(`srok: ${r.error.message}\n`);
    return read.results.some((r) => r.error !== null) ? EXIT.input : EXIT.ok;
  }
  let parsed: ParsedDocument;
  try {
    parsed = await readProtocol(file, config);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`srok: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
  if (opts.json) io.out(parseJsonText(parsed));
  else io.out(formatParsed(parsed));
  return EXIT.ok;
}

/** What an item is, in the listing of `srok parse` (the JSON keeps the English codes). */
const ITEM_KIND_RU: Readonly<Record<ItemKind, string>> = {
  question: 'вопрос',
  assignment: 'поручение',
  noted: 'к сведению',
  closes: 'снятие',
  extension: 'продление',
  controller: 'контроль',
  approval: 'норма',
  other: 'прочее',
};

const KIND_RU: Record<string, string> = {
  protocol: 'протокол',
  letter: 'письмо',
  order: 'приказ / распоряжение',
  resolution: 'постановление / решение',
  plan: 'план',
  other: 'документ (вид не определён)',
};

function ruDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function describeDeadline(d: Deadline): string {
  switch (d.kind) {
    case 'date':
      return `до ${ruDate(d.date)}${d.time ? ` ${d.time}` : ''}`;
    case 'relative':
      return `до ${ruDate(d.date)} (${d.text})`;
    case 'period':
      return `до ${ruDate(d.date)} (${d.text})`;
    case 'recurring':
      return `${d.text} — первый срок ${ruDate(d.firstDue)}`;
    case 'continuous':
      return `постоянно (${d.text})`;
    case 'none':
      return 'без срока';
    case 'unparsed':
      return `не распознан: «${d.text}»`;
  }
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeAssignment(a: Assignment): string {
  if (a.closes.length > 0) {
    const what = a.closes
      .map((c) => `${c.items.length > 0 ? `пп. ${c.items.join(', ')}` : 'весь акт'} протокола № ${c.protocol.number ?? '?'} от ${ruDate(c.protocol.date)}`)
      .join('; ');
    return `${a.closes.some((c) => c.done) ? 'считать исполненными и снять с контроля' : 'снять с контроля'}: ${what}`;
  }
  const execs = a.executors
    .map((e) => `${e.role === 'co-executor' ? 'соисполнитель: ' : ''}${shorten(e.name, 80)}${e.ref ? ` [${e.ref}]` : ' [нет в справочнике]'}`)
    .join('; ');
  const parts = [
    execs || 'исполнитель не указан',
    describeDeadline(a.deadline),
  ];
  const emails = [...new Set([...a.emails, ...a.sendTo.flatMap((s) => (s.email ? [s.email] : []))])];
  if (a.sendTo.length > 0) parts.push(`результат: ${a.sendTo.map((s) => s.name ?? s.email ?? s.text).join(', ')}`);
  if (emails.length > 0) parts.push(emails.join(', '));
  if (a.optional) parts.push('при наличии');
  return parts.join(' | ');
}

/** The human view: the header, then one line per item. */
export function formatParsed(p: ParsedDocument): string {
  const h = p.protocol;
  const out: string[] = [];
  const paged = p.source.pages === undefined ? '' : `, ${countOf(p.source.pages, PAGES)}`;
  const ocr = p.source.ocr === undefined ? '' : `; распознано со скана: ${pageList(p.source.ocr.pages)}, уверенность ${Math.round(p.source.ocr.confidence * 100)} %`;
  out.push(`${p.source.file} (${p.source.format}${paged}${ocr})`);
  out.push(
    `${KIND_RU[h.kind] ?? h.kind}${h.number ? ` № ${h.number}` : ''}${h.date ? ` от ${ruDate(h.date)}` : ''}${h.body ? ` — ${h.body}` : ''}`,
  );
  if (h.title) out.push(`  ${h.title}`);
  if (h.chair) out.push(`  председательствовал: ${h.chair}`);
  if (h.signatory) out.push(`  подписал: ${h.signatory}`);
  if (p.controller) out.push(`  контроль: ${p.controller.name}${p.controller.ref ? ` [${p.controller.ref}]` : ''}`);
  out.push('');
  // Several items may stand on one line (a whole act written as one paragraph): an item's assignment has its number too.
  // An item with several dated actions has an entry for each: each gets its line.
  const byItem = new Map<string, Assignment[]>();
  for (const a of p.assignments) {
    const key = `${a.line}|${a.item ?? ''}`;
    byItem.set(key, [...(byItem.get(key) ?? []), a]);
  }
  // (Several unnumbered items of one line — the actions of one marked line — each with its entry: they take them in turn.)
  const itemsOf = new Map<string, number>();
  // (A question whose paragraph held its decision shares its line and number with the decision's item: the entries are the decision's.)
  // (Several items of one line and number — a paragraph's decisions parted by who does them — show their own: the assignments go to
  // the items that are assignments, in turn, and an item of another kind shows its text.)
  const shared = new Map<string, number>();
  for (const it of p.items) shared.set(`${it.line}|${it.item ?? ''}`, (shared.get(`${it.line}|${it.item ?? ''}`) ?? 0) + 1);
  for (const it of p.items) if (it.kind !== 'question' && (it.kind === 'assignment' || (shared.get(`${it.line}|${it.item ?? ''}`) ?? 0) < 2)) itemsOf.set(`${it.line}|${it.item ?? ''}`, (itemsOf.get(`${it.line}|${it.item ?? ''}`) ?? 0) + 1);
  const taken = new Map<string, number>();
  for (const it of p.items) {
    const num = (it.item ?? '—').padEnd(7);
    const key = `${it.line}|${it.item ?? ''}`;
    const own = it.kind !== 'question' && (it.kind === 'assignment' || (shared.get(key) ?? 0) < 2);
    const all = own ? byItem.get(key) ?? [] : [];
    const turn = taken.get(key) ?? 0;
    if (own) taken.set(key, turn + 1);
    const entries = (itemsOf.get(key) ?? 0) > 1 && all.length === itemsOf.get(key) ? [all[turn]!] : all;
    const page = p.source.pages !== undefined && it.page !== undefined ? `с.${it.page} `.padEnd(5) : '';
    if (entries.length > 1) {
      for (const a of entries) out.push(`${num} ${page}${(a.recommendation ? 'рекомендация' : ITEM_KIND_RU[it.kind]).padEnd(12)} ${describeAssignment(a)}`);
      continue;
    }
    const a = entries[0];
    let detail: string;
    if (a) detail = describeAssignment(a);
    else if (it.kind === 'extension') {
      const ext = p.extensions.find((e) => e.item === it.item);
      detail = ext ? `продлить пп. ${ext.items.join(', ')} протокола № ${ext.protocol.number ?? '?'} до ${ruDate(ext.to)}` : it.text;
    } else detail = shorten(it.text, 90);
    const kind = a?.recommendation ? 'рекомендация' : ITEM_KIND_RU[it.kind];
    out.push(`${num} ${page}${kind.padEnd(12)} ${detail}`);
  }
  if (p.items.length === 0) out.push('(нет пунктов)');
  if (p.warnings.length > 0) {
    out.push('');
    for (const w of p.warnings) out.push(`замечание${w.line === null ? '' : `, строка ${w.line}`}: ${w.code}: ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}
