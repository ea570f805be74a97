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
      return value === '' ? { malformed: 'после Bearer нет токена; пошлите Authorization: Bearer <токен>' } : { token: value };
    case 'basic': {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const password = colon < 0 ? '' : decoded.slice(colon + 1);
      return password === '' ? { malformed: 'во входе Basic нет пароля: пароль — это токен srok, имя пользователя — любое' } : { token: password };
    }
    default:
      return { malformed: `схема Authorization '${scheme ?? ''}' не поддерживается; пошлите Authorization: Bearer <токен>` };
  }
}
