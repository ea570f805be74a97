/**
 * A request the HTTP layer answers with a 4xx: its status, a short code a client can
 * switch on, and a message that says what to change. Follow-up and report errors are
 * turned into these by the error handler (error-handler.ts).
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
