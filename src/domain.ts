/**
 * Terminology — every word below means one thing everywhere in srok (code, logs,
 * metrics, CLI).
 *
 * - document:   one input file (.txt, .md, .docx, .doc, .rtf, .odt, .pdf, a scan or
 *               photo of a page, or one attachment or the text of an .eml mail)
 *               turned into numbered lines.
 * - page:       a page of a paged document (PDF, scan, multi-page image), counted from 1.
 * - OCR:        reading the picture of a page (a scan without a text layer, an image)
 *               with Tesseract; every line read so carries its confidence.
 * - protocol:   the act a document holds — minutes of a meeting («протокол № 4/2019»),
 *               a letter, an order; it has a number, a date, an issuing body, a chair.
 * - item:       one numbered clause of a protocol («1.2», «3.2.1», «1.а»), a question
 *               heading included.
 * - assignment: an item that orders someone to do something («поручение»), a
 *               recommendation or request included; «Принять к сведению» is `noted`.
 * - executor:   who must act (dative: «Министерству …»); a co-executor follows
 *               «совместно с» (instrumental).
 * - part:       one executor's share of an assignment. A group executor (the 22
 *               municipalities of KhMAO) gives one part per member, each followed
 *               separately.
 * - occurrence: one due date of an assignment; a recurring one has many, one per
 *               reported period.
 * - step:       one planned mail of a part-occurrence: reminder, overdue notice,
 *               escalation, status request (and, per occurrence, the summary to the
 *               addresses named in the item).
 * - track:      the steps of one part in one occurrence, sent one after the other
 *               (`<protocol>.<item>.<part>.<occurrence>`, a step id without its step;
 *               plan/step-id.ts). An item's summary of an occurrence, its status
 *               requests and the operator's notice of an unread deadline are tracks of
 *               their own. A track has at most one pending job: its next step
 *               (src/schedule); a postponed ladder keeps the track, with new step ids.
 * - ladder:     the configured sequence of steps before and after a deadline.
 * - controller: who is told when an assignment is overdue («Контроль … оставить за …»).
 * - directory entry: a body, person or group of the configured directory; executors
 *               and controllers are routed to entries.
 * - outbox:     the folder of .eml files that stands in for SMTP by default.
 * - digest:     one mail that gathers a recipient's steps of a working day about one
 *               protocol (or, by choice, about all), each assignment its own block.
 * - addressee:  who a step's mail is for and why they get it (executor, head of the
 *               executor's body at escalation level N, controller, …; plan/addressee.ts).
 * - recipient:  the `to` addresses of a step as one set: what folding and the daily cap
 *               count by.
 */

/** A civil date as written, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string;

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'doc' | 'rtf' | 'odt' | 'pdf' | 'image' | 'eml';

/** A document read into lines; `lines[0]` is line 1. */
export interface DocumentText {
  file: string;
  format: DocumentFormat;
  sha256: string;
  /**
   * The encoding the bytes were decoded from: 'utf-8', 'windows-1251', 'utf-16le',
   * 'docx', 'doc', 'odt', 'rtf' (with the code page, e.g. 'rtf/windows-1251'), 'pdf',
   * 'pdf+ocr' (some pages read by OCR), 'ocr'.
   */
  encoding: string;
  lines: string[];
  /** Paged formats: the page each line starts on (1-based), one entry per line. */
  pages?: number[];
  /** Number of pages of a paged document. */
  pageCount?: number;
  /**
   * Read by OCR: each line's confidence from 0 to 1 (the least sure of its words that
   * hold a letter or a digit); null for a line from a text layer. One entry per line.
   */
  confidence?: Array<number | null>;
  /** Read by OCR: the words of each line Tesseract was least sure of, as read. One entry per line. */
  doubtful?: string[][];
  /** Pages read by OCR (1-based). */
  ocrPages?: number[];
}

/**
 * 'daily': a report every day of a span («ежедневно до 15.00 … на период с 1 по 28 февраля»);
 * planned as its first day only (see occurrences), since srok cannot tell each day's report.
 */
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'halfyearly' | 'yearly';

export interface RecurrenceRule {
  freq: Frequency;
  /** Day of month of the due day; weekly: ISO weekday 1–7; daily: 0 (every day). */
  day: number;
  /** Calendar month (1–12) of the due day when the text fixes it, else null. */
  month: number | null;
  /** 'period': due after the reported period ends; 'none': due inside it. */
  after: 'period' | 'none';
  /** First day of the first reported period, or null when the text names none. */
  starts: IsoDate | null;
  /** Last day of the last reported period; null = open-ended. */
  until: IsoDate | null;
}

export interface RelativeTerm {
  count: number;
  unit: 'working_days' | 'days' | 'weeks' | 'months';
  from: 'document_date';
}

export type DeadlineKind = 'date' | 'recurring' | 'relative' | 'period' | 'continuous' | 'none' | 'unparsed';

export type WarningCode =
  | 'deadline_vague'
  | 'deadline_unparsed'
  | 'deadline_past'
  | 'relative_needs_relaxed_calendar'
  | 'no_assignments'
  | 'executor_unmatched'
  | 'executor_no_email'
  | 'escalation_unaddressed'
  | 'controller_unmatched'
  | 'encoding_guessed'
  | 'date_invalid'
  | 'calendar_year_missing'
  | 'duplicate_item'
  | 'close_target_unclear'
  | 'table_unread'
  | 'item_cut'
  | 'ocr_low_confidence';

export interface ParseWarning {
  line: number | null;
  code: WarningCode | string;
  message: string;
}

export interface Deadline {
  kind: DeadlineKind;
  /** The phrase as written, without the «Срок:» label and trailing punctuation; '' for none. */
  text: string;
  /** date: due day; relative: resolved day; period: its last day; else null. */
  date: IsoDate | null;
  /** «до 17-00 27.04.2010» → '17:00'. */
  time: string | null;
  rule: RecurrenceRule | null;
  firstDue: IsoDate | null;
  relative: RelativeTerm | null;
  /** Set for `unparsed` (always) and for readable-but-suspicious phrases. */
  warning?: { code: 'deadline_vague' | 'deadline_unparsed' | 'date_invalid'; message: string };
}

/** Context a deadline phrase is read in. */
export interface DeadlineContext {
  /** The document's date; relative terms count from the day after it, yearless dates take the first on or after it. */
  documentDate: IsoDate | null;
  /**
   * Counts «рабочих дней» for relative terms. Without it, only weekends are skipped and
   * the deadline carries a `relative_needs_relaxed_calendar` note in its warning.
   */
  addWorkingDays?: (day: IsoDate, n: number) => IsoDate;
  /**
   * With no document date: the days the text writes with their year («MM-DD» → year), which a yearless mention of the
   * same day takes («… субботник 11 октября 2014 года …» / «Приглашаем Вас 11 октября …»).
   */
  namedDays?: ReadonlyMap<string, number>;
}

export type ProtocolKind = 'protocol' | 'letter' | 'order' | 'resolution' | 'plan' | 'other';

export interface ProtocolHeader {
  kind: ProtocolKind;
  title: string | null;
  number: string | null;
  date: IsoDate | null;
  body: string | null;
  chair: string | null;
  signatory: string | null;
}

export type ItemKind = 'question' | 'assignment' | 'noted' | 'closes' | 'extension' | 'controller' | 'approval' | 'other';

export interface ItemOutline {
  item: string | null;
  line: number;
  /** Paged documents (PDF, scans): the page the item starts on. */
  page?: number;
  parent: string | null;
  kind: ItemKind;
  text: string;
}

export interface ExecutorRef {
  role: 'executor' | 'co-executor';
  /** The whole phrase as written, up to the verb. */
  text: string;
  /** Nominative when known. */
  name: string;
  /** Directory id when routed, else null. */
  ref: string | null;
}

export interface SendTo {
  text: string;
  name: string | null;
  ref: string | null;
  email: string | null;
}

export interface ActRef {
  number: string | null;
  date: IsoDate | null;
  title: string | null;
  /** The act's issuer; null when it is this document's issuer, named or implied. */
  body: string | null;
}

export interface Close {
  protocol: ActRef;
  /** [] when a whole act is closed. */
  items: string[];
  /** «считать исполненными», not only «снять с контроля». */
  done: boolean;
}

export interface Assignment {
  item: string | null;
  line: number;
  /** Paged documents (PDF, scans): the page the item starts on. */
  page?: number;
  text: string;
  recommendation: boolean;
  executors: ExecutorRef[];
  sendTo: SendTo[];
  deadline: Deadline;
  emails: string[];
  optional: boolean;
  closes: Close[];
}

export interface Extension {
  item: string | null;
  to: IsoDate;
  protocol: ActRef;
  items: string[];
}

export interface ControllerRef {
  text: string;
  name: string;
  ref: string | null;
}

/** The output of `srok parse --json` (../shared/contracts/parse-json.md). */
export interface ParsedDocument {
  source: {
    file: string;
    format: DocumentFormat;
    sha256: string;
    /** Paged documents: how many pages. */
    pages?: number;
    /** Pages read by OCR, and the mean confidence of what was read there (0–1). */
    ocr?: { pages: number[]; confidence: number };
  };
  protocol: ProtocolHeader;
  items: ItemOutline[];
  noted: string[];
  assignments: Assignment[];
  extensions: Extension[];
  controller: ControllerRef | null;
  warnings: ParseWarning[];
}
