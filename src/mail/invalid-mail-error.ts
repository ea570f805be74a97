/**
 * A mail context that must not become a message: an address with a space or a line
 * break, an unparseable instant, an empty id. The caller's data is wrong, so retrying
 * cannot help; `field` names what to fix ('to[1]', 'threadRoot', 'now').
 */
export class InvalidMailError extends Error {
  override name = 'InvalidMailError';
  constructor(
    readonly mailId: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`mail ${JSON.stringify(mailId)}: ${field}: ${reason}`);
  }
}
