/**
 * src/intake: documents that arrive by mail. A mailbox watched over IMAP
 * (imap-intake.ts), the import receipt (receipt.ts) and its delivery (send-receipt.ts).
 */
import type { Clock } from '../clock.js';
import { importRead } from '../import.js';
import type { Log } from '../log.js';
import { documentOptions, mailInput } from '../read-protocol.js';
import type { WorkerDeps } from '../schedule/worker-deps.js';
import { ImapIntake } from './imap-intake.js';
import { reviewNotes, sendMailReceipt } from './send-receipt.js';

export { ImapIntake, senderAllowed, type ImapSettings, type PollResult } from './imap-intake.js';
export { buildReceipt, receiptDocuments, type Receipt, type ReceiptDocument, type ReviewNote } from './receipt.js';
export { logFileReceipt, mailReceipt, reviewNotes, sendFileReceipt, sendMailReceipt, type ReceiptOutcome } from './send-receipt.js';

/** The IMAP intake of a runtime: its config (re-read at each poll), store, scheduler and transport. */
export function imapIntakeFor(deps: WorkerDeps, options: { password: string; clock: Clock; log: Log }): ImapIntake {
  const { clock, log } = options;
  return new ImapIntake({
    settings: () => deps.config().settings.inbox.imap,
    password: options.password,
    once: deps.store.once,
    log,
    documentOptions: () => documentOptions(deps.config()),
    importMail: (mail) =>
      importRead(mailInput(mail, deps.config()), {
        config: deps.config,
        store: deps.store,
        scheduler: deps.scheduler,
        clock,
        log,
        actor: `imap:${mail.from?.address ?? 'unknown'}`,
      }),
    sendReceipt: async (mail, imported) => {
      await sendMailReceipt(mail, imported, { config: deps.config, transport: deps.transport, once: deps.store.once, log, now: () => clock.now(), review: reviewNotes(imported, deps.config()) });
    },
  });
}
