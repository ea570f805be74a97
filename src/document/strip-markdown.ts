/**
 * Removes Markdown markup from the lines of a .md document, line for line: nothing is
 * joined or dropped, so line N of the result is line N of the file.
 *
 * Protocols converted to Markdown carry bold headings («**ПРОТОКОЛ № 4/2019**»),
 * escaped item numbers («1\.») and hard breaks; the later stages want the words.
 * Only markup that cannot be content is removed: a lone «*» or «_» inside a word or
 * next to a space stays, list markers and item numbers stay.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HORIZONTAL_RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}=+[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const BLOCK_QUOTE = /^ {0,3}>[ \t]?/;

/** Escapable ASCII punctuation (CommonMark); kept aside so escaped marks are not markup. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** Escaped characters wait in the private use area while emphasis is removed. */
const ESCAPE_BASE = 0xe000;

export function stripMarkdown(lines: readonly string[]): string[] {
  const out = [...lines];
  let paragraph: number[] = [];
  let fence: string | null = null;

  const flush = (): void => {
    if (paragraph.length === 0) return;
    const stripped = stripInline(paragraph.map((index) => out[index]!).join('\n')).split('\n');
    paragraph.forEach((index, i) => {
      out[index] = stripped[i] ?? '';
    });
    paragraph = [];
  };

  lines.forEach((line, index) => {
    if (fence !== null) {
      // Code is content as written; only the closing fence is markup.
      if (line.trim().startsWith(fence)) {
        fence = null;
        out[index] = '';
      }
      return;
    }
    const opening = FENCE.exec(line);
    if (opening !== null) {
      flush();
      fence = opening[1]!;
      out[index] = '';
    } else if (line.trim() === '') {
      flush();
      out[index] = '';
    } else if (HORIZONTAL_RULE.test(line) || SETEXT_UNDERLINE.test(line)) {
      flush();
      out[index] = '';
    } else if (HEADING.test(line)) {
      flush();
      out[index] = line.replace(HEADING, '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
      paragraph = [index];
      flush();
    } else {
      let text = line;
      while (BLOCK_QUOTE.test(text)) text = text.replace(BLOCK_QUOTE, '');
      out[index] = text;
      paragraph.push(index);
    }
  });
  flush();
  return out;
}

/** Inline markup of one paragraph (lines joined with '\n', which nothing here removes). */
function stripInline(paragraph: string): string {
  let text = paragraph.replace(ESCAPED, (_whole, char: string) =>
    String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)),
  );
  // Hard breaks: a backslash or trailing spaces at the end of a line.
  text = text.replace(/\\$/gm, '').replace(/[ \t]+$/gm, '');

  let previous: string;
  do {
    previous = text;
    text = text
      .replace(/\*\*(?!\s)([\s\S]+?)(?<!\s)\*\*/g, '$1')
      .replace(/(?<![\p{L}\p{N}_])__(?!\s)([\s\S]+?)(?<!\s)__(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/(?<![*\p{L}\p{N}])\*(?![\s*])([^\n]+?)(?<![\s*])\*(?![*\p{L}\p{N}])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?![\s_])([^\n]+?)(?<![\s_])_(?![\p{L}\p{N}_])/gu, '$1');
  } while (text !== previous);

  text = text
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/g, (_whole, link: string) =>
      link.replace(/^mailto:/, ''),
    );

  return text.replace(/[\ue021-\ue07e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
}

/**
 * A text saved as Markdown under another name («.txt» from a converter): escaped item numbers («1\\.»), escaped blanks
 * («\\_\\_28.06.2016\\_\\_»), lines in bold, a table's «|---|» rule — two kinds of these, or three marks of one.
 */
export function looksLikeMarkdown(lines: readonly string[]): boolean {
  const signs = [
    /^\s*\d+(?:\\\.\d+)*\\\.\s/u,
    /\\[_*#\[\]-]/u,
    /^\s*\*\*\S.*\S\*\*\s*$/u,
    /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u,
  ];
  const counts = signs.map((sign) => lines.filter((line) => sign.test(line)).length);
  // (A table's rule alone does not make Markdown: a plain text's table of «|-----|-----|» has it too.)
  return counts.filter((n) => n > 0).length >= 2 || counts.slice(0, 3).some((n) => n >= 3);
}
