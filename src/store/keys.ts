import { createHash } from 'node:crypto';

/**
 * The Redis key layout of the store of record, under one configurable prefix.
 *
 * A protocol's own keys share the hash tag `{p:<protocolKey>}`, so they live in one
 * slot of a Redis Cluster and can be written together in one Lua step:
 *
 *   <prefix>:{p:<key>}:doc     STRING  one JSON header line ({"f":1,"v":<version>,"at":<import time>}),
 *                                      '\n', then the parsed document as deflated JSON (doc-codec.ts)
 *   <prefix>:{p:<key>}:state   HASH    'c|<scopeField>' → Closure JSON, 'p|<scopeField>' → Postponement JSON
 *   <prefix>:{p:<key>}:audit   LIST    AuditEntry JSON, oldest first
 *   <prefix>:{p:<key>}:tracks  HASH    track → JSON [stepId, at]: the next planned step of each track
 *   <prefix>:{p:<key>}:review  STRING  ReviewState JSON: the protocol waits for an operator's approval, or was approved
 *   <prefix>:{p:<key>}:text    STRING  JSON array of the document's lines, as read (what a review shows beside what srok understood)
 *   <prefix>:{p:<key>}:fixes   HASH    correction id → Correction JSON: what operators corrected in what srok understood
 *   <prefix>:{p:<key>}:routing STRING  the executors' directory entries, and what they were routed from
 *                                      ({"b":<basis>,"e":[[entry id or null per executor] per assignment]}; src/records/routing.ts)
 *
 * Global indexes, outside the tag. They are derived from the protocol keys and written
 * after them, idempotently, so running an import again repairs them:
 *
 *   <prefix>:protocols         ZSET    protocolKey → epoch ms of the current version's import
 *   <prefix>:sha:<sha256>      STRING  → protocolKey that a file with this content was imported as
 *   <prefix>:ident:<idHash>    STRING  → protocolKey of the act with this identity
 *                                      (issuer + number + date, or issuer + date + title)
 *   <prefix>:alias:<idHash>    SET     protocolKeys for looser lookups: a number (any issuer, any
 *                                      date), or an issuer + day (its unnumbered acts)
 *   <prefix>:pending:<idHash>  HASH    '<source key>|<source item>|<n>' → PendingRecord JSON: closes and
 *                                      extensions waiting for an act with this identity to be imported
 *   <prefix>:due               ZSET    '<protocolKey>/<track>' → epoch ms of the track's next step
 *   <prefix>:ledger:<mailId>   HASH    send ledger entry (state, owner, lease, messageId …); expires
 *   <prefix>:failed            ZSET    mailId → epoch ms of its permanent failure (for /health and reports)
 *   <prefix>:thread:<hash>     STRING  Message-ID of the first mail of a thread (its root); expires
 *   <prefix>:review-waiting    ZSET    protocolKey → epoch ms since it waits for review
 *   <prefix>:aliases           HASH    normalised executor phrase → AliasRecord JSON (an operator's «запомнить»)
 *   <prefix>:entries           HASH    directory id → DirectoryEntry JSON: entries operators created while reviewing
 *
 * Mail gathering (src/delivery), under `<recipients>` = the first 16 hex digits of the SHA-256 of a recipient set:
 *
 *   <prefix>:catchup:<address>              HASH    track → MailLine JSON: a recipient's catch-up buffer
 *   <prefix>:digest:<recipients>:<day>      HASH    step id → the step's mail as it would have been alone; kept 40 days
 *   <prefix>:digest-groups:<recipients>:<day> STRING how that day's buffer is grouped into mails, fixed at its first run
 *   <prefix>:mails-of-day:<recipients>:<day> STRING planned mails sent to them that day (the daily cap)
 *   <prefix>:folded-steps                   HASH    step id → id of the mail that carried it
 *
 * Scheduling, follow-up and operation:
 *
 *   <prefix>:due-aux                 ZSET    job id → epoch ms: catch-up, digest and deferred jobs, for a simulated clock
 *   <prefix>:bull:…                  BullMQ's own keys (src/schedule/queue.ts)
 *   <prefix>:request:<id>            STRING  PostponementRequest JSON; expires a year after its last change
 *   <prefix>:request:<id>:decided    STRING  who decided it first (SET NX: one decision wins)
 *   <prefix>:requests:<protocolKey>  ZSET    request id → epoch ms it was asked: a protocol's requests
 *   <prefix>:link-used:<tokenId>     STRING  set (NX) when a link is used; expires with the link
 *   <prefix>:metrics:mails           HASH    'sent|<kind>', 'failed|<kind>', 'skipped|<reason>' → count;
 *                                            'seconds|<kind>' → total send time of the kind's sent mails
 *   <prefix>:config-changed          channel a config change announced to every worker (SIGHUP's equivalent)
 *   <prefix>:receipt:<hash>          STRING  an import receipt sent (hash of the Message-ID or file and the recipient); 30 days
 *   <prefix>:imap:lock:<mailbox>     STRING  the token of the worker polling the mailbox (host:user:folder); expires
 *
 * `<idHash>` and `<hash>` are the first 32 hex digits of a SHA-256: fixed-length keys
 * whatever the length of an issuer's name, and no Cyrillic in key names.
 */
export interface StoreKeys {
  readonly prefix: string;
  doc(protocolKey: string): string;
  state(protocolKey: string): string;
  audit(protocolKey: string): string;
  tracks(protocolKey: string): string;
  review(protocolKey: string): string;
  fixes(protocolKey: string): string;
  text(protocolKey: string): string;
  routing(protocolKey: string): string;
  readonly reviewWaiting: string;
  readonly aliases: string;
  readonly entries: string;
  readonly protocols: string;
  sha(sha256: string): string;
  ident(idHash: string): string;
  alias(idHash: string): string;
  pending(idHash: string): string;
  readonly due: string;
  ledger(mailId: string): string;
  readonly failed: string;
  thread(threadKey: string): string;
  catchUp(recipient: string): string;
  digest(recipients: string, day: string): string;
  digestGroups(recipients: string, day: string): string;
  mailsOfDay(recipients: string, day: string): string;
  readonly foldedSteps: string;
  readonly dueAux: string;
  /** BullMQ's prefix: its keys live under the store's, so one Redis can hold several srok installations. */
  readonly bull: string;
  request(id: string): string;
  requestDecided(id: string): string;
  requests(protocolKey: string): string;
  linkUsed(tokenId: string): string;
  readonly mailCounters: string;
  readonly configChanged: string;
  receipt(id: string): string;
  imapLock(mailbox: string): string;
}

export function storeKeys(prefix: string): StoreKeys {
  if (prefix === '' || /[{}\s]/u.test(prefix)) {
    throw new Error(`store prefix ${JSON.stringify(prefix)} must be non-empty, without spaces or braces (braces would break the hash tags)`);
  }
  const own = (key: string, what: string): string => `${prefix}:{p:${checkProtocolKey(key)}}:${what}`;
  return {
    prefix,
    doc: (key) => own(key, 'doc'),
    state: (key) => own(key, 'state'),
    audit: (key) => own(key, 'audit'),
    tracks: (key) => own(key, 'tracks'),
    review: (key) => own(key, 'review'),
    fixes: (key) => own(key, 'fixes'),
    text: (key) => own(key, 'text'),
    routing: (key) => own(key, 'routing'),
    reviewWaiting: `${prefix}:review-waiting`,
    aliases: `${prefix}:aliases`,
    entries: `${prefix}:entries`,
    protocols: `${prefix}:protocols`,
    sha: (sha256) => `${prefix}:sha:${sha256}`,
    ident: (idHash) => `${prefix}:ident:${idHash}`,
    alias: (idHash) => `${prefix}:alias:${idHash}`,
    pending: (idHash) => `${prefix}:pending:${idHash}`,
    due: `${prefix}:due`,
    ledger: (mailId) => `${prefix}:ledger:${mailId}`,
    failed: `${prefix}:failed`,
    thread: (threadKey) => `${prefix}:thread:${hashKey(threadKey)}`,
    catchUp: (recipient) => `${prefix}:catchup:${recipient.toLowerCase()}`,
    digest: (recipients, day) => `${prefix}:digest:${recipientsHash(recipients)}:${day}`,
    digestGroups: (recipients, day) => `${prefix}:digest-groups:${recipientsHash(recipients)}:${day}`,
    mailsOfDay: (recipients, day) => `${prefix}:mails-of-day:${recipientsHash(recipients)}:${day}`,
    foldedSteps: `${prefix}:folded-steps`,
    dueAux: `${prefix}:due-aux`,
    bull: bullPrefix(prefix),
    request: (id) => `${prefix}:request:${id}`,
    requestDecided: (id) => `${prefix}:request:${id}:decided`,
    requests: (protocolKey) => `${prefix}:requests:${protocolKey}`,
    linkUsed: (tokenId) => `${prefix}:link-used:${tokenId}`,
    mailCounters: `${prefix}:metrics:mails`,
    configChanged: `${prefix}:config-changed`,
    receipt: (id) => `${prefix}:receipt:${id}`,
    imapLock: (mailbox) => `${prefix}:imap:lock:${mailbox}`,
  };
}

/** BullMQ's key prefix under a store prefix (what `new Queue(…, { prefix })` is given). */
export function bullPrefix(prefix: string): string {
  return `${prefix}:bull`;
}

/** How long a postponement request is kept after its last change: long enough for any report on the year. */
export const REQUEST_TTL_MS = 400 * 24 * 3600 * 1000;

/** A recipient set in a key name: 16 hex digits of its SHA-256 (the same hash its digest job and mail ids use). */
function recipientsHash(recipients: string): string {
  return createHash('sha256').update(recipients).digest('hex').slice(0, 16);
}

/** A short fixed-length hash for key names. */
export function hashKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * Protocol keys become part of a hash tag and of `due` members ('<key>/<track>'), so
 * they must hold neither braces nor '/'. protocolKey() yields ASCII slugs; this guards
 * against a key typed by an operator.
 */
export function checkProtocolKey(key: string): string {
  if (key === '' || /[{}/\s]/u.test(key)) {
    throw new Error(`protocol key ${JSON.stringify(key)} must be non-empty, without spaces, braces or '/'`);
  }
  return key;
}
