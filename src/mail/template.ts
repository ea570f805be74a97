import { TemplateError } from './template-error.js';

/**
 * A small logic-less template language, a subset of Mustache, compiled once into
 * closures:
 *
 *   {{name}}              the value, escaped by the template's `escape`
 *   {{#name}}…{{/name}}   a list: once per element; a non-empty value: once, inside it
 *   {{^name}}…{{/name}}   only when the value is empty, false, null or an empty list
 *   {{.}}                 the current list element itself (for lists of strings)
 *
 * A tag alone on its line takes the whole line with it, so text templates can put
 * sections on lines of their own. The MJML templates use the same tags: MJML leaves
 * them untouched, so a template is compiled by MJML once and its HTML split at the tags.
 */

export type TemplateValue = string | number | boolean | null | undefined | TemplateScope | readonly TemplateValue[];
export interface TemplateScope {
  readonly [name: string]: TemplateValue;
}

export type RenderTemplate = (view: TemplateScope) => string;

type Node =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string; line: number }
  | { type: 'section'; name: string; inverted: boolean; line: number; children: Node[] };

export interface TemplateOptions {
  /** Reported in errors. */
  file: string;
  /** Applied to every value; identity for text templates. */
  escape: (value: string) => string;
  /** Names a template may use (first segment of a dotted name); others are an error. */
  known?: ReadonlySet<string>;
  /**
   * Reject a stray '{{' that is not a tag (a typo such as '{{ name }' or '{{name-x}}').
   * Off for MJML's output, whose CSS is not ours to police.
   */
  strict?: boolean;
}

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|\.)\s*\}\}/g;
const STRAY_OPEN = /\{\{/;

export function parseTemplate(source: string, options: TemplateOptions): Node[] {
  const lineOf = lineCounter(source);
  const root: Node[] = [];
  const open: Array<{ node: Extract<Node, { type: 'section' }> }> = [];
  const current = (): Node[] => open[open.length - 1]?.node.children ?? root;

  let cursor = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m !== null; m = TAG.exec(source)) {
    const sigil = m[1] ?? '';
    const name = m[2] ?? '';
    let start = m.index;
    let end = TAG.lastIndex;
    const line = lineOf(start);

    if (sigil !== '') {
      // A section tag alone on its line: drop the line's indentation and its line break.
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      let lineEnd = source.indexOf('\n', end);
      if (lineEnd === -1) lineEnd = source.length;
      if (/^[ \t]*$/.test(source.slice(lineStart, start)) && /^[ \t\r]*$/.test(source.slice(end, lineEnd))) {
        start = lineStart;
        end = Math.min(lineEnd + 1, source.length);
      }
    }
    pushText(current(), source.slice(cursor, start), options, lineOf(cursor));
    cursor = end;

    if (sigil !== '/' && name !== '.' && options.known && !options.known.has(name.split('.')[0] ?? name)) {
      throw new TemplateError(options.file, line, `{{${sigil}${name}}} — такого значения нет ни в одном письме; допустимые имена: ${[...options.known].sort().join(', ')}`);
    }
    if (sigil === '') {
      current().push({ type: 'value', name, line });
    } else if (sigil === '#' || sigil === '^') {
      if (name === '.') throw new TemplateError(options.file, line, `{{${sigil}.}} не может открыть раздел; назовите список, например {{#lines}}`);
      const node: Extract<Node, { type: 'section' }> = { type: 'section', name, inverted: sigil === '^', line, children: [] };
      current().push(node);
      open.push({ node });
    } else {
      const top = open.pop();
      if (!top) throw new TemplateError(options.file, line, `{{/${name}}} закрывает раздел, который не был открыт; уберите его или откройте раздел`);
      if (top.node.name !== name) {
        throw new TemplateError(options.file, line, `{{/${name}}} закрывает {{${top.node.inverted ? '^' : '#'}${top.node.name}}}, открытый в строке ${top.node.line}; сначала закройте его через {{/${top.node.name}}}`);
      }
    }
  }
  pushText(current(), source.slice(cursor), options, lineOf(cursor));
  const unclosed = open.pop();
  if (unclosed) {
    throw new TemplateError(options.file, unclosed.node.line, `{{${unclosed.node.inverted ? '^' : '#'}${unclosed.node.name}}} нигде не закрыт; добавьте {{/${unclosed.node.name}}}`);
  }
  return root;
}

function pushText(into: Node[], text: string, options: TemplateOptions, line: number): void {
  if (text === '') return;
  const stray = options.strict ? STRAY_OPEN.exec(text) : null;
  if (stray) {
    const before = text.slice(0, stray.index);
    const at = line + (before.match(/\n/g)?.length ?? 0);
    throw new TemplateError(options.file, at, `'${stray[0]}' — не часть правильного тега; пишите {{имя}}, {{#имя}}, {{^имя}} или {{/имя}}`);
  }
  const last = into[into.length - 1];
  if (last?.type === 'text') last.text += text;
  else into.push({ type: 'text', text });
}

function lineCounter(source: string): (index: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

type Piece = (stack: TemplateValue[]) => string;

export function compileTemplate(source: string, options: TemplateOptions): RenderTemplate {
  const render = compileNodes(parseTemplate(source, options), options.escape);
  return (view) => render([view]);
}

function compileNodes(nodes: Node[], escape: (value: string) => string): Piece {
  const pieces = nodes.map((node) => compileNode(node, escape));
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  return (stack) => {
    let out = '';
    for (const piece of pieces) out += piece(stack);
    return out;
  };
}

function compileNode(node: Node, escape: (value: string) => string): Piece {
  switch (node.type) {
    case 'text': {
      const text = node.text;
      return () => text;
    }
    case 'value': {
      const path = node.name === '.' ? null : node.name.split('.');
      return (stack) => {
        const value = path === null ? stack[stack.length - 1] : lookup(stack, path);
        if (typeof value === 'string') return escape(value);
        if (typeof value === 'number') return String(value);
        return '';
      };
    }
    case 'section': {
      const path = node.name.split('.');
      const body = compileNodes(node.children, escape);
      if (node.inverted) return (stack) => (isEmpty(lookup(stack, path)) ? body(stack) : '');
      return (stack) => {
        const value = lookup(stack, path);
        if (isEmpty(value)) return '';
        if (Array.isArray(value)) {
          let out = '';
          for (const element of value as readonly TemplateValue[]) {
            stack.push(element);
            out += body(stack);
            stack.pop();
          }
          return out;
        }
        if (typeof value === 'object' && value !== null) {
          stack.push(value);
          const out = body(stack);
          stack.pop();
          return out;
        }
        return body(stack);
      };
    }
  }
}

function isEmpty(value: TemplateValue): boolean {
  return value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0);
}

function lookup(stack: readonly TemplateValue[], path: readonly string[]): TemplateValue {
  const first = path[0] ?? '';
  let value: TemplateValue = undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    const scope = stack[i];
    if (typeof scope === 'object' && scope !== null && !Array.isArray(scope) && Object.hasOwn(scope, first)) {
      value = (scope as TemplateScope)[first];
      break;
    }
  }
  for (let i = 1; i < path.length; i++) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as TemplateScope)[path[i] ?? ''];
  }
  return value;
}
