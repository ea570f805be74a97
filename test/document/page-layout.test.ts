import { describe, expect, it } from 'vitest';
import { layOutPages, rowsOf, type LaidOutPage, type VisualLine } from '../../src/document/page-layout.js';
import { hocrLines } from '../../src/document/ocr/hocr.js';
import { fixOcrWord, tidyOcrLine } from '../../src/document/ocr/ocr-words.js';
import { backgroundNoise, estimateSkew, median3, readPgm, rotate, unevenBackground, writePgm, type Raster } from '../../src/document/ocr/raster.js';
import { pageList } from '../../src/document/paged-text.js';
import { repairLatin1 } from '../../src/document/pdf-text.js';

/** A visual line of 12-point text: `indent` from the left margin at 100, `width` long, on baseline `y`. */
function line(page: number, y: number, text: string, options: { indent?: number; width?: number; size?: number } = {}): VisualLine {
  const size = options.size ?? 12;
  const left = 100 + (options.indent ?? 0);
  const width = options.width ?? 400;
  const first = text.split(' ')[0] ?? '';
  return { page, left, right: left + width, y, size, text, firstWord: first.length * size * 0.5, confidence: null, doubtful: [] };
}

function page(n: number, lines: VisualLine[]): LaidOutPage {
  return { page: n, width: 600, height: 840, lines };
}

describe('paragraphs from visual lines', () => {
  it('joins the lines of a justified paragraph and starts a new one at a first-line indent, an item number or a short line', () => {
    const laid = layOutPages([
      page(1, [
        line(1, 100, 'ПРОТОКОЛ № 4/2019', { width: 120 }),
        line(1, 130, '1.1. Принять к сведению информацию о рейтинге по развитию', { indent: 35, width: 365 }),
        line(1, 145, 'электронного правительства.', { width: 180 }),
        line(1, 165, 'Срок: до 25 ноября 2019 года.', { indent: 35, width: 170 }),
        line(1, 185, '2. Министерству информационных технологий разработать', { width: 400 }),
        line(1, 200, 'Положение.', { width: 60 }),
      ]),
    ]);
    expect(laid.lines).toEqual([
      'ПРОТОКОЛ № 4/2019',
      '1.1. Принять к сведению информацию о рейтинге по развитию электронного правительства.',
      'Срок: до 25 ноября 2019 года.',
      '2. Министерству информационных технологий разработать Положение.',
    ]);
    expect(laid.pages).toEqual([1, 1, 1, 1]);
  });

  it('joins a hyphenated word without its hyphen, and keeps the hyphen of a compound broken after it', () => {
    const laid = layOutPages([
      page(1, [
        line(1, 100, 'в муниципальных образованиях Ханты-Мансийского округа и муниципаль-'),
        line(1, 115, 'ных районах Ханты-'),
        line(1, 130, 'Мансийского округа и северо-'),
        line(1, 145, 'запада', { width: 40 }),
      ]),
    ]);
    expect(laid.lines).toEqual(['в муниципальных образованиях Ханты-Мансийского округа и муниципальных районах Ханты-Мансийского округа и северозапада']);
  });

  it('keeps the hyphen when the document writes the word hyphenated elsewhere', () => {
    const laid = layOutPages([
      page(1, [line(1, 100, 'сведения о социально-экономическом положении и социально-'), line(1, 115, 'экономическом развитии', { width: 150 })]),
    ]);
    expect(laid.lines).toEqual(['сведения о социально-экономическом положении и социально-экономическом развитии']);
  });

  it('drops page numbers and a running foot that repeats with only its numbers changed, and joins a paragraph across the page break', () => {
    const laid = layOutPages([
      page(1, [
        line(1, 90, 'ПРОТОКОЛ № 4/2019', { width: 120 }),
        line(1, 120, '2.2. Рекомендовать органам местного самоуправления направить', { indent: 35, width: 365 }),
        line(1, 800, 'Протокол № 4/2019 — страница 1 из 2', { indent: 100, width: 200, size: 9 }),
      ]),
      page(2, [
        line(2, 40, '2', { indent: 195, width: 6, size: 9 }),
        line(2, 90, 'вопросы и предложения (при наличии).', { width: 200 }),
        line(2, 800, 'Протокол № 4/2019 — страница 2 из 2', { indent: 100, width: 200, size: 9 }),
      ]),
    ]);
    expect(laid.lines).toEqual(['ПРОТОКОЛ № 4/2019', '2.2. Рекомендовать органам местного самоуправления направить вопросы и предложения (при наличии).']);
  });

  it('keeps a body line that happens to open two pages', () => {
    const laid = layOutPages([
      page(1, [line(1, 60, 'Решили:', { indent: 180, width: 50 }), line(1, 75, '1. Принять к сведению.', { width: 150 })]),
      page(2, [line(2, 60, 'Решили:', { indent: 180, width: 50 }), line(2, 75, '2. Принять к сведению.', { width: 150 })]),
    ]);
    expect(laid.lines).toEqual(['Решили:', '1. Принять к сведению.', 'Решили:', '2. Принять к сведению.']);
  });

  it('keeps the lowest confidence and the doubtful words of the lines it joins', () => {
    const a = { ...line(1, 100, 'Срок: до 25 ноября'), confidence: 0.9 };
    const b = { ...line(1, 115, '2О19 года.', { width: 60 }), confidence: 0.4, doubtful: ['2О19'] };
    const laid = layOutPages([page(1, [a, b])]);
    expect(laid.lines).toEqual(['Срок: до 25 ноября 2О19 года.']);
    expect(laid.confidence).toEqual([0.4]);
    expect(laid.doubtful).toEqual([['2О19']]);
  });

  it('puts cells that share a baseline on one row, tab between', () => {
    const rows = rowsOf([
      line(1, 100, 'Органам местного самоуправления', { width: 150 }),
      { ...line(1, 101, 'до 1 марта 2021 года', { width: 100 }), left: 400, right: 500 },
      line(1, 130, 'Министерству финансов', { width: 120 }),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['Органам местного самоуправления\tдо 1 марта 2021 года', 'Министерству финансов']);
  });

  it('names pages in messages as a person would', () => {
    expect(pageList([4])).toBe('страница 4');
    expect(pageList([1, 2, 3, 5])).toBe('страницы 1–3, 5');
  });
});

describe('text layers of old Russian PDFs', () => {
  it('decodes Windows-1251 text shown as Latin-1 letters, and leaves real text alone', () => {
    expect(repairLatin1('ÏÐÎÒÎÊÎË ¹ 4/2019')).toBe('ПРОТОКОЛ № 4/2019');
    expect(repairLatin1('Café crème')).toBe('Café crème');
    expect(repairLatin1('Протокол')).toBe('Протокол');
  });
});

describe('hOCR', () => {
  const hocr = `<div class='ocr_page'><p class='ocr_par'>
<span class='ocr_line' id='line_1_1' title="bbox 100 200 900 240; baseline 0.001 -8; x_size 40; x_descenders 8; x_ascenders 10">
<span class='ocrx_word' id='word_1_1' title='bbox 100 200 300 232; x_wconf 95'>Срок:</span>
<span class='ocrx_word' id='word_1_2' title='bbox 320 200 360 232; x_wconf 93'>до</span>
<span class='ocrx_word' id='word_1_3' title='bbox 365 215 370 220; x_wconf 12'>.</span>
<span class='ocrx_word' id='word_1_4' title='bbox 380 200 440 232; x_wconf 52'>2О19</span>
<span class='ocrx_word' id='word_1_5' title='bbox 460 200 560 232; x_wconf 91'>&lt;года&gt;</span>
</span></p></div>`;

  it('gives each line its words, baseline and size; drops specks; writes digits as digits; keeps the least sure confidence', () => {
    const [only] = hocrLines(hocr, 3);
    expect(only).toEqual({
      page: 3,
      left: 100,
      right: 560,
      y: 232,
      size: 40,
      text: 'Срок: до 2019 <года>',
      firstWord: 200,
      confidence: 0.52,
      doubtful: ['2019'],
    });
  });
});

describe('repairs of OCR words and lines', () => {
  it('makes look-alike letters one script, and digits of a number digits', () => {
    expect(fixOcrWord('Рeкомендовать')).toBe('Рекомендовать');
    expect(fixOcrWord('admhmаo.ru')).toBe('admhmao.ru');
    expect(fixOcrWord('SolnovaKV@аdmhmao.ru')).toBe('SolnovaKV@admhmao.ru');
    expect(fixOcrWord('2О19')).toBe('2019');
    expect(fixOcrWord('З1.12.2020')).toBe('31.12.2020');
    expect(fixOcrWord('Органам')).toBe('Органам');
    expect(fixOcrWord('XXI')).toBe('XXI');
  });

  it('writes item numbers with dots, drops the dots and quotes specks leave, joins a split address', () => {
    expect(tidyOcrLine('3.2: Рекомендовать органам')).toBe('3.2. Рекомендовать органам');
    expect(tidyOcrLine('1,2. Принять к сведению')).toBe('1.2. Принять к сведению');
    expect(tidyOcrLine('3. Органам. исполнительной власти направить. в Министерство')).toBe('3. Органам исполнительной власти направить в Министерство');
    expect(tidyOcrLine('г. Ханты-Мансийск, ул. Мира, тел. 33-22-55')).toBe('г. Ханты-Мансийск, ул. Мира, тел. 33-22-55');
    expect(tidyOcrLine('утвержденные ‘распоряжением Челябинской.области’')).toBe('утвержденные распоряжением Челябинской области');
    expect(tidyOcrLine('Ханты-=Мансийского')).toBe('Ханты-Мансийского');
    expect(tidyOcrLine('(на адрес электронной почты SolnovaK V@admhmao.ru)')).toBe('(на адрес электронной почты SolnovaKV@admhmao.ru)');
    expect(tidyOcrLine('30 октября 2019 года')).toBe('30 октября 2019 года');
  });
});

/** A synthetic page: white, with dark text-like bars every 40 rows. */
function stripes(width: number, height: number): Raster {
  const data = new Uint8Array(width * height).fill(250);
  for (let y = 60; y < height - 60; y += 40) {
    for (let dy = 0; dy < 14; dy += 1) {
      for (let x = 80; x < width - 80; x += 1) if (x % 23 < 17) data[(y + dy) * width + x] = 20;
    }
  }
  return { width, height, data };
}

describe('page images before OCR', () => {
  it('measures the skew of turned lines of text, and turning back straightens them', () => {
    const page = stripes(1200, 900);
    const turned = rotate(page, 0.8);
    const skew = estimateSkew(turned);
    expect(Math.abs(Math.abs(skew) - 0.8)).toBeLessThanOrEqual(0.06);
    expect(Math.abs(estimateSkew(rotate(turned, -skew)))).toBeLessThanOrEqual(0.06);
    expect(estimateSkew(page)).toBe(0);
  });

  it('tells a noisy page from a clean one, and the median removes the noise', () => {
    const page = stripes(600, 400);
    expect(backgroundNoise(page)).toBeLessThan(0.05);
    // Sensor noise from a fixed sequence: the same pixels every run.
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const noisy = { ...page, data: Uint8Array.from(page.data, (v) => Math.max(0, Math.min(255, Math.round(v - 20 + (next() - 0.5) * 60)))) };
    const before = backgroundNoise(noisy);
    expect(before).toBeGreaterThan(0.1);
    expect(backgroundNoise(median3(noisy))).toBeLessThan(before / 2);
  });

  it('sees paper lit unevenly', () => {
    const page = stripes(600, 400);
    expect(unevenBackground(page)).toBe(false);
    const shaded = { ...page, data: Uint8Array.from(page.data, (v, i) => Math.round(v * (0.55 + (0.45 * (i % 600)) / 600))) };
    expect(unevenBackground(shaded)).toBe(true);
  });

  it('writes and reads PGM, the format pages travel in', () => {
    const page = stripes(100, 80);
    expect(readPgm(writePgm(page))).toEqual(page);
    expect(readPgm(new TextEncoder().encode('P6\n1 1\n255\n'))).toBeNull();
  });
});
