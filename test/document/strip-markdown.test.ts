import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/document/strip-markdown.js';

const strip = (text: string): string[] => stripMarkdown(text.split('\n'));

describe('Markdown markup removed line for line', () => {
  it('removes heading marks, closing ones too', () => {
    expect(strip('# ПРОТОКОЛ № 4/2019\n## 1. О рейтинге ##')).toEqual(['ПРОТОКОЛ № 4/2019', '1. О рейтинге']);
  });

  it('keeps «#» that is not a heading mark', () => {
    expect(strip('#тег и № 5')).toEqual(['#тег и № 5']);
  });

  it('removes strong and emphasis marks written with * and _', () => {
    expect(strip('**Решили:** и __важно__, *срок* и _курсив_; ***оба***')).toEqual(['Решили: и важно, срок и курсив; оба']);
  });

  it('leaves a lone asterisk, list markers and underscores inside words', () => {
    expect(strip('* пункт списка\n2 * 3 = 6\nfile_name_v2 и _GoBack\nSolnova_KV@admhmao.ru')).toEqual([
      '* пункт списка',
      '2 * 3 = 6',
      'file_name_v2 и _GoBack',
      'Solnova_KV@admhmao.ru',
    ]);
  });

  it('unescapes escaped characters and keeps them from being markup', () => {
    expect(strip('1\\. Утвердить \\*не курсив\\* и 5\\-7 дней')).toEqual(['1. Утвердить *не курсив* и 5-7 дней']);
  });

  it('drops backslash and double-space hard breaks without joining the lines', () => {
    expect(strip('Директор\\\nДепинформтехнологий Югры  \nП.И. Ципорин')).toEqual([
      'Директор',
      'Депинформтехнологий Югры',
      'П.И. Ципорин',
    ]);
  });

  it('turns horizontal rules and setext underlines into empty lines', () => {
    expect(strip('Протокол\n===\nтекст\n\n---\n* * *\n___')).toEqual(['Протокол', '', 'текст', '', '', '', '']);
  });

  it('does not let emphasis run across a blank line', () => {
    expect(strip('**начало\n\nконец**')).toEqual(['**начало', '', 'конец**']);
  });

  it('keeps code as written and blanks its fences', () => {
    expect(strip('```\n**как есть**\n```\n**жирный**')).toEqual(['', '**как есть**', '', 'жирный']);
  });

  it('removes block-quote marks, inline code ticks and autolink brackets', () => {
    expect(strip('> Срок: `до 1 мая`\n<SolnovaKV@admhmao.ru> и <mailto:a@b.ru>')).toEqual([
      'Срок: до 1 мая',
      'SolnovaKV@admhmao.ru и a@b.ru',
    ]);
  });
});
