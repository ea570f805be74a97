/**
 * Builds a minimal .docx in memory from WordprocessingML snippets, for cases the
 * committed fixtures do not cover (restart rules, legal numbering, style links).
 */
import { writeZip, type ZipInput } from './zip-writer.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:styles. */
  styles?: string;
}

export function docxFromXml(parts: DocxParts): Uint8Array {
  const entries: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>` },
  ];
  if (parts.numbering !== undefined) {
    entries.push({ name: 'word/numbering.xml', data: `<w:numbering ${W}>${parts.numbering}</w:numbering>` });
  }
  if (parts.styles !== undefined) {
    entries.push({ name: 'word/styles.xml', data: `<w:styles ${W}>${parts.styles}</w:styles>` });
  }
  return writeZip(entries);
}

/** A paragraph with optional list membership and style. */
export function para(text: string, options: { numId?: number; ilvl?: number; style?: string } = {}): string {
  const style = options.style === undefined ? '' : `<w:pStyle w:val="${options.style}"/>`;
  const numPr =
    options.numId === undefined && options.ilvl === undefined
      ? ''
      : `<w:numPr>${options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`}${
          options.numId === undefined ? '' : `<w:numId w:val="${options.numId}"/>`
        }</w:numPr>`;
  const pPr = style === '' && numPr === '' ? '' : `<w:pPr>${style}${numPr}</w:pPr>`;
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** One list level of an abstract definition. */
export function lvl(ilvl: number, numFmt: string, lvlText: string, extra = '', start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}
