import type { ParsedDocument } from '../domain.js';

const KIND_RU: Record<string, string> = {
  protocol: 'протокол',
  letter: 'письмо',
  order: 'приказ (распоряжение)',
  resolution: 'постановление (решение)',
  plan: 'план',
  other: 'документ',
};

export function ruDate(iso: string | null): string | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** «протокол № 4/2019 от 30.10.2019, Рабочая группа …». */
export function titleOf(parsed: ParsedDocument): string {
  const h = parsed.protocol;
  const date = ruDate(h.date);
  return `${KIND_RU[h.kind] ?? 'документ'}${h.number ? ` № ${h.number}` : ''}${date ? ` от ${date}` : ''}${h.body ? `, ${h.body}` : ''}`;
}
