/**
 * A follow-up request that cannot be carried out, saying what to do instead. Its kind
 * tells a shell how to answer:
 * - 'bad-request': the request itself is wrong — an unreadable reference, a date in the
 *                  past, a postponement that would bring a deadline forward (CLI exit 2);
 * - 'not-found':   what it names is not stored — a protocol, an item, an executor, an
 *                  occurrence, a postponement request (CLI exit 1).
 */
export type FollowUpErrorKind = 'bad-request' | 'not-found';

export class FollowUpError extends Error {
  override name = 'FollowUpError';
  constructor(
    readonly kind: FollowUpErrorKind,
    message: string,
  ) {
    super(message);
  }
}
