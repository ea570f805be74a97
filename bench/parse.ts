import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { loadConfig } from '../src/config/index.js';
import type { DocumentText } from '../src/domain.js';
import { officeInstant } from '../src/calendar/index.js';
import { planDocument } from '../src/plan/index.js';
import { parseProtocol } from '../src/protocol/index.js';

/**
 * A 10-page protocol (about 1 800 characters a page): the header of seed 000 and
 * questions whose decisions vary the seeds' wordings — dates in words and digits,
 * recurring and relative deadlines, co-executors, addresses, closes.
 */
export function tenPageProtocol(): string {
  const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
  const out: string[] = [
    '**ПРОТОКОЛ № 7/2021**',
    '**заседания рабочей группы**',
    '**по координации цифрового развития муниципальных образований**',
    '**Ханты-Мансийского автономного округа – Югры**',
    '',
    '12 марта 2021 года',
    '',
    '**Председательствовал:**',
    'Ципорин – директор Депинформтехнологий Югры,',
    'Павел Игоревич председатель рабочей группы',
    '',
  ];
  for (let q = 1; out.join('\n').length < 18_000; q += 1) {
    const day = (q % 27) + 1;
    const month = months[q % 12]!;
    out.push(`**${q}. О ходе реализации мероприятий по цифровой трансформации, вопрос ${q}.**`, '', '(Радужан)', '', '**Решили:**', '');
    out.push(`${q}.1. Принять к сведению информацию о ходе реализации мероприятий.`, '');
    out.push(
      `${q}.2. Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры (на адрес электронной почты user${q}@admhmao.ru) предложения по вопросу ${q} (при наличии).`,
      '',
      `Срок: до ${day} ${month} 2021 года.`,
      '',
    );
    out.push(
      `${q}.3. Министерству информационных технологий, связи и цифрового развития Челябинской области совместно с Управлением государственной службы и противодействия коррупции Правительства Челябинской области направлять информацию о ходе исполнения планов мероприятий «дорожных карт», утвержденных распоряжением от 17.11.2020 г. № 952-рп, в Министерство экономического развития.`,
      '',
      'Срок – ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 апреля 2021 года.',
      '',
    );
    out.push(`${q}.4. Органам исполнительной власти Челябинской области провести цифровой аудит в течение 10 рабочих дней.`, '');
    if (q % 4 === 0) {
      out.push(
        `${q}.5. Считать исполненными и снять с контроля поручения, предусмотренные пунктами ${q - 1}.2, ${q - 1}.3 протокола заседания рабочей группы № 6/2021 от 15 февраля 2021 года.`,
        '',
      );
    }
  }
  return out.join('\n');
}

export function asDocument(text: string): DocumentText {
  return {
    file: 'bench-10-pages.md',
    format: 'md',
    sha256: createHash('sha256').update(text).digest('hex'),
    encoding: 'utf-8',
    lines: text.split('\n'),
  };
}

/** ms per call once the code is compiled: a worker parses many documents in one process. */
function timeIt(fn: () => void, minMs = 400, warmUp = 30): number {
  for (let i = 0; i < warmUp; i += 1) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs += 1;
  }
  return (performance.now() - start) / runs;
}

/** ms per parse of the 10-page protocol, beside chrono-node scanning the same text for dates. */
export function benchParse(): { parseMs: number; firstParseMs: number; chronoScanMs: number; planMs: number; planSteps: number; pages: number; items: number } {
  const text = tenPageProtocol();
  const doc = asDocument(text);
  const config = loadConfig('config');
  const options = { directory: config.directory, addWorkingDays: (d: string, n: number) => config.calendar.addWorkingDays(d, n) };
  // The first parse in this process pays for compiling the reader (what `srok parse FILE` pays once).
  const first = performance.now();
  const result = parseProtocol(doc, options);
  const firstParseMs = performance.now() - first;
  const parseMs = timeIt(() => parseProtocol(doc, options));
  const ref = new Date('2021-03-12T00:00:00+05:00');
  const chronoScanMs = timeIt(() => chrono.ru.parse(text, ref));
  // The whole timeline of the same protocol for a year, as `srok plan` computes it: every part (22 municipalities a group) and step.
  const zone = config.settings.timezone;
  const window = { now: officeInstant('2021-03-12', '00:00', zone), until: officeInstant('2022-03-12', '23:59', zone) };
  const planSteps = planDocument(result, config, window).steps.length;
  const planMs = timeIt(() => planDocument(result, config, window));
  return { parseMs, firstParseMs, chronoScanMs, planMs, planSteps, pages: Math.round(text.length / 1800), items: result.items.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(benchParse());
}
