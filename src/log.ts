import { pino, type Logger } from 'pino';

/**
 * Structured logs: one JSON event per line, with the ids of what it is about
 * (protocol, item, part, occurrence, step) as fields, so an operator can grep one
 * assignment's story. `pretty` is for people at a terminal.
 */
export type Log = Logger;

export function createLog(options: { level?: string; pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Log {
  const level = options.level ?? 'info';
  if (options.pretty) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:standard', ignore: 'pid,hostname' } },
    });
  }
  return options.destination ? pino({ level }, options.destination as pino.DestinationStream) : pino({ level });
}

/** A logger that drops everything: for tests and the CLI's quiet commands. */
export function silentLog(): Log {
  return pino({ level: 'silent' });
}
