/**
 * The token a request presents: `Authorization: Bearer <token>` from API clients, or
 * HTTP Basic from browsers, where the password is the token and the user name is
 * anything. Pure: the header in, the token (or why there is none) out.
 */
export type Presented = { token: string } | { missing: true } | { malformed: string };

export function presentedToken(authorization: string | undefined): Presented {
  if (authorization === undefined || authorization.trim() === '') return { missing: true };
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  const value = rest.join(' ');
  switch (scheme?.toLowerCase()) {
    case 'bearer':
      return value === '' ? { malformed: 'the Bearer credentials are empty; send Authorization: Bearer <token>' } : { token: value };
    case 'basic': {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const password = colon < 0 ? '' : decoded.slice(colon + 1);
      return password === '' ? { malformed: 'the Basic credentials carry no password; the password is the API token, the user name can be anything' } : { token: password };
    }
    default:
      return { malformed: `the Authorization scheme '${scheme ?? ''}' is not understood; send Authorization: Bearer <token>` };
  }
}
