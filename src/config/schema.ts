/**
 * The shape of the config tree under config/. Every file is parsed by these zod
 * schemas once, at start; the loader turns zod issues into messages naming the file,
 * the YAML path and the fix.
 *
 *   config/srok.yaml        zone, office hours, operator, mail, redis, inbox, schedule,
 *                           http (links in mails), input limits
 *   config/ladders.yaml     reminder / overdue / escalation ladders: default, per kind,
 *                           per issuer, per executor
 *   config/directory.yaml   bodies, people and groups that executors route to
 *   config/calendar/*.yaml  the working-day calendar, one file per year
 */
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { countOf, CRON_FIELDS } from '../mail/plural.js';
import { isTimeZone } from './time-zone.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const clockTime = z
  .string()
  .regex(HHMM, { message: "— не время суток; напишите его как 'ЧЧ:ММ', например '09:00'" });

/**
 * A span in config: `10wd` working days, `3d` calendar days, `2w` weeks, `1m` months.
 * Written as a short string so ladders stay one line per step.
 */
export type SpanUnit = 'wd' | 'd' | 'w' | 'm';
export interface Span {
  count: number;
  unit: SpanUnit;
}
const SPAN = /^(\d{1,3})(wd|d|w|m)$/;
// A bare number is read too, so that `before: [10, 3]` gets the span message, not "expected string".
export const span = z.union([z.string(), z.number()]).transform((written, ctx): Span => {
  const text = String(written);
  const m = SPAN.exec(text.trim());
  if (!m) {
    ctx.addIssue({
      code: 'custom',
      message: `'${text}' — не промежуток времени; напишите число и единицу: '3wd' (рабочие дни), '5d' (календарные дни), '2w' (недели), '1m' (месяцы)`,
    });
    return z.NEVER;
  }
  return { count: Number(m[1]), unit: m[2] as SpanUnit };
});

/** Whom an escalation level goes to. */
const TARGET_WORDS = ['controller', 'controller-head', 'executor-head'];
// Checked as one string first, so that a misspelt word gets one message with a hint
// rather than a failure per union branch; the union then gives the precise type.
export const escalationTarget = z
  .string()
  .superRefine((to, ctx) => {
    if (TARGET_WORDS.includes(to) || /^@[a-z0-9][a-z0-9-]*$/.test(to)) return;
    ctx.addIssue({
      code: 'custom',
      message: `'${to}' — не адресат эскалации; допустимые значения: 'controller', 'controller-head', 'executor-head' или '@id-записи-справочника'${didYouMean(to, TARGET_WORDS)}`,
    });
  })
  .pipe(z.union([z.literal('controller'), z.literal('controller-head'), z.literal('executor-head'), z.templateLiteral(['@', z.string()])]));
export type EscalationTarget = z.infer<typeof escalationTarget>;

export const escalationLevel = z.strictObject({
  /** Working days after the overdue notice (level 1) or after the previous level. */
  after: span,
  to: escalationTarget,
});

/**
 * `mail.smtp.threads`: where the SMTP transport composes and sends. 0 (the default) — on
 * the worker's thread; 'auto' — one thread of its own when the machine has two cores or
 * more; N — N threads sharing the connections (no more than the connections: 5). Off by
 * default: on the 2-core bench machine, shared with the SMTP sink, Redis and other work,
 * the thread's gain was not steady (README, Benchmarks).
 */
// A wrong value is explained by the loader in Russian («'many' здесь не подходит; напишите 'auto' или число», «слишком большое значение; допустимо не больше 5»).
export const smtpThreads = z.union([z.literal('auto'), z.number().int().min(0).max(5)]);
export type SmtpThreadsSetting = z.infer<typeof smtpThreads>;

export const digestMode = z.enum(['protocol', 'daily', 'separate']);
export type DigestMode = z.infer<typeof digestMode>;

/**
 * Repeats of the last escalation level: a count, 0 for none, or 'forever' — which must
 * be written out, so an endless weekly mail is never a default nor a slip of a zero.
 */
export const maxRepeats = z.union([z.number().int().min(0), z.literal('forever')], {
  error: "— не число повторов; напишите целое число (0 — без повторов) или 'forever'",
});
export type MaxRepeats = z.infer<typeof maxRepeats>;

/** A ladder as written; every field optional so issuer/executor overrides can be partial. */
export const ladderPatch = z.strictObject({
  /** Reminders before the deadline: '10wd' … '0wd' (the morning of the deadline day). */
  before: z.array(span).optional(),
  /** The overdue notice to the executor, after the (moved) deadline; false: none. */
  overdue: z.union([span, z.literal(false)]).optional(),
  escalate: z.array(escalationLevel).optional(),
  /** Repeat the last escalation level at this interval until closed; false: once. */
  repeat: z.union([span, z.literal(false)]).optional(),
  /** How many times the last level repeats: a number (0: never), or 'forever' (until closed), written out. */
  maxRepeats: maxRepeats.optional(),
  /** Local time of day steps are sent at (inside office hours). */
  sendAt: clockTime.optional(),
  /** A deadline on a non-working day moves to the next (Civil Code art. 193) or previous working day. */
  moveDeadline: z.enum(['next', 'previous']).optional(),
});
export type LadderPatch = z.infer<typeof ladderPatch>;

export const ladderFull = z.strictObject({
  before: z.array(span),
  overdue: z.union([span, z.literal(false)]),
  escalate: z.array(escalationLevel),
  repeat: z.union([span, z.literal(false)]),
  maxRepeats: maxRepeats.default(3),
  sendAt: clockTime,
  moveDeadline: z.enum(['next', 'previous']).default('next'),
});
export type Ladder = z.infer<typeof ladderFull>;

export const kindRules = z.strictObject({
  /** `none` (no deadline): a status request at this interval. false: never. */
  none: z.strictObject({ statusEvery: z.union([span, z.literal(false)]) }),
  /** `continuous` («постоянно»): a periodic status request. */
  continuous: z.strictObject({ statusEvery: z.union([span, z.literal(false)]) }),
  /** `unparsed`: tell the operator at import; no executor mail until the deadline is set. */
  unparsed: z.strictObject({ notifyOperator: z.boolean() }),
  /** «при наличии»: nothing is owed, so by default reminders only. */
  optional: ladderPatch,
  /** «Рекомендовать …»: by default the full ladder, like any assignment. */
  recommendation: ladderPatch,
  /**
   * A daily report over a span («ежедневно до 15.00 … с 1 по 28 февраля»), planned as its first day: by default
   * reminders only — whether each day's report came, srok cannot tell, so no overdue notice and no escalation.
   */
  daily: ladderPatch.default({ overdue: false, escalate: [] }),
});
export type KindRules = z.infer<typeof kindRules>;

export const laddersFile = z.strictObject({
  default: ladderFull,
  kinds: kindRules,
  issuers: z
    .array(
      z.strictObject({
        /** Directory id of the issuing body, or a phrase its name contains. */
        match: z.string().min(1),
        /** Directory id of who controls this issuer's assignments when a protocol names no controller. */
        controller: z.string().optional(),
        ladder: ladderPatch.default({}),
      }),
    )
    .default([]),
  executors: z
    .array(
      z.strictObject({
        ref: z.string().min(1),
        ladder: ladderPatch.default({}),
      }),
    )
    .default([]),
});
export type LaddersConfig = z.infer<typeof laddersFile>;

const email = z.email({ message: "— не адрес электронной почты; напишите его как 'name@example.org'" });

/** A directory id, also used after '@' in escalation targets. */
export const DIRECTORY_ID = /^[a-z0-9][a-z0-9-]*$/;

export const directoryEntry = z.strictObject({
  id: z.string().regex(DIRECTORY_ID, { message: "— не id; пишите строчными латинскими буквами, цифрами и дефисами, например 'khmao-surgut'" }),
  kind: z.enum(['body', 'person', 'group']),
  /** Nominative, as it would stand in a heading. */
  name: z.string().min(1),
  /** Other nominative names: abbreviations, older and newer names. */
  aliases: z.array(z.string().min(1)).default([]),
  emails: z.array(email).default([]),
  /** Who is one level up: the target of 'executor-head' / 'controller-head' escalations. */
  head: z.string().optional(),
  /** Groups only: the ids of the members, each followed as its own part. */
  members: z.array(z.string()).default([]),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;

export const directoryFile = z.strictObject({
  entries: z.array(directoryEntry),
});

/** A cron pattern as BullMQ's job scheduler reads it (through cron-parser), and one that ever fires. */
const cronPattern = z.string().superRefine((pattern, ctx) => {
  const problem = cronProblem(pattern);
  if (problem !== null) {
    ctx.addIssue({
      code: 'custom',
      message: `'${pattern}' — не расписание cron (${problem}); напишите шесть полей через пробел — секунда, минута, час, день месяца, месяц, день недели, — например '0 0 9 * * 1' (по понедельникам в 09:00)`,
    });
  }
});

/** OCR of scans and page images (Tesseract). */
const OCR_DEFAULTS = { enabled: true, languages: 'rus+eng', dpi: 300, pageTimeoutSeconds: 60, maxPages: 50, warnBelow: 0.6 };
const ocrSettings = z.strictObject({
  /** false: a scan is refused with a message instead of being read. */
  enabled: z.boolean().default(true),
  /** Tesseract's languages, '+'-joined; each needs Debian's tesseract-ocr-<language>. */
  languages: z
    .string()
    .regex(/^[a-z_]{3,}(?:\+[a-z_]{3,})*$/, { message: "— не список языков Tesseract; напишите коды через '+', например 'rus+eng'" })
    .default('rus+eng'),
  /** Resolution a scanned PDF page is rendered at when its own cannot be told. */
  dpi: z.number().int().min(150).max(600).default(300),
  /** Time one page may take; a page that takes longer fails the document with a message. */
  pageTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  /** Most pages of one document read by OCR. */
  maxPages: z.number().int().min(1).max(1000).default(50),
  /** An assignment with a word read below this confidence (0–1) gets a warning to compare it with the scan. */
  warnBelow: z.number().min(0).max(1).default(0.6),
});

/** Hosts where a password may travel without TLS: this machine only. */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;
const SENDER = /^(?:[^\s@<>]+@)?(?:[a-z0-9-]+\.)+[a-z0-9-]+$/i;
const IMAP_OFF = {
  enabled: false,
  host: null,
  port: null,
  security: 'tls' as const,
  user: null,
  mailbox: 'INBOX',
  processed: 'srok/processed',
  failed: 'srok/failed',
  rejected: 'srok/rejected',
  allowSenders: [],
  pollSeconds: 60,
  receipt: true,
};
const imapSettings = z
  .strictObject({
    enabled: z.boolean().default(false),
    host: z.string().min(1).nullable().default(null),
    /** Unset: 993 with tls, 143 otherwise. */
    port: z.number().int().min(1).max(65535).nullable().default(null),
    /** tls: TLS from the start (port 993); starttls: plain, then STARTTLS (143); none: no encryption, only for this machine. */
    security: z.enum(['tls', 'starttls', 'none']).default('tls'),
    user: z.string().min(1).nullable().default(null),
    /** The folder new mail arrives in. */
    mailbox: z.string().min(1).default('INBOX'),
    /** Where a message goes once its documents are imported, could not be read, or its sender is not allowed. */
    processed: z.string().min(1).default('srok/processed'),
    failed: z.string().min(1).default('srok/failed'),
    rejected: z.string().min(1).default('srok/rejected'),
    /** Senders whose mail is imported: addresses ('clerk@admhmao.ru') or whole domains ('admhmao.ru'). */
    allowSenders: z
      .array(z.string().regex(SENDER, { message: "— не адрес и не домен; напишите 'clerk@admhmao.ru' или 'admhmao.ru'" }))
      .default([]),
    /** How often the mailbox is looked at. */
    pollSeconds: z.number().int().min(5).max(3600).default(60),
    /** Send the sender a receipt: what was understood in each document, what needs a look. */
    receipt: z.boolean().default(true),
  })
  .superRefine((imap, ctx) => {
    if (!imap.enabled) return;
    if (imap.host === null) {
      ctx.addIssue({ code: 'custom', path: ['host'], message: "не задан, а inbox.imap.enabled: true; напишите адрес почтового сервера, например 'imap.admhmao.ru'" });
    }
    if (imap.user === null) {
      ctx.addIssue({ code: 'custom', path: ['user'], message: "не задан, а inbox.imap.enabled: true; напишите имя ящика, например 'srok@admhmao.ru' (пароль — в переменной окружения SROK_IMAP_PASSWORD)" });
    }
    if (imap.allowSenders.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowSenders'],
        message: "пуст, а inbox.imap.enabled: true; перечислите отправителей, чьи письма импортировать: адреса ('clerk@admhmao.ru') или домены ('admhmao.ru') — иначе любой, кто знает адрес ящика, сможет создать поручения",
      });
    }
    if (imap.security === 'none' && imap.host !== null && !LOOPBACK.test(imap.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['security'],
        message: `'none' передаёт пароль открытым текстом, а сервер ${imap.host} — не этот компьютер; напишите 'tls' (порт 993) или 'starttls' (порт 143)`,
      });
    }
    const folders = [imap.mailbox, imap.processed, imap.failed, imap.rejected];
    if (new Set(folders).size !== folders.length) {
      ctx.addIssue({ code: 'custom', path: ['processed'], message: 'mailbox, processed, failed и rejected должны быть разными папками, иначе письма будут обрабатываться снова' });
    }
  });

export const REVIEW_MODES = ['off', 'warnings', 'all'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

/** A Russian message: the operator chooses the gate, and the choice needs words. */
const reviewMode = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value === 'string' && (REVIEW_MODES as readonly string[]).includes(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} — такого режима проверки нет; напишите off (ставить в расписание сразу), warnings (протокол с предупреждениями ждёт проверки оператора) или all (проверять каждый протокол)`,
    });
  })
  .transform((value) => value as ReviewMode);

export const settingsFile = z.strictObject({
  /** IANA zone of the office hours; KhMAO and Chelyabinsk are both Asia/Yekaterinburg. */
  timezone: z.string().refine(isTimeZone, { message: "— не часовой пояс IANA; напишите, например, 'Asia/Yekaterinburg' (ХМАО, Челябинск) или 'Europe/Moscow'" }),
  officeHours: z.strictObject({ start: clockTime, end: clockTime }).superRefine((hours, ctx) => {
    if (hours.end <= hours.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `'${hours.end}' не позже начала '${hours.start}'; рабочий день заканчивается после того, как начался, например start: '09:00', end: '18:00'` });
    }
  }),
  operator: z.strictObject({ name: z.string().min(1), email }),
  calendar: z
    .strictObject({
      /** Folder of year files, relative to the config folder. */
      dir: z.string().default('calendar'),
      region: z.string().nullable().default(null),
    })
    .default({ dir: 'calendar', region: null }),
  mail: z.strictObject({
    /** 'name <address>' or a bare address. */
    from: z.string().regex(/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/, {
      message: "— не отправитель; напишите 'имя <адрес>' или просто адрес, например 'srok <srok@example.org>'",
    }),
    transport: z.enum(['outbox', 'smtp']).default('outbox'),
    /** Where .eml files go with the outbox transport; relative to the working folder. */
    outboxDir: z.string().default('var/outbox'),
    /** The SMTP transport (mail.transport: smtp): where nodemailer composes and sends; see smtpThreads. */
    smtp: z.strictObject({ threads: smtpThreads.default(0) }).default({ threads: 0 }),
    /** Recipient domains mail may go to; [] = any. Applies to addresses named in items too. */
    allowDomains: z
      .array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/, { message: "— не домен; напишите его строчными буквами без '@', например 'admhmao.ru'" }))
      .default([]),
    digest: z
      .strictObject({
        /**
         * How a recipient's steps of one working day go out: 'protocol' — one mail per
         * protocol (the default); 'daily' — one mail across protocols; 'separate' — each
         * step its own mail, as planned.
         */
        mode: digestMode.default('protocol'),
        /** The former switch: true is 'daily', false is 'separate'; `mode` says it better. */
        enabled: z.boolean().optional(),
        /** Local time the day's mails go; a step later in the day joins the next working day's. */
        at: clockTime.default('10:30'),
        /** Step kinds that go at once, as planned, whatever the mode. */
        immediate: z.array(z.enum(['reminder', 'overdue', 'escalation', 'status', 'summary', 'operator'])).default([]),
        /** Planned mails one recipient gets on one day at most: the one that reaches it carries everything else due that day. */
        maxPerDay: z.number().int().min(1).max(50).default(3),
        /** Per recipient: `match` is an address or a whole domain ('admhmao.ru'); the first rule that matches sets the mode. */
        recipients: z.array(z.strictObject({ match: z.string().min(3), mode: digestMode })).default([]),
      })
      .default({ mode: 'protocol', at: '10:30', immediate: [], maxPerDay: 3, recipients: [] }),
  }),
  redis: z.strictObject({ prefix: z.string().min(1).default('srok') }).default({ prefix: 'srok' }),
  inbox: z
    .strictObject({
      dir: z.string().default('var/inbox'),
      /** A mailbox watched beside (or instead of) the folder; its password comes from SROK_IMAP_PASSWORD. */
      imap: imapSettings.default(IMAP_OFF),
    })
    .default({ dir: 'var/inbox', imap: IMAP_OFF }),
  schedule: z
    .strictObject({
      /** Recurring assignments: occurrences whose first step is further ahead than this are scheduled later (rolled forward). */
      horizonDays: z.number().int().min(7).max(400).default(62),
      /** A step that fires later than this after its time (the worker was down) goes into one catch-up mail per recipient. */
      catchUpAfterMinutes: z.number().int().min(1).default(120),
      /** /health answers 503 once the oldest due step has waited longer than this (no worker runs it, or they cannot keep up). */
      maxDueWaitMinutes: z.number().int().min(1).max(1440).default(30),
      /** Local time of the daily re-plan that repairs anything missing. */
      replanAt: clockTime.default('06:30'),
      /** Jobs one worker process runs at once. */
      concurrency: z.number().int().min(1).max(200).default(16),
      /** Delivery attempts before a transient failure is given up (then reported like a permanent one). */
      attempts: z.number().int().min(1).max(50).default(10),
      /** First retry delay; doubled on each attempt. */
      backoffSeconds: z.number().int().min(1).default(60),
      /** BullMQ's job lock: a job whose worker stops renewing it this long (the worker died) runs again elsewhere. */
      lockSeconds: z.number().int().min(1).max(3600).default(60),
      /**
       * The send ledger's lease: how long a mail being sent is another worker's. It must
       * outlast one SMTP transaction with its timeouts; after it, a mail whose sender died
       * is sent again (the one possible duplicate, with the same Message-ID).
       */
      leaseSeconds: z.number().int().min(1).max(3600).default(300),
    })
    .default({ horizonDays: 62, catchUpAfterMinutes: 120, maxDueWaitMinutes: 30, replanAt: '06:30', concurrency: 16, attempts: 10, backoffSeconds: 60, lockSeconds: 60, leaseSeconds: 300 }),
  http: z
    .strictObject({
      /**
       * Where srok's web endpoints are reached from a recipient's mail client, e.g.
       * 'https://srok.example.org'; the one-click links in mails are '<publicUrl>/l/<token>'.
       * null: mails carry no links.
       */
      publicUrl: z
        .string()
        .nullable()
        .default(null)
        .superRefine((url, ctx) => {
          if (url !== null && !isPublicUrl(url)) {
            ctx.addIssue({ code: 'custom', message: `'${url}' — не веб-адрес; напишите его с http:// или https:// и без параметров после '?', например 'https://srok.example.org'` });
          }
        })
        .transform((url) => (url === null ? null : url.replace(/\/+$/, ''))),
      /** How long a link in a mail stays valid, in days. */
      linkDays: z.number().int().min(1).max(365).default(30),
      /** The port `srok serve` listens on; unset: 8080. `--port` overrides it. */
      port: z.number({ error: '— не номер порта; напишите число от 1 до 65535, например 8080' }).int().min(1).max(65535, { error: '— не номер порта; напишите число от 1 до 65535, например 8080' }).optional(),
      /** The address `srok serve` listens on; unset: 127.0.0.1 (behind a reverse proxy). '0.0.0.0' for every interface. `--host` overrides it. */
      host: z.string().min(1, { error: "пусто; напишите адрес, например '127.0.0.1' или '0.0.0.0'" }).optional(),
    })
    .default({ publicUrl: null, linkDays: 30 }),
  reports: z
    .strictObject({
      /** One mail per controller listing what is overdue and due soon among the assignments they control. */
      controllerSummary: z
        .strictObject({
          /** When, in the configured zone: six fields, second to day of week; the default is Mondays at 09:00. */
          cron: cronPattern.default('0 0 9 * * 1'),
          /** «Скоро срок»: deadlines at most this many working days ahead. */
          dueSoonDays: z.number().int().min(0).max(60).default(5),
          enabled: z.boolean().default(true),
        })
        .default({ cron: '0 0 9 * * 1', dueSoonDays: 5, enabled: true }),
    })
    .default({ controllerSummary: { cron: '0 0 9 * * 1', dueSoonDays: 5, enabled: true } }),
  import: z
    .strictObject({
      /**
       * The review gate: off — an import schedules at once; warnings — a protocol with
       * any warning waits until an operator approves it; all — every protocol waits.
       */
      review: reviewMode.default('warnings'),
      /** When, on working days, the operator is told what waits for review (local time of `timezone`). */
      reviewReminderAt: clockTime.default('09:00'),
    })
    .default({ review: 'warnings', reviewReminderAt: '09:00' }),
  input: z
    .strictObject({
      maxBytes: z.number().int().positive().default(20 * 1024 * 1024),
      /** Most pages a PDF may have. */
      maxPages: z.number().int().positive().default(300),
      ocr: ocrSettings.default(OCR_DEFAULTS),
    })
    .default({ maxBytes: 20 * 1024 * 1024, maxPages: 300, ocr: OCR_DEFAULTS }),
});
export type Settings = z.infer<typeof settingsFile>;

/** An http(s) address a link can start with: no credentials, query or fragment to append a path after. */
function isPublicUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
}

/** Why cron-parser refuses a pattern, or finds no time it fires at; null when it reads. */
function cronProblem(pattern: string): string | null {
  try {
    CronExpressionParser.parse(pattern, { currentDate: new Date(0), tz: 'UTC' }).next();
    return null;
  } catch (e) {
    // cron-parser says why in English: its two common complaints are put in Russian, the others counted in fields.
    const message = e instanceof Error ? e.message : String(e);
    const range = /got value (\S+) expected range (\d+)-(\d+)/.exec(message);
    if (range) return `значение ${range[1]} вне допустимого диапазона ${range[2]}–${range[3]}`;
    const characters = /Invalid characters, got value: (\S+)/.exec(message);
    if (characters) return `недопустимые знаки: ${characters[1]}`;
    const fields = pattern.trim() === '' ? 0 : pattern.trim().split(/\s+/).length;
    return fields === 5 || fields === 6 ? 'одно из полей записано неверно' : `${countOf(fields, CRON_FIELDS)}, а нужно 6`;
  }
}
