/**
 * The corpus on disk: sets (`<root>/<set>/docs/NNN.<ext>` and `<root>/<set>/gold/NNN.json`),
 * which document an answer key belongs to, and the text a document is parsed from —
 * each exactly as the reference scorer score.py finds and feeds it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cpCompare } from './py.js';

export interface CorpusSet {
  /** `acts`; a set from an extra folder is `<folder>/<set>`. */
  name: string;
  docsDir: string;
  goldDir: string;
  /** Documents kept away from development: reported apart (and in the overall total). */
  holdout: boolean;
}

export function isHoldout(name: string): boolean {
  const last = name.split('/').pop() ?? name;
  return last === 'holdout' || last.startsWith('holdout-') || last.startsWith('holdout_');
}

const byName = (a: string, b: string) => cpCompare(a, b);

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** The answer keys of a set: NNN of every NNN.json, sorted as score.py sorts them. */
export function goldStems(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort(byName)
    .map((n) => n.slice(0, -'.json'.length));
}

function setAt(dir: string, name: string): CorpusSet | null {
  const goldDir = path.join(dir, 'gold');
  if (!isDir(goldDir) || goldStems(goldDir).length === 0) return null;
  return { name, docsDir: path.join(dir, 'docs'), goldDir, holdout: isHoldout(name) };
}

/**
 * The sets under a folder: the folder itself when it holds gold/, else each subfolder
 * that holds answer keys (a set still empty is skipped). `prefix` names sets of an
 * extra folder (`corpus-reviewed/letters`).
 */
export function findSets(root: string, prefix = ''): CorpusSet[] {
  if (!isDir(root)) return [];
  const own = setAt(root, prefix || path.basename(root));
  if (own) return [own];
  return readdirSync(root)
    .sort(byName)
    .filter((n) => isDir(path.join(root, n)))
    .flatMap((n) => setAt(path.join(root, n), prefix ? `${prefix}/${n}` : n) ?? []);
}

/** What score.py accepts as a document. */
export const DOC_EXTS = ['.txt', '.md', '.docx', '.doc', '.rtf', '.odt', '.pdf'] as const;
/** Documents score.py parses from a copy without the provenance lines. */
export const TEXT_EXTS = ['.txt', '.md'] as const;

/**
 * The document of answer key NNN: NNN.<ext>, or NNN_<anything>.<ext> (never NNNN:
 * 10 is not 100), the first in sorted order. Null when there is none.
 */
export function docFor(docsDir: string, stem: string): string | null {
  if (!isDir(docsDir)) return null;
  const names = readdirSync(docsDir)
    .filter((f) => DOC_EXTS.some((e) => f.endsWith(e)) && f.startsWith(stem) && !/^\p{Nd}/u.test(f.slice(stem.length)))
    .sort(byName);
  return names[0] === undefined ? null : path.join(docsDir, names[0]);
}

export function isTextDoc(file: string): boolean {
  return TEXT_EXTS.some((e) => file.endsWith(e));
}

const PROVENANCE = /^# (source|retrieved):/;

/**
 * A text document as score.py hands it to the parser: read as UTF-8 (strictly; a byte
 * order mark is kept), line ends made `\n` (Python's universal newlines), the leading
 * `# source:` / `# retrieved:` lines dropped, the rest joined with `\n`.
 */
export function stripProvenance(bytes: Uint8Array): string {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error("'utf-8' codec can't decode the file: not UTF-8");
  }
  const lines = decoded.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.startsWith('# ') && PROVENANCE.test(lines[0]!)) lines.shift();
  return lines.join('\n');
}

export function readGold(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
