import ExcelJS from 'exceljs';
import type { Table } from './csv.js';

/**
 * A report as an Excel workbook (.xlsx), with the columns of its CSV (csv.ts): one sheet,
 * the header in bold and frozen, ISO days as real dates shown as ДД.ММ.ГГГГ, numbers as
 * numbers, columns as wide as their text (within reason).
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_WIDTH = 60;

export async function xlsxOf(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'srok';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...table.header]).font = { bold: true };
  for (const record of table.records) {
    const row = sheet.addRow(record.map((cell) => (typeof cell === 'string' && ISO_DAY.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    });
  }
  table.header.forEach((title, i) => {
    const longest = Math.max(title.length, ...table.records.map((record) => String(record[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(10, longest + 2));
  });
  // exceljs declares its own Buffer type; the bytes are a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
