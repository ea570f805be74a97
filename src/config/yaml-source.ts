import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import type { YamlPath } from './config-problem.js';
import { yamlErrorWords } from './yaml-error-words.js';

/** One config file as read: its data for zod and its syntax tree for line numbers. */
export interface YamlSource {
  /** The file as it appears in messages. */
  file: string;
  /** Plain data, or undefined when the file has syntax errors (then they are in `errors`). */
  data: unknown;
  /** The line (1-based) a YAML path is written on; for a key missing there, the line of its parent. */
  lineOf(path: YamlPath): number | null;
  errors: ConfigError[];
}

/** Parses `text` of `file`; syntax errors come back as ConfigErrors with line and column, not thrown. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const counter = new LineCounter();
  // prettyErrors off: the message names line and column itself, without a code excerpt.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => {
    // linePos is only filled in with prettyErrors; the offset always is.
    const position = error.linePos?.[0] ?? counter.linePos(error.pos[0]);
    const opened = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text, position.line) : null;
    if (opened) {
      return new ConfigError(file, '', `ошибка синтаксиса YAML в столбце ${opened.col}: кавычка ${opened.quote} открывает текст, но нигде не закрыта; допишите закрывающую ${opened.quote}`, opened.line);
    }
    return new ConfigError(file, '', `ошибка синтаксиса YAML в столбце ${position.col}: ${yamlErrorWords(error.code)}`, position.line);
  });
  return {
    file,
    data: errors.length === 0 ? doc.toJS() : undefined,
    lineOf: (path) => lineOfPath(doc, counter, path),
    errors,
  };
}

/**
 * The parser reports an unclosed quote where the file ends; the operator needs the line
 * it was opened on: the last line up to there with an odd number of quote marks.
 */
function unclosedQuote(text: string, upToLine: number): { line: number; col: number; quote: string } | null {
  const lines = text.split('\n').slice(0, upToLine);
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] as string;
    for (const quote of ['"', "'"]) {
      if (line.split(quote).length % 2 === 0) return { line: index + 1, col: line.lastIndexOf(quote) + 1, quote };
    }
  }
  return null;
}

function lineOfPath(doc: Document, counter: LineCounter, path: YamlPath): number | null {
  let node: unknown = doc.contents;
  // The line of what was found last: a key's own line, or the start of a list item.
  let line: number | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return line;
      line = lineAt(counter, pair.key as Node) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return line;
      line = lineAt(counter, item as Node) ?? line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function lineAt(counter: LineCounter, node: Node | null): number | null {
  const start = node?.range?.[0];
  return start === undefined ? null : counter.linePos(start).line;
}
