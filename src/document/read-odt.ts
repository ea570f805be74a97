/**
 * Reads an OpenDocument text (.odt, and the flat .fodt) into lines, as read-docx.ts
 * reads a .docx: one line per paragraph in reading order (table cells row by row),
 * the list label LibreOffice displays in front, a line break inside a paragraph
 * starting a new line. What a reader does not see is skipped: tracked deletions,
 * comments, footnote bodies and their marks, the page headers and footers (they live
 * in styles.xml, not in the body).
 *
 * The package is opened with the same ZIP reader and the same per-part size bound as a
 * .docx, so a zip bomb is refused before it is inflated.
 */
import { InputError } from '../errors.js';
import { MAX_DOCX_PART_BYTES } from './limits.js';
import { OdfCounters, parseListStyle, type OdfListStyle } from './odf-lists.js';
import { childElement, childElements, parseXml, XmlSyntaxError, type XmlElement } from './xml-tree.js';
import { looksLikeZip, ZipArchive } from './zip-archive.js';

const TEXT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

export async function readOdtLines(bytes: Uint8Array, file: string): Promise<string[]> {
  if (!looksLikeZip(bytes)) {
    // A flat OpenDocument file: content and styles in one XML document.
    const root = parseOrRefuse(decodeUtf8(bytes, file, 'файл'), file, 'файл');
    return odtLines(root, root, file);
  }
  const zip = await ZipArchive.open(bytes, file, '.odt');
  const mimetype = await zip.read('mimetype', 1024);
  const type = mimetype === null ? null : new TextDecoder().decode(mimetype.bytes).trim();
  if (type !== null && type !== TEXT_MIMETYPE && !type.startsWith(`${TEXT_MIMETYPE}-`)) {
    throw new InputError(file, `это не текстовый документ OpenDocument, а ${describeMimetype(type)}; пришлите протокол как .odt, .docx или PDF`);
  }
  const manifest = await zip.read('META-INF/manifest.xml', MAX_DOCX_PART_BYTES);
  if (manifest !== null && new TextDecoder().decode(manifest.bytes).includes('encryption-data')) {
    throw new InputError(file, 'документ .odt защищён паролем; сохраните его в LibreOffice без пароля');
  }
  const content = await zip.read('content.xml', MAX_DOCX_PART_BYTES);
  if (content === null) {
    throw new InputError(file, 'это ZIP-архив, но не документ OpenDocument (в нём нет content.xml); откройте документ в LibreOffice и сохраните как .odt');
  }
  const styles = await zip.read('styles.xml', MAX_DOCX_PART_BYTES);
  const contentRoot = parseOrRefuse(decodeUtf8(content.bytes, file, content.name), file, content.name);
  const stylesRoot = styles === null ? null : parseOrRefuse(decodeUtf8(styles.bytes, file, styles.name), file, styles.name);
  return odtLines(contentRoot, stylesRoot, file);
}

function describeMimetype(type: string): string {
  if (type.includes('spreadsheet')) return 'электронная таблица (.ods)';
  if (type.includes('presentation')) return 'презентация (.odp)';
  if (type.includes('graphics') || type.includes('drawing')) return 'рисунок (.odg)';
  return `документ типа ${type}`;
}

function decodeUtf8(bytes: Uint8Array, file: string, part: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, `${part} внутри .odt — не текст в UTF-8; откройте документ в LibreOffice и сохраните заново`);
  }
}

function parseOrRefuse(xml: string, file: string, part: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new InputError(file, `${part} внутри .odt повреждён (${error.message}); откройте документ в LibreOffice и сохраните заново`);
  }
}

interface ParagraphStyle {
  parent: string | null;
  listStyle: string | null;
}

interface Styles {
  lists: Map<string, OdfListStyle>;
  paragraphs: Map<string, ParagraphStyle>;
  outline: OdfListStyle | null;
}

function collectStyles(roots: Array<XmlElement | null>): Styles {
  const styles: Styles = { lists: new Map(), paragraphs: new Map(), outline: null };
  for (const root of roots) {
    if (root === null) continue;
    for (const section of childElements(root)) {
      if (section.name !== 'office:styles' && section.name !== 'office:automatic-styles') continue;
      for (const element of childElements(section)) {
        const name = element.attrs['style:name'];
        if (element.name === 'text:list-style' && name !== undefined) styles.lists.set(name, parseListStyle(element));
        else if (element.name === 'text:outline-style') styles.outline = parseListStyle(element);
        else if (element.name === 'style:style' && element.attrs['style:family'] === 'paragraph' && name !== undefined) {
          styles.paragraphs.set(name, { parent: element.attrs['style:parent-style-name'] ?? null, listStyle: element.attrs['style:list-style-name'] ?? null });
        }
      }
    }
  }
  return styles;
}

/** Elements whose content a reader of the body never sees. */
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'office:annotation-end',
  'text:note-citation',
  'text:note-body',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'svg:title',
  'svg:desc',
  'draw:image',
]);

interface Walk {
  styles: Styles;
  lines: string[];
  /** Counters of each list by its xml:id, to continue it by id. */
  listsById: Map<string, OdfCounters>;
  /** The last top-level list of each list style, for `text:continue-numbering`. */
  lastListByStyle: Map<string, OdfCounters>;
  lastList: OdfCounters | null;
  outline: OdfCounters;
}

function odtLines(content: XmlElement, styles: XmlElement | null, file: string): string[] {
  const body = childElement(content, 'office:body');
  const text = body === undefined ? undefined : childElement(body, 'office:text');
  if (text === undefined) {
    const kind = body === undefined ? null : childElements(body)[0]?.name;
    if (kind === 'office:spreadsheet' || kind === 'office:presentation' || kind === 'office:drawing') {
      throw new InputError(file, `это не текстовый документ OpenDocument, а ${describeMimetype(kind.slice(7))}; пришлите протокол как .odt, .docx или PDF`);
    }
    throw new InputError(file, 'в документе OpenDocument нет текста (нет office:text); откройте его в LibreOffice и сохраните как .odt');
  }
  const collected = collectStyles(styles === content ? [content] : [styles, content]);
  const walk: Walk = {
    styles: collected,
    lines: [],
    listsById: new Map(),
    lastListByStyle: new Map(),
    lastList: null,
    outline: new OdfCounters(collected.outline),
  };
  blocks(text, walk, null);
  return walk.lines;
}

interface ListContext {
  counters: OdfCounters;
  level: number;
  /** `text:start-value` of the list item the next paragraph opens. */
  startValue: number | null;
  /** The item's first paragraph is numbered; the rest of the item's paragraphs are not. */
  numbered: boolean;
  header: boolean;
}

function blocks(element: XmlElement, walk: Walk, list: ListContext | null): void {
  for (const child of element.children) {
    if (typeof child === 'string' || SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 'text:p':
      case 'text:h':
        paragraph(child, walk, list);
        break;
      case 'text:list':
        listElement(child, walk, list);
        break;
      case 'table:covered-table-cell':
        break;
      default:
        // Sections, tables and their rows and cells, indexes, text boxes: they hold paragraphs.
        blocks(child, walk, null);
    }
  }
}

function listStyleOfParagraph(name: string | undefined, styles: Styles): string | null {
  let current = name;
  for (let hop = 0; current !== undefined && hop < 10; hop += 1) {
    const style = styles.paragraphs.get(current);
    if (style === undefined) return null;
    if (style.listStyle !== null && style.listStyle !== '') return style.listStyle;
    current = style.parent ?? undefined;
  }
  return null;
}

function listElement(element: XmlElement, walk: Walk, outer: ListContext | null): void {
  let counters: OdfCounters;
  let level: number;
  if (outer !== null) {
    counters = outer.counters;
    level = outer.level + 1;
  } else {
    const styleName = element.attrs['text:style-name'] ?? firstParagraphListStyle(element, walk.styles);
    const style = styleName === null ? null : (walk.styles.lists.get(styleName) ?? null);
    const continueId = element.attrs['text:continue-list'];
    const continued =
      continueId !== undefined
        ? walk.listsById.get(continueId)
        : element.attrs['text:continue-numbering'] === 'true'
          ? (styleName === null ? walk.lastList : walk.lastListByStyle.get(styleName)) ?? undefined
          : undefined;
    counters = continued ?? new OdfCounters(style);
    level = 1;
    if (styleName !== null) walk.lastListByStyle.set(styleName, counters);
    walk.lastList = counters;
  }
  const id = element.attrs['xml:id'] ?? element.attrs['text:id'];
  if (id !== undefined) walk.listsById.set(id, counters);
  for (const item of childElements(element)) {
    if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue;
    const start = Number.parseInt(item.attrs['text:start-value'] ?? '', 10);
    const context: ListContext = {
      counters,
      level,
      startValue: Number.isInteger(start) ? start : null,
      numbered: false,
      header: item.name === 'text:list-header',
    };
    blocks(item, walk, context);
  }
}

/** A list without a style of its own takes the list style of its first paragraph's style. */
function firstParagraphListStyle(list: XmlElement, styles: Styles): string | null {
  for (const item of childElements(list)) {
    for (const child of childElements(item)) {
      if (child.name === 'text:p' || child.name === 'text:h') return listStyleOfParagraph(child.attrs['text:style-name'], styles);
      if (child.name === 'text:list') return firstParagraphListStyle(child, styles);
    }
  }
  return null;
}

function paragraph(p: XmlElement, walk: Walk, list: ListContext | null): void {
  const text = new ParagraphText();
  const frames: XmlElement[] = [];
  inline(p, text, frames);
  let label: string | null = null;
  if (list !== null && !list.numbered && !list.header) {
    list.numbered = true;
    label = list.counters.next(list.level, list.startValue);
  } else if (list === null && p.name === 'text:h' && p.attrs['text:is-list-header'] !== 'true') {
    const level = Number.parseInt(p.attrs['text:outline-level'] ?? '', 10);
    if (Number.isInteger(level) && level >= 1) {
      const start = Number.parseInt(p.attrs['text:start-value'] ?? '', 10);
      label = walk.outline.next(level, p.attrs['text:restart-numbering'] === 'true' ? (Number.isInteger(start) ? start : 1) : null);
    }
  }
  const lines = text.lines();
  if (label !== null && label !== '') lines[0] = `${label} ${lines[0] ?? ''}`.trimEnd();
  walk.lines.push(...lines);
  for (const frame of frames) blocks(frame, walk, null);
}

/** The text of one paragraph, with ODF's white-space rule: runs of spaces, tabs and newlines read as one space. */
class ParagraphText {
  private readonly done: string[] = [];
  private current = '';

  add(text: string, literal = false): void {
    if (literal) {
      this.current += text;
      return;
    }
    const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
    this.current += this.current.endsWith(' ') || this.current === '' ? collapsed.replace(/^ /, '') : collapsed;
  }

  lineBreak(): void {
    this.done.push(this.current);
    this.current = '';
  }

  lines(): string[] {
    return [...this.done, this.current].map((line) => line.replace(/\u00ad/g, '').trim());
  }
}

function inline(element: XmlElement, text: ParagraphText, frames: XmlElement[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      text.add(child);
      continue;
    }
    if (SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 'text:s': {
        const count = Number.parseInt(child.attrs['text:c'] ?? '1', 10);
        text.add(' '.repeat(Number.isInteger(count) && count > 0 && count < 1000 ? count : 1), true);
        break;
      }
      case 'text:tab':
        text.add(' ', true);
        break;
      case 'text:line-break':
        text.lineBreak();
        break;
      case 'text:soft-page-break':
        break;
      case 'draw:frame':
      case 'draw:custom-shape':
      case 'draw:rect':
        // A text box's paragraphs follow the paragraph it is anchored in, as a reader meets them.
        frames.push(child);
        break;
      default:
        inline(child, text, frames);
    }
  }
}
