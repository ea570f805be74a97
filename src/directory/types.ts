/**
 * An entry of the directory (config/directory.yaml), as the config loader hands it over
 * after validation (config/schema.ts checks every field; the loader's call to
 * createDirectory checks the two types agree).
 */
export interface DirectoryEntry {
  id: string;
  kind: 'body' | 'person' | 'group';
  /** Nominative, as it would stand in a heading. */
  name: string;
  /** Other nominative names: abbreviations, older and newer names. */
  aliases: string[];
  emails: string[];
  /** Who is one level up: the target of 'executor-head' / 'controller-head' escalations. */
  head?: string | undefined;
  /** Groups only: the ids of the members, each followed as its own part. */
  members: string[];
}

export interface DirectoryMatch {
  entry: DirectoryEntry;
  /** 0..1; 1 = every significant word stem of the entry's name or alias matched. */
  score: number;
  via: 'name' | 'alias' | 'id';
  /** The name or alias that matched. */
  matched: string;
}

/** The configured bodies, people and groups that executors and controllers route to. */
export interface Directory {
  readonly entries: readonly DirectoryEntry[];
  get(id: string): DirectoryEntry | undefined;
  /**
   * The entry an executor, co-executor or controller phrase names, in whatever case
   * it is written (dative «Министерству …», instrumental «Министерством …»,
   * nominative, genitive «за Министерством …» with the preposition stripped), or null.
   */
  match(phrase: string): DirectoryMatch | null;
  /** One entry per part: a group gives its members (recursively, de-duplicated); anything else itself. */
  parts(id: string): DirectoryEntry[];
}
