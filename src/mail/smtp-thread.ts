import { parentPort, workerData } from 'node:worker_threads';
import { createSmtpPool } from './smtp-pool.js';
import { plainError, type FromSmtpThread, type SmtpThreadData, type ToSmtpThread } from './smtp-thread-messages.js';

/**
 * An SMTP thread: the pooled nodemailer of smtp-pool.ts on a thread of its own, so that
 * composing the MIME and writing it to the sockets takes the machine's other core while
 * the worker's thread runs BullMQ, the plans and the templates. Started and owned by
 * createSmtpTransport (smtp-transport.ts); it answers each send with the server's result
 * or nodemailer's error as data, which the worker's thread classifies as it does its own.
 */
const port = parentPort;
if (port === null) throw new Error('smtp-thread.ts runs as a worker thread of the SMTP transport');
const pool = createSmtpPool(workerData as SmtpThreadData);

const answer = (message: FromSmtpThread) => port.postMessage(message);

port.on('message', (message: ToSmtpThread) => {
  switch (message.op) {
    case 'send':
      pool.send(message.mail).then(
        (result) => answer({ id: message.id, ok: true, result }),
        (error: unknown) => answer({ id: message.id, ok: false, error: plainError(error) }),
      );
      return;
    case 'verify':
      pool.verify().then(
        () => answer({ id: message.id, ok: true, result: null }),
        (error: unknown) => answer({ id: message.id, ok: false, error: plainError(error) }),
      );
      return;
    case 'close':
      // Sent once every send has its answer: the pool's idle connections say QUIT, and the thread ends.
      pool.close();
      port.close();
      return;
  }
});
