import type { ActRef, IsoDate, ProtocolHeader } from '../domain.js';
import { hashKey } from './keys.js';

/**
 * The identity of an act: what makes two files the same protocol (MISSION §1).
 *
 * - numbered:   issuer + number + date («№ 4/2019 от 30 октября 2019 года» of the working group);
 * - unnumbered: issuer + date + title. Two unnumbered acts of one issuer on one day with
 *               different titles are two protocols.
 *
 * Names and numbers are compared after normalisation, so «Рабочая группа …» re-typed
 * with «ё», other quotes, dashes or spacing is still the same issuer.
 */
export interface ProtocolIdentity {
  /** The hash of the full identity: the `ident:` index and the `pending:` key. */
  id: string;
  /**
   * The `alias:` set the act belongs to, for looser lookups: its number alone (a
   * reference without a date, a search without an issuer — the candidates are few and
   * are told apart by reading them), or its issuer + day when it has no number.
   */
  alias: string | null;
  /** Where closes and extensions waiting for this act may be filed (`pending:`), full identity first. */
  pendingIds: string[];
  /** issuer + day of an unnumbered act: the other unnumbered acts of that day are reported. */
  sameDay: string | null;
}

/** Case, «ё», quotes, dashes and spacing do not tell two issuers apart. */
export function normalizeName(text: string | null): string {
  return (text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»"„“”'‘’`]/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s*-\s*/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.,;:]+$/u, '');
}

/** «№ 4 / 2019» and «4/2019» are one number. */
export function normalizeNumber(text: string): string {
  return normalizeName(text).replace(/№/gu, '').replace(/\s+/gu, '');
}

const numbered = (issuer: string, number: string, date: IsoDate | null): string =>
  hashKey(JSON.stringify(['n', issuer, number, date ?? '']));
const unnumbered = (issuer: string, date: IsoDate | null, title: string): string =>
  hashKey(JSON.stringify(['t', issuer, date ?? '', title]));
const numberAndIssuer = (issuer: string, number: string): string => hashKey(JSON.stringify(['nd', issuer, number]));
const issuerDay = (issuer: string, date: IsoDate): string => hashKey(JSON.stringify(['d', issuer, date]));
const numberAlone = (number: string): string => hashKey(JSON.stringify(['num', number]));

export function identityOf(header: ProtocolHeader): ProtocolIdentity {
  const issuer = normalizeName(header.body);
  if (header.number !== null) {
    const number = normalizeNumber(header.number);
    const id = numbered(issuer, number, header.date);
    return { id, alias: numberAlone(number), pendingIds: [id, numberAndIssuer(issuer, number)], sameDay: null };
  }
  const id = unnumbered(issuer, header.date, normalizeName(header.title));
  if (header.date === null) return { id, alias: null, pendingIds: [id], sameDay: null };
  const day = issuerDay(issuer, header.date);
  return { id, alias: day, pendingIds: [id, day], sameDay: day };
}

/**
 * How a reference to an earlier act («пунктами 1.2.1 … протокола … № 3/2019 от 27 июля
 * 2019 года») is looked up. `exact`: one `ident:` key names the act. `loose`: the acts
 * of an `alias:` set, kept when their issuer is `issuer` (null: any), of which exactly
 * one must remain — a reference without a date, or an unnumbered act named by its day.
 * Either way `id` is where the record waits (`pending:<id>`) while the act is unknown;
 * the act's import looks there (pendingIds).
 */
export type RefLookup =
  | { how: 'exact'; id: string }
  | { how: 'loose'; id: string; set: string; issuer: string | null }
  | { how: 'unclear' };

/** `ref.body` null means the closing document's own issuer («протокола рабочей группы № 3/2019»). */
export function lookupOf(ref: ActRef, ownIssuer: string | null): RefLookup {
  const issuer = normalizeName(ref.body ?? ownIssuer);
  if (ref.number !== null) {
    const number = normalizeNumber(ref.number);
    if (ref.date !== null) return { how: 'exact', id: numbered(issuer, number, ref.date) };
    return { how: 'loose', id: numberAndIssuer(issuer, number), set: numberAlone(number), issuer };
  }
  if (ref.date === null) return { how: 'unclear' };
  if (ref.title) return { how: 'exact', id: unnumbered(issuer, ref.date, normalizeName(ref.title)) };
  const day = issuerDay(issuer, ref.date);
  return { how: 'loose', id: day, set: day, issuer: null };
}

/**
 * `findProtocol` lookups: with issuer and date, the identity; else the acts of that
 * number, kept when their issuer (normalised) and date match what is given.
 */
export function findLookup(ref: { number: string; date?: string | null; body?: string | null }):
  | { how: 'exact'; id: string }
  | { how: 'number'; set: string; issuer: string | null; date: string | null } {
  const number = normalizeNumber(ref.number);
  const date = ref.date ?? null;
  const issuer = ref.body ? normalizeName(ref.body) : null;
  if (issuer !== null && date !== null) return { how: 'exact', id: numbered(issuer, number, date) };
  return { how: 'number', set: numberAlone(number), issuer, date };
}
