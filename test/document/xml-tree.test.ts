import { describe, expect, it } from 'vitest';
import { childElements, parseXml, textContent, XmlSyntaxError } from '../../src/document/xml-tree.js';

describe('the XML reader for .docx parts', () => {
  it('names WordprocessingML elements w: whatever prefix the file binds, the default namespace included', () => {
    const root = parseXml(
      '<?xml version="1.0"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<body><p><r><t>текст</t></r></p></body></document>',
    );
    expect(root.name).toBe('w:document');
    expect(childElements(root)[0]?.name).toBe('w:body');
  });

  it('canonicalises prefixed attribute names and leaves unprefixed ones alone', () => {
    const root = parseXml('<q:numId xmlns:q="http://schemas.openxmlformats.org/wordprocessingml/2006/main" q:val="3" Id="x"/>');
    expect(root.attrs).toEqual({ 'w:val': '3', Id: 'x' });
  });

  it('decodes entities and character references, and reads CDATA as text', () => {
    const root = parseXml('<t a="&quot;1&quot; &amp; 2">&lt;&#1057;&#x440;ок&gt; &apos;x&apos;<![CDATA[ <как есть> ]]></t>');
    expect(root.attrs['a']).toBe('"1" & 2');
    expect(textContent(root)).toBe("<Срок> 'x' <как есть> ");
  });

  it('skips comments and processing instructions', () => {
    expect(textContent(parseXml('<t><!-- примечание -->а<?pi x?>б</t>'))).toBe('аб');
  });

  it('keeps text exactly as written: spaces around it, and digits as digits', () => {
    const root = parseXml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t xml:space="preserve">  007 </w:t><w:t>1.10</w:t></w:r>');
    expect(childElements(root).map(textContent)).toEqual(['  007 ', '1.10']);
    expect(childElements(root)[0]?.attrs).toEqual({ 'xml:space': 'preserve' });
  });

  it('keeps text, elements and CDATA in document order', () => {
    const root = parseXml('<p>а<b/>б<![CDATA[в]]>г<b/></p>');
    expect(root.children.map((child) => (typeof child === 'string' ? child : `<${child.name}>`))).toEqual([
      'а',
      '<b>',
      'б',
      'в',
      'г',
      '<b>',
    ]);
  });

  it.each([
    ['<a><b></a>', 'ошибка в разметке XML: строка 1, столбец 7', /Expected closing tag 'b'/],
    ['<a>', 'ошибка в разметке XML: строка 1, столбец 1', /Unclosed tag 'a'/],
    ['<a><b>', 'ошибка в разметке XML: строка 1, столбец 1', /Invalid .*"a".*"b".* found/],
    ['<a><!-- без конца', 'ошибка в разметке XML', /Comment is not closed/],
    ['<a b=1/>', 'ошибка в разметке XML: строка 1, столбец 4', /Attribute 'b' is without value/],
    ['<a>&</a>', 'ошибка в разметке XML: строка 1, столбец 4', /char '&' is not expected/],
    ['просто текст', 'ошибка в разметке XML: строка 1, столбец 1', /char 'п' is not expected/],
    ['', 'ошибка в разметке XML: строка 1', /Start tag expected/],
    ['<!DOCTYPE a><a/>', 'в XML есть объявление <!DOCTYPE>, которого офисные программы не пишут', /unexpected declaration/],
    ['<a><!DOCTYPE x [<!ENTITY e "ee">]>&e;</a>', 'в XML есть объявление <!DOCTYPE>, которого офисные программы не пишут', /unexpected declaration/],
  ])('refuses %s, in Russian for people and in the parser\'s words for debugging', (xml, message, detail) => {
    const error = xmlError(xml);
    expect(error.message).toBe(message);
    expect(error.detail).toMatch(detail);
  });

  it('refuses nesting deeper than any Word document has, and accepts 256 levels', () => {
    const error = xmlError('<a>'.repeat(257) + '</a>'.repeat(257));
    expect(error.message).toBe('элементы XML вложены глубже 256 уровней');
    expect(error.detail).toMatch(/Maximum nested tags exceeded/);
    expect(() => parseXml('<a>'.repeat(256) + '</a>'.repeat(256))).not.toThrow();
  });
});

function xmlError(xml: string): XmlSyntaxError {
  try {
    parseXml(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`parseXml accepted ${JSON.stringify(xml)}`);
}
