import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/domain.js';
import type { FileImport } from '../../src/import.js';
import { buildReceipt, receiptDocuments } from '../../src/intake/index.js';
import { receiptMail } from '../../src/intake/receipt.js';

function imported(file: string, assignments: number, parts: number, status: 'new' | 'updated' | 'unchanged' = 'new'): FileImport {
  return {
    file,
    ok: true,
    result: { status, protocolKey: 'p', version: 1, assignments, warnings: [], applied: [], pending: [] },
    scheduled: parts,
    parts,
  };
}

function parsed(number: string | null, warnings: ParsedDocument['warnings'] = []): ParsedDocument {
  return {
    source: { file: 'x', format: 'pdf', sha256: '', pages: 2 },
    protocol: { kind: 'protocol', title: null, number, date: '2019-10-30', body: 'Рабочая группа', chair: null, signatory: null },
    items: [{ item: '1.2', line: 12, page: 2, parent: '1', kind: 'assignment', text: '…' }],
    noted: [],
    assignments: [],
    extensions: [],
    controller: null,
    warnings,
  };
}

describe('the import receipt', () => {
  it('says in Russian, with the right plurals, what was understood in each document and what needs a look', () => {
    const files: FileImport[] = [
      imported('mail.eml/a.pdf', 1, 1),
      imported('mail.eml/b.docx', 3, 22, 'updated'),
      imported('mail.eml/c.odt', 5, 5, 'unchanged'),
      imported('mail.eml/d.txt', 0, 0),
      { file: 'mail.eml/e.pdf', ok: false, error: 'mail.eml/e.pdf: PDF защищён паролем на открытие; попросите прислать его без пароля', line: null },
    ];
    const documents = receiptDocuments(
      files,
      new Map([
        ['mail.eml/a.pdf', parsed('4/2019', [{ line: 12, code: 'deadline_vague', message: 'срок «в кратчайшие сроки» не разобран' }])],
        ['mail.eml/b.docx', parsed('5/2019')],
        ['mail.eml/c.odt', parsed(null)],
        ['mail.eml/d.txt', parsed('6/2019')],
      ]),
    );
    const receipt = buildReceipt({ source: 'вашем письме «Протоколы»', documents, skipped: [{ name: 'logo.png', reason: 'картинка в тексте письма (подпись, логотип)' }] });
    expect(receipt.subject).toBe('srok: не прочитан 1 документ из 5');
    expect(receipt.text).toBe(
      [
        'Здравствуйте!',
        '',
        'В вашем письме «Протоколы» srok нашёл 5 документов.',
        '',
        '1. a.pdf — протокол № 4/2019 от 30.10.2019, Рабочая группа',
        '   принят: 1 поручение для 1 исполнителя',
        '   Проверьте:',
        '   – страница 2, строка 12: срок «в кратчайшие сроки» не разобран',
        '',
        '2. b.docx — протокол № 5/2019 от 30.10.2019, Рабочая группа',
        '   принят как исправленная редакция; план напоминаний обновлён (3 поручения для 22 исполнителей)',
        '',
        '3. c.odt — протокол от 30.10.2019, Рабочая группа',
        '   уже был принят раньше, изменений нет (5 поручений для 5 исполнителей)',
        '',
        '4. d.txt — протокол № 6/2019 от 30.10.2019, Рабочая группа',
        '   принят: поручений не найдено — напоминаний не будет',
        '',
        '5. e.pdf — не прочитан',
        '   PDF защищён паролем на открытие; попросите прислать его без пароля',
        '',
        'Не читались: logo.png (картинка в тексте письма (подпись, логотип)).',
        '',
        'Исправьте то, что указано, и пришлите документ ещё раз: принятое повторно не задвоится.',
        '',
        'Это письмо отправлено автоматически.',
        '',
      ].join('\n'),
    );
    expect(receipt.html).toContain('<li>страница 2, строка 12: срок «в кратчайшие сроки» не разобран</li>');
  });

  it('counts documents and notes with the verb agreeing: принят 1 документ, принято 2 документа', () => {
    const one = buildReceipt({ source: 'файле a.pdf', documents: receiptDocuments([imported('a.pdf', 1, 1)], new Map([['a.pdf', parsed('1')]])), skipped: [] });
    expect(one.subject).toBe('srok: принят 1 документ');
    const two = buildReceipt({
      source: 'письме',
      documents: receiptDocuments([imported('a', 1, 1), imported('b', 1, 1)], new Map([['a', parsed('1', [{ line: 1, code: 'x', message: 'm' }])], ['b', parsed('2')]])),
      skipped: [],
    });
    expect(two.subject).toBe('srok: принято 2 документа, 1 замечание');
  });

  it('tells that a protocol waits for review when a review step says so', () => {
    const documents = receiptDocuments([imported('a.pdf', 2, 2)], new Map([['a.pdf', parsed('1')]]), () => ({ waits: true, url: 'https://srok.example/protocols/p' }));
    expect(buildReceipt({ source: 'письме', documents, skipped: [] }).text).toContain(
      '   ждёт проверки оператором; письма исполнителям уйдут после неё: https://srok.example/protocols/p',
    );
  });

  it('is a reply to the mail it answers, marked as sent by a program, its text escaped in HTML', () => {
    const receipt = buildReceipt({
      source: 'вашем письме «<script>»',
      documents: receiptDocuments([imported('a', 1, 1)], new Map([['a', parsed('1')]])),
      skipped: [],
    });
    const mail = receiptMail(receipt, { from: 'srok <srok@srok.example>', to: 'clerk@admhmao.ru', inReplyTo: '<abc@admhmao.ru>', now: new Date('2020-11-26T05:00:00Z'), messageDomain: 'srok.example' });
    expect(mail.headers).toMatchObject({ 'In-Reply-To': '<abc@admhmao.ru>', References: '<abc@admhmao.ru>', 'Auto-Submitted': 'auto-replied', 'X-Srok-Kind': 'receipt' });
    expect(mail.messageId).toMatch(/^<receipt\.[0-9a-f]{24}@srok\.example>$/);
    expect(mail.html).toContain('«&lt;script&gt;»');
    expect(mail.html).not.toContain('<script>');
  });
});
