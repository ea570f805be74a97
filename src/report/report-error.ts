/**
 * A report request that cannot be answered as asked: an executor or controller that
 * names nobody, a count that is not a number. The message says what to write instead;
 * the CLI answers it with exit code 2 (bad usage).
 */
export class ReportError extends Error {
  override name = 'ReportError';
}
