import { describe, expect, it, vi } from 'vitest';
import type { DocumentText } from '../../src/domain.js';

// The table reader is heuristics over layouts no one foresaw; here it throws, as an unforeseen layout could make it.
vi.mock('../../src/protocol/tables.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/protocol/tables.js')>();
  return {
    ...real,
    findTables: () => {
      throw new TypeError("Cannot read properties of null (reading '1')");
    },
  };
});

const { parseProtocol } = await import('../../src/protocol/index.js');

describe('a table reader that fails', () => {
  it('leaves the document read as paragraphs, with a warning in Russian naming the file, instead of no reading at all', () => {
    const doc: DocumentText = {
      file: 'plan.txt',
      format: 'txt',
      sha256: 'x',
      encoding: 'utf-8',
      lines: 'ПОСТАНОВЛЕНИЕ\nот 3 марта 2025 г. № 40\nПОСТАНОВЛЯЮ:\n1. Отделу ЖКХ провести уборку до 1 мая 2025 года.\n2. Утвердить план (приложение).\n№ п/п | Мероприятие | Срок | Ответственный |\n1 | Уборка парка | до 1 мая 2025 г. | Отдел ЖКХ |'.split('\n'),
    };
    const p = parseProtocol(doc);
    expect(p.assignments.map((a) => [a.item, a.deadline.date])).toContainEqual(['1', '2025-05-01']);
    expect(p.warnings.find((w) => w.code === 'table_unread')?.message).toMatch(/^plan\.txt: таблицы документа прочитать не удалось/u);
  });
});
