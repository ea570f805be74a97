/**
 * The layouts other copies give the same document: hard-wrapped at a column (with and
 * without words hyphenated at the line's end), a blank line after every line or none at all,
 * CRLF, non-breaking spaces, «N» for «№», plain dashes and quotes, page numbers between lines,
 * tabs for indents. Each is a function of the whole text that keeps its words; `npm run
 * eval:variants` reads the corpus in each, and the reader's tests hold it to the same reading.
 */
/** Hard-wrap a paragraph at `width`, words kept whole (a long word stands alone). */
export function wrapLine(line: string, width: number, hyphenate: boolean): string[] {
  if (line.length <= width) return [line];
  const indent = /^\s*/.exec(line)![0];
  const words = line.slice(indent.length).split(/ +/);
  const out: string[] = [];
  let current = indent;
  for (const word of words) {
    const sep = current.trim() === '' ? '' : ' ';
    if (current.length + sep.length + word.length <= width) {
      current += sep + word;
      continue;
    }
    // A PDF copy breaks a long word of letters at the line's end with a hyphen.
    const room = width - current.length - sep.length - 1;
    if (hyphenate && room >= 3 && /^[А-Яа-яЁё]{8,}[,.;:]?$/.test(word) && word.length - room >= 3) {
      out.push(`${current}${sep}${word.slice(0, room)}-`);
      current = word.slice(room);
      continue;
    }
    if (current.trim() !== '') out.push(current);
    current = word;
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

const wrapAt = (width: number, hyphenate: boolean) => (text: string) =>
  text
    .split('\n')
    .flatMap((l) => wrapLine(l, width, hyphenate))
    .join('\n');

/** The layout variants: each a function of the whole text. */
export const VARIANTS: Record<string, { about: string; apply: (text: string) => string }> = {
  wrap72: { about: 'строки перенесены на 72-м знаке', apply: wrapAt(72, false) },
  wrap56: { about: 'строки перенесены на 56-м знаке', apply: wrapAt(56, false) },
  hyphen64: { about: 'перенос на 64-м знаке с переносом слов через дефис', apply: wrapAt(64, true) },
  spaced: { about: 'пустая строка после каждой строки', apply: (t) => t.split('\n').filter((l) => l.trim() !== '').join('\n\n') },
  dense: { about: 'пустые строки убраны', apply: (t) => t.split('\n').filter((l) => l.trim() !== '').join('\n') },
  crlf: { about: 'концы строк CRLF', apply: (t) => t.replace(/\n/g, '\r\n') },
  nbsp: { about: 'неразрывные пробелы после чисел, «№», «г.» и инициалов', apply: (t) => t.replace(/(\d|№|\bг\.|\b[А-ЯЁ]\.) /g, '$1\u00a0') },
  numeroN: { about: '«N» вместо «№»', apply: (t) => t.replace(/№/g, 'N') },
  dashes: { about: 'дефис вместо тире', apply: (t) => t.replace(/[–—]/g, '-') },
  quotes: { about: 'прямые кавычки вместо «ёлочек»', apply: (t) => t.replace(/[«»“”„]/g, '"') },
  pages: {
    about: 'номер страницы через каждые 25 строк',
    apply: (t) => {
      const lines = t.split('\n');
      const out: string[] = [];
      lines.forEach((l, i) => {
        out.push(l);
        if (i > 0 && i % 25 === 0 && i < lines.length - 3) out.push('', `- ${i / 25 + 1} -`, '');
      });
      return out.join('\n');
    },
  },
  oneline: { about: 'весь текст одной строкой (копия без переводов строк)', apply: (t) => t.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ') },
  parens: { about: 'номера пунктов «1)» вместо «1.»', apply: (t) => t.replace(/^(\s*)(\d{1,2})\.(?=\s+[А-ЯЁ«"])/gmu, '$1$2)') },
  capitals: {
    about: 'строки прописными буквами написаны строчными («ПОСТАНОВЛЕНИЕ» → «Постановление»)',
    apply: (t) => t.replace(/^[^\p{Ll}\n]*\p{Lu}{3}[^\p{Ll}\n]*$/gmu, (line) => line.toLowerCase().replace(/^(\s*\P{L}*)(\p{Ll})/u, (_m, lead: string, first: string) => lead + first.toUpperCase())),
  },
  tabs: { about: 'отступы табуляцией', apply: (t) => t.replace(/^ {2,}/gm, '\t') },
  glued: { about: 'номера пунктов без пробела после точки («1.Одобрить»)', apply: (t) => t.replace(/^(\s*\d{1,2}(?:\.\d{1,2})*\.)[ \t]+(?=[А-ЯЁ«"])/gmu, '$1') },
  upper: { about: 'весь текст прописными буквами (как в телеграмме)', apply: (t) => t.toUpperCase() },
};

