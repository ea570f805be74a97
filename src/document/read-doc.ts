/**
 * Reads a Word 97–2003 document (.doc, [MS-DOC]) into lines, with the list labels Word
 * displays, as read-docx.ts does for a .docx.
 *
 * The OLE compound file is opened by `cfb`; the rest follows the specification:
 *
 * - the FIB at the start of the WordDocument stream says which table stream holds the
 *   tables and where each table is;
 * - the piece table (CLX) maps character positions to bytes — each piece 8-bit
 *   (Windows-1252) or UTF-16 — and the main text is the first `ccpText` characters
 *   (headers, footnotes and text boxes come after it and are not read);
 * - paragraphs end at 0x0D (0x07 in table cells, 0x0B is a line break); fields show
 *   their result, not their instruction; pictures, footnote marks and deleted or
 *   hidden runs (their CHPX says so) are left out;
 * - a paragraph's list membership (sprmPIlfo, sprmPIlvl) comes from its PAPX in the
 *   FKP pages, or from its style (STSH); the lists (LSTF/LVL) and their instances
 *   (LFO/LFOLVL) are the same model as a .docx's numbering, counted by WordNumbering.
 */
import { InputError } from '../errors.js';
import { WordNumbering, type AbstractNum, type LevelOverride, type ListInstance, type ListLevel } from './word-numbering.js';

type Cfb = typeof import('cfb');
let cfbModule: Promise<Cfb> | null = null;
function loadCfb(): Promise<Cfb> {
  return (cfbModule ??= import('cfb').then((module) => (module as { default?: Cfb }).default ?? module));
}

/** A little-endian view with bounds checks that throw a DocFormatError instead of reading garbage. */
class Bytes {
  constructor(readonly data: Uint8Array) {}
  get length(): number {
    return this.data.length;
  }
  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.data.length) throw new DocFormatError(`структура на байте ${at} выходит за конец своего потока`);
  }
  u8(at: number): number {
    this.check(at, 1);
    return this.data[at]!;
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.data[at]! | (this.data[at + 1]! << 8);
  }
  i16(at: number): number {
    const value = this.u16(at);
    return value >= 0x8000 ? value - 0x10000 : value;
  }
  u32(at: number): number {
    this.check(at, 4);
    return (this.data[at]! | (this.data[at + 1]! << 8) | (this.data[at + 2]! << 16)) + this.data[at + 3]! * 0x1000000;
  }
  i32(at: number): number {
    const value = this.u32(at);
    return value >= 0x80000000 ? value - 0x100000000 : value;
  }
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.data.subarray(at, at + size);
  }
}

/** The file breaks the format; turned into an InputError naming the file. */
class DocFormatError extends Error {}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

interface Sprms {
  ilfo: number | null;
  ilvl: number | null;
  /** Character properties: the run is a tracked deletion, or hidden. */
  deleted: boolean;
  hidden: boolean;
}

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
const SPRM_C_RMARK_DEL = 0x0800;
const SPRM_C_F_VANISH = 0x083c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;

/** Reads a grpprl: the sprms this reader needs, every other one skipped by its size. */
function readSprms(bytes: Bytes, start: number, end: number, into: Sprms): void {
  let at = start;
  while (at + 2 <= end) {
    const sprm = bytes.u16(at);
    at += 2;
    const spra = sprm >> 13;
    let size: number;
    switch (spra) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        if (sprm === SPRM_T_DEF_TABLE) {
          size = bytes.u16(at) + 1;
        } else if (sprm === SPRM_P_CHG_TABS) {
          size = bytes.u8(at) + 1;
        } else {
          size = bytes.u8(at) + 1;
        }
    }
    if (at + size > end) return;
    if (sprm === SPRM_P_ILVL) into.ilvl = bytes.u8(at);
    else if (sprm === SPRM_P_ILFO) into.ilfo = bytes.u16(at);
    else if (sprm === SPRM_C_RMARK_DEL) into.deleted = bytes.u8(at) === 1;
    else if (sprm === SPRM_C_F_VANISH) into.hidden = bytes.u8(at) === 1;
    at += size;
  }
}

const emptySprms = (): Sprms => ({ ilfo: null, ilvl: null, deleted: false, hidden: false });

/** FKP runs: [fcStart, fcEnd) → properties, sorted by fcStart. */
interface Run {
  fcStart: number;
  fcEnd: number;
  sprms: Sprms;
  istd: number;
}

function findRun(runs: readonly Run[], fc: number): Run | null {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (fc < run.fcStart) high = middle - 1;
    else if (fc >= run.fcEnd) low = middle + 1;
    else return run;
  }
  return null;
}

/** The PAPX or CHPX runs of the document: a PLC of FKP page numbers, each page 512 bytes of the WordDocument stream. */
function readFkpRuns(word: Bytes, table: Bytes, fcPlc: number, lcbPlc: number, kind: 'papx' | 'chpx'): Run[] {
  const runs: Run[] = [];
  if (lcbPlc < 8) return runs;
  const count = (lcbPlc - 4) / 8;
  for (let i = 0; i < count; i += 1) {
    const pn = table.u32(fcPlc + (count + 1) * 4 + i * 4) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) continue;
    const crun = word.u8(page + 511);
    for (let r = 0; r < crun; r += 1) {
      const fcStart = word.u32(page + r * 4);
      const fcEnd = word.u32(page + (r + 1) * 4);
      const sprms = emptySprms();
      let istd = 0;
      if (kind === 'papx') {
        const bOffset = word.u8(page + (crun + 1) * 4 + r * 13) * 2;
        if (bOffset !== 0) {
          let cb = word.u8(page + bOffset);
          let at = page + bOffset + 1;
          let size: number;
          if (cb === 0) {
            cb = word.u8(at);
            at += 1;
            size = cb * 2;
          } else {
            size = cb * 2 - 1;
          }
          if (size >= 2 && at + size <= page + 512) {
            istd = word.u16(at);
            readSprms(word, at + 2, at + size, sprms);
          }
        }
      } else {
        const bOffset = word.u8(page + (crun + 1) * 4 + r) * 2;
        if (bOffset !== 0) {
          const cb = word.u8(page + bOffset);
          if (page + bOffset + 1 + cb <= page + 512) readSprms(word, page + bOffset + 1, page + bOffset + 1 + cb, sprms);
        }
      }
      runs.push({ fcStart, fcEnd, sprms, istd });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

/** Paragraph styles' list properties (STSH), each resolved through its `istdBase` chain. */
function readStyles(table: Bytes, fc: number, lcb: number): Array<{ ilfo: number | null; ilvl: number | null }> {
  const styles: Array<{ base: number; sprms: Sprms } | null> = [];
  if (lcb < 4) return [];
  const cbStshi = table.u16(fc);
  const cstd = table.u16(fc + 2);
  const cbStdBase = table.u16(fc + 4);
  let at = fc + 2 + cbStshi;
  const end = fc + lcb;
  for (let istd = 0; istd < cstd && at + 2 <= end; istd += 1) {
    const cbStd = table.u16(at);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd === 0 || cbStd < cbStdBase) {
      styles.push(null);
      continue;
    }
    const stk = table.u16(std + 2) & 0x000f;
    const base = table.u16(std + 2) >> 4;
    const cupx = table.u16(std + 4) & 0x000f;
    const sprms = emptySprms();
    if (stk === 1 && cupx >= 1) {
      // The name: a length and UTF-16 characters with a terminating zero.
      let upx = std + cbStdBase;
      const cch = table.u16(upx);
      upx += 2 + cch * 2 + 2;
      if ((upx - std) % 2 === 1) upx += 1;
      const cbUpx = table.u16(upx);
      if (cbUpx >= 2 && upx + 2 + cbUpx <= at) readSprms(table, upx + 4, upx + 2 + cbUpx, sprms);
    }
    styles.push({ base, sprms });
  }
  return styles.map((_style, index) => {
    let ilfo: number | null = null;
    let ilvl: number | null = null;
    let current: number = index;
    for (let hop = 0; hop < 16; hop += 1) {
      const style = styles[current];
      if (style === null || style === undefined) break;
      ilfo ??= style.sprms.ilfo;
      ilvl ??= style.sprms.ilvl;
      if (style.base === 0x0fff || style.base === current) break;
      current = style.base;
    }
    return { ilfo, ilvl };
  });
}

/** Word's number formats (nfc, [MS-OSHARED] MSONFC) → the names number-format.ts knows. */
function numFmtOf(nfc: number): string {
  switch (nfc) {
    case 1:
      return 'upperRoman';
    case 2:
      return 'lowerRoman';
    case 3:
      return 'upperLetter';
    case 4:
      return 'lowerLetter';
    case 22:
      return 'decimalZero';
    case 23:
      return 'bullet';
    case 58:
      return 'russianLower';
    case 59:
      return 'russianUpper';
    case 255:
      return 'none';
    default:
      return 'decimal';
  }
}

/** One LVL at `at`: the level and where the next structure starts. */
function readLevel(table: Bytes, at: number): { level: ListLevel; end: number } {
  const start = table.i32(at);
  const nfc = table.u8(at + 4);
  const flags = table.u8(at + 5);
  const follow = table.u8(at + 15);
  const cbChpx = table.u8(at + 24);
  const cbPapx = table.u8(at + 25);
  let cursor = at + 28 + cbPapx + cbChpx;
  const cch = table.u16(cursor);
  cursor += 2;
  let text = '';
  for (let i = 0; i < cch; i += 1) {
    const code = table.u16(cursor + i * 2);
    // Characters 0–8 stand for the counters of levels 1–9.
    text += code < 9 ? `%${code + 1}` : String.fromCharCode(code);
  }
  cursor += cch * 2;
  return {
    level: {
      start,
      numFmt: numFmtOf(nfc),
      lvlText: text,
      // fNoRestart: the level is never restarted by the levels above it.
      restartAfter: flags & 0x08 ? 0 : null,
      isLegal: (flags & 0x04) !== 0,
      suffix: follow === 2 ? '' : ' ',
      pStyle: null,
    },
    end: cursor,
  };
}

/** The lists (PlfLst with the LVLs after it) and their instances (PlfLfo). */
function readNumbering(table: Bytes, fcLst: number, lcbLst: number, fcLfo: number, lcbLfo: number): WordNumbering {
  const abstracts = new Map<string, AbstractNum>();
  const instances = new Map<string, ListInstance>();
  if (lcbLst >= 2) {
    const count = table.i16(fcLst);
    const lists: Array<{ lsid: number; simple: boolean }> = [];
    for (let i = 0; i < count; i += 1) {
      const at = fcLst + 2 + i * 28;
      lists.push({ lsid: table.i32(at), simple: (table.u8(at + 26) & 0x01) !== 0 });
    }
    let at = fcLst + 2 + count * 28;
    for (const list of lists) {
      const levels: Array<ListLevel | undefined> = [];
      for (let level = 0; level < (list.simple ? 1 : 9); level += 1) {
        const read = readLevel(table, at);
        levels[level] = read.level;
        at = read.end;
      }
      abstracts.set(String(list.lsid), { levels, numStyleLink: null });
    }
  }
  if (lcbLfo >= 4) {
    const count = table.u32(fcLfo);
    const lfos: Array<{ lsid: number; clfolvl: number }> = [];
    for (let i = 0; i < count; i += 1) {
      const at = fcLfo + 4 + i * 16;
      lfos.push({ lsid: table.i32(at), clfolvl: table.u8(at + 12) });
    }
    let at = fcLfo + 4 + count * 16;
    for (const [index, lfo] of lfos.entries()) {
      const overrides = new Map<number, LevelOverride>();
      at += 4; // LfoData.cp
      for (let k = 0; k < lfo.clfolvl; k += 1) {
        const startAt = table.i32(at);
        const flags = table.u32(at + 4);
        at += 8;
        let level: ListLevel | null = null;
        if (flags & 0x20) {
          const read = readLevel(table, at);
          level = read.level;
          at = read.end;
        }
        overrides.set(flags & 0x0f, { start: flags & 0x10 ? startAt : null, level });
      }
      instances.set(String(index + 1), { abstractNumId: String(lfo.lsid), overrides });
    }
  }
  return WordNumbering.fromLists(abstracts, instances);
}

function readPieces(table: Bytes, fcClx: number, lcbClx: number): Piece[] {
  let at = fcClx;
  const end = fcClx + lcbClx;
  while (at < end && table.u8(at) === 0x01) at += 3 + table.i16(at + 1);
  if (at >= end || table.u8(at) !== 0x02) throw new DocFormatError('нет таблицы фрагментов текста');
  const lcb = table.u32(at + 1);
  const plc = at + 5;
  const count = (lcb - 4) / 12;
  if (!Number.isInteger(count) || count < 1) throw new DocFormatError('таблица фрагментов текста испорчена');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i += 1) {
    const pcd = plc + (count + 1) * 4 + i * 8;
    const raw = table.u32(pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: table.u32(plc + i * 4), cpEnd: table.u32(plc + (i + 1) * 4), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export async function readDocLines(bytes: Uint8Array, file: string): Promise<string[]> {
  const cfb = await loadCfb();
  let container: ReturnType<Cfb['read']>;
  try {
    container = cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch {
    throw new InputError(file, 'документ Word 97–2003 повреждён (составной файл OLE не читается); скопируйте или скачайте его заново, или откройте в Word и сохраните как .docx');
  }
  const stream = (name: string): Bytes | null => {
    const entry = cfb.find(container, name);
    if (entry === null || entry.content === undefined) return null;
    const content = entry.content as Uint8Array | number[];
    return new Bytes(content instanceof Uint8Array ? content : Uint8Array.from(content));
  };
  const word = stream('WordDocument');
  if (word === null) {
    if (stream('EncryptedPackage') !== null) throw new InputError(file, 'это документ Word, защищённый паролем; сохраните его без пароля');
    if (stream('Workbook') !== null || stream('Book') !== null) throw new InputError(file, 'это таблица Excel, а не документ Word; пришлите протокол как .doc, .docx или PDF');
    if (stream('PowerPoint Document') !== null) throw new InputError(file, 'это презентация PowerPoint, а не документ Word; пришлите протокол как .doc, .docx или PDF');
    throw new InputError(file, 'составной файл OLE, но не документ Word (в нём нет потока WordDocument); откройте его в Word и сохраните как .docx');
  }
  try {
    return docLines(word, stream, file);
  } catch (error) {
    if (error instanceof DocFormatError) {
      throw new InputError(file, `документ Word 97–2003 повреждён (${error.message}); откройте его в Word и сохраните как .docx`);
    }
    throw error;
  }
}

function docLines(word: Bytes, stream: (name: string) => Bytes | null, file: string): string[] {
  if (word.u16(0) !== 0xa5ec) throw new DocFormatError('поток WordDocument не начинается с заголовка FIB');
  const nFib = word.u16(2);
  if (nFib < 101) {
    throw new InputError(file, 'это документ Word 6.0/95 или старше: srok читает .doc начиная с Word 97; откройте его в Word и сохраните как .docx');
  }
  const flags = word.u16(0x0a);
  if (flags & 0x0100) throw new InputError(file, 'документ Word защищён паролем; сохраните его в Word без пароля');
  const tableName = flags & 0x0200 ? '1Table' : '0Table';
  const table = stream(tableName);
  if (table === null) throw new DocFormatError(`нет потока таблиц ${tableName}`);

  const csw = word.u16(0x20);
  const rgLw = 0x22 + csw * 2 + 2;
  const cslw = word.u16(0x22 + csw * 2);
  const ccpText = word.u32(rgLw + 3 * 4);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = word.u16(rgLw + cslw * 4);
  const pair = (index: number): { fc: number; lcb: number } =>
    index < cbRgFcLcb ? { fc: word.u32(rgFcLcb + index * 8), lcb: word.u32(rgFcLcb + index * 8 + 4) } : { fc: 0, lcb: 0 };
  const stsh = pair(1);
  const chpxPlc = pair(12);
  const papxPlc = pair(13);
  const clx = pair(33);
  const lst = pair(73);
  const lfo = pair(74);

  const pieces = readPieces(table, clx.fc, clx.lcb);
  const papx = readFkpRuns(word, table, papxPlc.fc, papxPlc.lcb, 'papx');
  const chpx = readFkpRuns(word, table, chpxPlc.fc, chpxPlc.lcb, 'chpx');
  const styles = readStyles(table, stsh.fc, stsh.lcb);
  const numbering = readNumbering(table, lst.fc, lst.lcb, lfo.fc, lfo.lcb);

  const lines: string[] = [];
  // The lines of the paragraph being read: a line break (0x0B) starts another.
  let parts: string[] = [''];
  // Field nesting: each open field shows its result only after its separator.
  const fields: Array<{ showing: boolean }> = [];

  const labelFor = (fc: number): string | null => {
    const run = findRun(papx, fc);
    const style = run === null ? undefined : styles[run.istd];
    const ilfo = run?.sprms.ilfo ?? style?.ilfo ?? null;
    // 0 and 0xF801 are how a paragraph switches off the list its style would give it.
    if (ilfo === null || ilfo === 0 || ilfo === 0xf801) return null;
    const ilvl = run?.sprms.ilvl ?? style?.ilvl ?? 0;
    const next = numbering.next(String(ilfo), Math.min(8, ilvl));
    return next === null || next.label === '' ? null : `${next.label}${next.suffix}`;
  };

  const endParagraph = (markFc: number): void => {
    const label = labelFor(markFc);
    if (label !== null) parts[0] = `${label}${parts[0]}`;
    lines.push(...parts);
    parts = [''];
  };

  for (const piece of pieces) {
    if (piece.cpStart >= ccpText) break;
    const end = Math.min(piece.cpEnd, ccpText);
    for (let cp = piece.cpStart; cp < end; cp += 1) {
      const fc = piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
      let code: number;
      if (piece.compressed) {
        const byte = word.u8(fc);
        code = CP1252_HIGH[byte] ?? byte;
      } else {
        code = word.u16(fc);
      }
      switch (code) {
        case 0x0d:
        case 0x07:
        case 0x0c:
          endParagraph(fc);
          continue;
        case 0x0b:
          parts.push('');
          continue;
        case 0x13:
          fields.push({ showing: false });
          continue;
        case 0x14:
          if (fields.length > 0) fields[fields.length - 1]!.showing = true;
          continue;
        case 0x15:
          fields.pop();
          continue;
        default:
          break;
      }
      if (fields.some((field) => !field.showing)) continue;
      const run = findRun(chpx, fc);
      if (run !== null && (run.sprms.deleted || run.sprms.hidden)) continue;
      let text: string;
      if (code === 0x1e) text = '-'; // non-breaking hyphen
      else if (code === 0x09) text = ' ';
      // Pictures, drawn objects, footnote and comment marks, optional hyphens and other special characters.
      else if (code < 0x20) continue;
      else text = String.fromCharCode(code);
      parts[parts.length - 1] += text;
    }
  }
  if (parts.some((part) => part.trim() !== '')) lines.push(...parts);
  return lines;
}
