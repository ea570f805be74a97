import { describe, expect, it } from 'vitest';
import { documentFromBytes } from '../../src/document/index.js';
import { docxFromXml, lvl, para, type DocxParts } from './docx-package.js';

const lines = async (parts: DocxParts): Promise<string[]> => (await documentFromBytes('numbered.docx', docxFromXml(parts))).lines;

/** An abstract definition with its levels, and list instance `numId` pointing at it. */
const list = (abstractId: number, numId: number, levels: string, overrides = ''): string =>
  `<w:abstractNum w:abstractNumId="${abstractId}">${levels}</w:abstractNum>` +
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

describe('Word list labels', () => {
  it('shows a deeper level without its parent paragraph with the parent at its start value', async () => {
    const numbering = list(1, 1, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.'));
    expect(await lines({ numbering, body: para('Рекомендовать', { numId: 1, ilvl: 1 }) })).toEqual(['1.1. Рекомендовать']);
  });

  it('keeps a third level counting across second-level items when lvlRestart says only the first restarts it', async () => {
    const numbering = list(
      1,
      1,
      lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.') + lvl(2, 'decimal', '%1.%2.%3.', '<w:lvlRestart w:val="1"/>'),
    );
    const body = [
      para('вопрос', { numId: 1, ilvl: 0 }),
      para('решение', { numId: 1, ilvl: 1 }),
      para('подпункт', { numId: 1, ilvl: 2 }),
      para('решение', { numId: 1, ilvl: 1 }),
      para('подпункт', { numId: 1, ilvl: 2 }),
      para('вопрос', { numId: 1, ilvl: 0 }),
      para('решение', { numId: 1, ilvl: 1 }),
      para('подпункт', { numId: 1, ilvl: 2 }),
    ].join('');
    expect(await lines({ numbering, body })).toEqual([
      '1. вопрос',
      '1.1. решение',
      '1.1.1. подпункт',
      '1.2. решение',
      '1.2.2. подпункт',
      '2. вопрос',
      '2.1. решение',
      '2.1.1. подпункт',
    ]);
  });

  it('never restarts a level whose lvlRestart is 0', async () => {
    const numbering = list(1, 1, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '(%2)', '<w:lvlRestart w:val="0"/>'));
    const body = [
      para('а', { numId: 1, ilvl: 0 }),
      para('б', { numId: 1, ilvl: 1 }),
      para('в', { numId: 1, ilvl: 0 }),
      para('г', { numId: 1, ilvl: 1 }),
    ].join('');
    expect(await lines({ numbering, body })).toEqual(['1. а', '(1) б', '2. в', '(2) г']);
  });

  it('writes every counter in decimal on a legal-numbering level', async () => {
    const numbering = list(1, 1, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>'));
    const body = [para('Раздел', { numId: 1, ilvl: 0 }), para('Пункт', { numId: 1, ilvl: 1 })].join('');
    expect(await lines({ numbering, body })).toEqual(['I. Раздел', '1.1. Пункт']);
  });

  it('uses the instance start override once, then counts on', async () => {
    const numbering =
      list(1, 1, lvl(0, 'decimal', '%1.')) +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>`;
    const body = [
      para('а', { numId: 1, ilvl: 0 }),
      para('б', { numId: 2, ilvl: 0 }),
      para('в', { numId: 2, ilvl: 0 }),
      para('г', { numId: 1, ilvl: 0 }),
    ].join('');
    expect(await lines({ numbering, body })).toEqual(['1. а', '7. б', '8. в', '9. г']);
  });

  it('takes a whole level from the instance when it overrides the level', async () => {
    const numbering = list(
      1,
      1,
      lvl(0, 'decimal', '%1.'),
      `<w:lvlOverride w:ilvl="0">${lvl(0, 'russianLower', '%1)')}</w:lvlOverride>`,
    );
    expect(await lines({ numbering, body: para('пункт', { numId: 1, ilvl: 0 }) })).toEqual(['а) пункт']);
  });

  it('follows a numbering-style link to the definition that holds the levels', async () => {
    const numbering =
      list(10, 1, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2.')) +
      `<w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="ProtocolList"/></w:abstractNum>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>`;
    const styles =
      '<w:style w:type="numbering" w:styleId="ProtocolList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [para('вопрос', { numId: 2, ilvl: 0 }), para('решение', { numId: 2, ilvl: 1 })].join('');
    expect(await lines({ numbering, styles, body })).toEqual(['1. вопрос', '1.1. решение']);
  });

  it('finds the level of a heading style from the level linked to that style', async () => {
    const numbering = list(
      1,
      1,
      lvl(0, 'decimal', '%1.', '<w:pStyle w:val="Heading1"/>') + lvl(1, 'decimal', '%1.%2.', '<w:pStyle w:val="Heading2"/>'),
    );
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>';
    const body = [para('Вопрос', { style: 'Heading1' }), para('Решение', { style: 'Heading2' })].join('');
    expect(await lines({ numbering, styles, body })).toEqual(['1. Вопрос', '1.1. Решение']);
  });

  it('shows no number where a paragraph switches its style numbering off with numId 0', async () => {
    const numbering = list(1, 1, lvl(0, 'decimal', '%1.'));
    const styles = '<w:style w:type="paragraph" w:styleId="Punkt"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [para('пункт', { style: 'Punkt' }), para('без номера', { style: 'Punkt', numId: 0 }), para('пункт', { style: 'Punkt' })].join('');
    expect(await lines({ numbering, styles, body })).toEqual(['1. пункт', 'без номера', '2. пункт']);
  });

  it('shows no number for a list that is not defined', async () => {
    expect(await lines({ numbering: '', body: para('пункт', { numId: 5, ilvl: 0 }) })).toEqual(['пункт']);
    expect(await lines({ body: para('пункт', { numId: 5, ilvl: 0 }) })).toEqual(['пункт']);
  });

  it('writes letters past the alphabet doubled, as Word does', async () => {
    const numbering = list(1, 1, lvl(0, 'lowerLetter', '%1)', '', 26) + lvl(1, 'russianLower', '%2)', '', 28));
    const body = [para('z', { numId: 1, ilvl: 0 }), para('aa', { numId: 1, ilvl: 0 }), para('я', { numId: 1, ilvl: 1 }), para('аа', { numId: 1, ilvl: 1 })].join('');
    expect(await lines({ numbering, body })).toEqual(['z) z', 'aa) aa', 'я) я', 'аа) аа']);
  });

  it('separates label and text by nothing when the level says so', async () => {
    const numbering = list(1, 1, lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>'));
    expect(await lines({ numbering, body: para(' пункт', { numId: 1, ilvl: 0 }) })).toEqual(['1. пункт']);
  });

  it('shows a dash bullet as a dash and a symbol-font bullet as «•»', async () => {
    const numbering =
      list(1, 1, lvl(0, 'bullet', '–')) + list(2, 2, lvl(0, 'bullet', '\uf0b7'));
    const body = [para('пункт', { numId: 1, ilvl: 0 }), para('пункт', { numId: 2, ilvl: 0 })].join('');
    expect(await lines({ numbering, body })).toEqual(['– пункт', '• пункт']);
  });
});
