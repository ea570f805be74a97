/**
 * Reads an RTF document into lines: one per paragraph (`\par`), table cell (`\cell`)
 * or line break (`\line`), in the order written. List labels are kept as RTF keeps
 * them: Word and LibreOffice write the label each numbered paragraph displays into a
 * `\listtext` group (Word 6/95 into `\pntext`), so «1.2.» arrives as text.
 *
 * Text is decoded as RTF says: `\uN` Unicode (skipping the `\ucN` fallback characters
 * after it), `\'hh` bytes and raw 8-bit bytes in the code page of the current font's
 * `\fcharset` (204 is Cyrillic, Windows-1251) or else the document's `\ansicpg`.
 * Skipped as a reader never sees them: the font, colour and style tables, document
 * info, pictures and embedded objects, page headers and footers, footnotes, comments,
 * field instructions (the field's shown result is kept), hidden text (`\v`) and
 * tracked deletions (`\deleted`).
 */
import { countOf, GROUPS_GENITIVE } from '../mail/plural.js';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { MAX_XML_DEPTH } from './limits.js';
import { repairLatin1 } from './pdf-text.js';

/** Destinations whose text is not the document's. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'atndate', 'atnref',
  'fldinst', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata',
  'colorschememapping', 'datastore', 'latentstyles', 'bkmkstart', 'bkmkend', 'pntxta', 'pntxtb', 'pnseclvl',
  'nonshppict', 'shppict', 'sp', 'sn', 'sv', 'mmathPr', 'template', 'filetbl', 'userprops', 'docvar',
  'xe', 'tc', 'txe', 'rxe', 'falt', 'panose', 'fname', 'upr', 'protusertbl', 'pgdsctbl', 'wgrffmtfilter', 'formfield',
]);

/** Symbols written as control words. */
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ', tab: ' ', zwj: '', zwnj: '', zwbo: '', zwnbo: '',
};

/** `\fcharsetN` → Windows code page. */
const CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256,
  186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};

function encodingOf(codepage: number): string {
  if (codepage === 65001) return 'utf-8';
  if (codepage === 10007) return 'maccyrillic';
  if (codepage === 10000) return 'macintosh';
  if ([437, 850, 852, 855, 866].includes(codepage)) return `cp${codepage}`;
  if (codepage === 20866) return 'koi8-r';
  if (codepage === 932) return 'shift_jis';
  if (codepage === 936) return 'gbk';
  if (codepage === 949) return 'euc-kr';
  if (codepage === 950) return 'big5';
  return iconv.encodingExists(`windows-${codepage}`) ? `windows-${codepage}` : 'windows-1252';
}

interface GroupState {
  skip: boolean;
  /** Characters to drop after `\uN`. */
  uc: number;
  font: number | null;
  hidden: boolean;
  deleted: boolean;
  /** Inside the font table: the font being defined. */
  fontTable: boolean;
  defining: number | null;
}

export interface RtfText {
  lines: string[];
  /** 'rtf/windows-1251': the code page its bytes were decoded from. */
  encoding: string;
}

export function readRtfLines(bytes: Uint8Array, file: string): RtfText {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const lines: string[] = [];
  let line = '';
  const fontCodepages = new Map<number, number>();
  let ansiCodepage = 1252;
  let declared = false;
  let defaultFont: number | null = null;
  let state: GroupState = { skip: false, uc: 1, font: null, hidden: false, deleted: false, fontTable: false, defining: null };
  const stack: GroupState[] = [];
  let pendingBytes: number[] = [];
  let skipFallback = 0;
  // `{\*\dest …}`: the next control word names a destination to skip unless known.
  let starred = false;
  let firstInGroup = false;

  const codepage = (): number => {
    const font = state.font ?? defaultFont;
    return (font === null ? undefined : fontCodepages.get(font)) ?? ansiCodepage;
  };
  const visible = (): boolean => !state.skip && !state.hidden && !state.deleted;
  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return;
    if (visible()) line += iconv.decode(Buffer.from(pendingBytes), encodingOf(codepage()));
    pendingBytes = [];
  };
  const emit = (text: string): void => {
    flushBytes();
    if (visible()) line += text;
  };
  const endLine = (): void => {
    flushBytes();
    if (state.skip) return;
    lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };

  let i = 0;
  const n = source.length;
  while (i < n) {
    const char = source[i]!;
    if (char === '{') {
      flushBytes();
      stack.push(state);
      if (stack.length > MAX_XML_DEPTH) {
        throw new InputError(file, `RTF вложен глубже ${countOf(MAX_XML_DEPTH, GROUPS_GENITIVE)} — так документы не пишут (файл повреждён или составлен намеренно); откройте его в Word и сохраните как .docx`);
      }
      state = { ...state };
      skipFallback = 0;
      firstInGroup = true;
      i += 1;
      continue;
    }
    if (char === '}') {
      flushBytes();
      state = stack.pop() ?? state;
      skipFallback = 0;
      starred = false;
      firstInGroup = false;
      i += 1;
      continue;
    }
    if (char === '\\') {
      const next = source[i + 1];
      if (next === undefined) break;
      // Control symbols.
      if (next === "'") {
        const hex = source.slice(i + 2, i + 4);
        i += 4;
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) continue;
        if (skipFallback > 0) {
          skipFallback -= 1;
          continue;
        }
        if (visible()) pendingBytes.push(Number.parseInt(hex, 16));
        firstInGroup = false;
        continue;
      }
      if (next === '*') {
        starred = true;
        i += 2;
        continue;
      }
      if (!/[a-zA-Z]/.test(next)) {
        i += 2;
        firstInGroup = false;
        if (skipFallback > 0) {
          skipFallback -= 1;
          continue;
        }
        if (next === '~') emit(' ');
        else if (next === '_') emit('-');
        else if (next === '-') continue; // optional hyphen
        else if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '\n' || next === '\r') endLine(); // `\` before a newline is `\par`
        continue;
      }
      // A control word: letters, an optional signed number, an optional space.
      let j = i + 1;
      while (j < n && /[a-zA-Z]/.test(source[j]!)) j += 1;
      const word = source.slice(i + 1, j);
      let k = j;
      if (source[k] === '-') k += 1;
      while (k < n && k - j < 10 && /\d/.test(source[k]!)) k += 1;
      const digits = source.slice(j, k);
      const param = digits === '' || digits === '-' ? null : Number.parseInt(digits, 10);
      if (source[k] === ' ') k += 1;
      i = k;
      const destination = firstInGroup;
      firstInGroup = false;

      if (word === 'bin') {
        flushBytes();
        i += Math.max(0, param ?? 0);
        continue;
      }
      if (destination && (SKIPPED_DESTINATIONS.has(word) || starred)) {
        flushBytes();
        if (word === 'fonttbl') state.fontTable = true;
        // `\*\listtext` does not exist; every other starred destination is one a reader may skip.
        state.skip = true;
        starred = false;
        if (word !== 'fonttbl') continue;
      }
      starred = false;
      if (state.fontTable) {
        if (word === 'f' && param !== null) state.defining = param;
        else if (word === 'fcharset' && param !== null && state.defining !== null) {
          const page = CHARSET_CODEPAGE[param];
          if (page !== undefined) fontCodepages.set(state.defining, page);
        } else if (word === 'cpg' && param !== null && state.defining !== null) fontCodepages.set(state.defining, param);
        continue;
      }
      switch (word) {
        case 'ansicpg':
          if (param !== null) {
            ansiCodepage = param;
            declared = true;
          }
          break;
        case 'deff':
          defaultFont = param;
          break;
        case 'f':
          flushBytes();
          state.font = param;
          break;
        case 'plain':
          flushBytes();
          state.font = null;
          state.hidden = false;
          state.deleted = false;
          break;
        case 'uc':
          state.uc = Math.max(0, param ?? 1);
          break;
        case 'u':
          if (param !== null) {
            emit(String.fromCharCode(param < 0 ? param + 65536 : param));
            skipFallback = state.uc;
          }
          continue;
        case 'v':
          flushBytes();
          state.hidden = param !== 0;
          break;
        case 'deleted':
          flushBytes();
          state.deleted = param !== 0;
          break;
        case 'par':
        case 'sect':
        case 'cell':
        case 'nestcell':
        case 'line':
          endLine();
          break;
        case 'row':
        case 'nestrow':
          flushBytes();
          break;
        default: {
          const symbol = SYMBOLS[word];
          if (symbol !== undefined) emit(symbol);
        }
      }
      skipFallback = 0;
      continue;
    }
    // Plain text; CR and LF in RTF source are not text.
    i += 1;
    if (char === '\r' || char === '\n') continue;
    firstInGroup = false;
    if (skipFallback > 0) {
      skipFallback -= 1;
      continue;
    }
    const code = char.charCodeAt(0);
    if (code >= 0x80) {
      if (visible()) pendingBytes.push(code);
    } else {
      emit(char);
    }
  }
  flushBytes();
  if (line.trim() !== '') lines.push(line.replace(/\s+/g, ' ').trim());
  // Word ends a table row with an empty cell-end paragraph; runs of empty lines add nothing.
  const kept = lines.filter((text, index) => text !== '' || (index > 0 && lines[index - 1] !== ''));
  // Without \ansicpg the bytes are Windows-1252 by the format; Russian text read so is Windows-1251 in fact.
  const repaired = declared || fontCodepages.size > 0 ? kept : kept.map(repairLatin1);
  const guessed = repaired.some((line, index) => line !== kept[index]);
  return { lines: repaired, encoding: `rtf/${guessed ? 'windows-1251' : encodingOf(ansiCodepage)}` };
}
