import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The counting SMTP sink, run as a process of its own (see startCountingSink): the
 * server's CPU is then not taken from the side being measured, as an SMTP server on
 * another host would not be. It reports each accepted message to its parent with the
 * epoch instant of acceptance, so the parent's timings do not include the IPC hop.
 */
function report(message: unknown): void {
  process.send?.(message);
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 0,
  onData(stream, _session, callback) {
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    stream.on('end', () => {
      report({ t: 'accepted', bytes, at: performance.timeOrigin + performance.now() });
      callback();
    });
  },
});

process.on('message', (message) => {
  if (message === 'close') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  report({ t: 'ready', port: (server.server.address() as AddressInfo).port });
});
