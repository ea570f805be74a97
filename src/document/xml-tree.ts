/**
 * The XML parts of a .docx (document, numbering, styles) and of an OpenDocument text
 * (content, styles) as a small tree, parsed by
 * fast-xml-parser in document order.
 *
 * The library neither resolves namespaces nor checks well-formedness while parsing,
 * so this adapter runs its validator too and canonicalises names by namespace:
 * whatever prefix a file binds to WordprocessingML, its elements read as `w:p`,
 * `w:t` … (OpenDocument's as `text:p`, `style:style` …), so the walkers need not
 * resolve namespaces.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { countOf, LEVELS_GENITIVE } from '../mail/plural.js';
import { MAX_XML_DEPTH } from './limits.js';

export interface XmlElement {
  /** Canonical qualified name, e.g. `w:p`; names from unknown namespaces stay as written. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * Malformed XML; the caller turns it into an InputError naming the file. The message is
 * what a person reads (Russian, with the line and column when known); `detail` keeps the
 * parser's own wording, in English, for whoever debugs the parser.
 */
export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly detail: string = message,
  ) {
    super(message);
  }
}

const CANONICAL_PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  // ISO 29500 Strict files use another URI for the same vocabulary.
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  // OpenDocument (.odt, .fodt).
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0': 'manifest',
  'urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0': 'loext',
};

type Scope = ReadonlyMap<string, string>;

const ROOT_SCOPE: Scope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Text and attribute values stay strings, spaces included (`xml:space="preserve"`).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (`&#1057;`) are decoded only with this; it also
  // decodes HTML names such as `&nbsp;`, which are not XML and Word never writes.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The library counts the open ancestors of an element, not the element itself.
  maxNestedTags: MAX_XML_DEPTH - 1,
});

/** A node of the library's ordered output: `{ '#text': text }` or `{ [name]: children, ':@': attributes }`. */
interface OrderedNode {
  '#text'?: string;
  ':@'?: Record<string, string>;
  [name: string]: OrderedNode[] | Record<string, string> | string | undefined;
}

/** Parses one XML document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  // A DTD could declare entities that expand without bound, and the library would
  // expand them. Word never writes one; any `<!DOCTYPE`, even in a comment, is refused.
  if (xml.includes('<!DOCTYPE')) {
    throw new XmlSyntaxError('в XML есть объявление <!DOCTYPE>, которого офисные программы не пишут', 'unexpected declaration <!DOCTYPE>');
  }
  let nodes: OrderedNode[];
  try {
    // parse() is typed `any`; with preserveOrder it returns an array of ordered nodes.
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new XmlSyntaxError(
      /nested tags/i.test(detail) ? `элементы XML вложены глубже ${countOf(MAX_XML_DEPTH, LEVELS_GENITIVE)}` : 'ошибка в разметке XML',
      detail,
    );
  }
  // The validator runs second: it has no depth limit, which the parse has just enforced.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    // The validator leaves the column undefined for some errors (an empty document).
    const where = [Number.isInteger(line) ? `строка ${line}` : '', Number.isInteger(col) ? `столбец ${col}` : ''].filter(Boolean).join(', ');
    throw new XmlSyntaxError(`ошибка в разметке XML${where ? `: ${where}` : ''}`, `${msg.replace(/\.$/, '')} at line ${line}, column ${col}`);
  }
  const root = toNodes(nodes, ROOT_SCOPE).find((node): node is XmlElement => typeof node !== 'string');
  if (root === undefined) throw new XmlSyntaxError('в XML нет корневого элемента', 'no root element');
  return root;
}

function toNodes(nodes: OrderedNode[], scope: Scope): XmlNode[] {
  return nodes.map((node) => node['#text'] ?? toElement(node, scope));
}

function toElement(node: OrderedNode, parentScope: Scope): XmlElement {
  const raw = Object.keys(node).find((key) => key !== ':@');
  if (raw === undefined) throw new XmlSyntaxError('в XML элемент без имени', 'an element without a name');
  const rawAttrs = Object.entries(node[':@'] ?? {});

  let declared: Map<string, string> | null = null;
  for (const [name, value] of rawAttrs) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      declared ??= new Map(parentScope);
      declared.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const scope: Scope = declared ?? parentScope;
  const attrs: Record<string, string> = {};
  for (const [name, value] of rawAttrs) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    // Unprefixed attributes belong to no namespace, whatever the default one is.
    attrs[name.includes(':') ? canonicalName(name, scope) : name] = value;
  }
  return { name: canonicalName(raw, scope), attrs, children: toNodes(node[raw] as OrderedNode[], scope) };
}

function canonicalName(raw: string, scope: Scope): string {
  const colon = raw.indexOf(':');
  const prefix = colon === -1 ? '' : raw.slice(0, colon);
  const local = colon === -1 ? raw : raw.slice(colon + 1);
  const uri = scope.get(prefix);
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIXES[uri];
  return canonical === undefined ? raw : `${canonical}:${local}`;
}

/** The element children of `element` named `name` (canonical name). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) found.push(child);
  }
  return found;
}

/** The first element child named `name`, if any. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name) return child;
  }
  return undefined;
}

/** `w:val` of the child named `name`: `<w:numId w:val="3"/>` → '3'. */
export function childValue(element: XmlElement, name: string): string | undefined {
  return childElement(element, name)?.attrs['w:val'];
}

/** All text directly and indirectly inside `element`. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textContent(child);
  return text;
}
