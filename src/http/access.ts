import { createHash, timingSafeEqual } from 'node:crypto';
import { CONTROLLER_TOKEN, MIN_TOKEN_LENGTH, type EnvSettings } from '../config/env.js';

/**
 * Who may use the HTTP endpoints. Tokens come from the environment (src/config/env.ts):
 * SROK_API_TOKENS give the operator role (read and change), SROK_API_READ_TOKENS the
 * read-only role, SROK_API_CONTROLLER_TOKENS the controller role. A token may carry a
 * name, `ivanova:<token>`, which the audit shows as 'api:ivanova' (and 'web:ivanova' for
 * what is done through a page's form); an unnamed one is 'api:token-<n>', its place in its
 * variable. A controller's token is always named, and its name is the directory id of the
 * controller it stands for: it sees and answers only what that controller controls
 * (scope.ts).
 *
 * Tokens are kept as SHA-256 digests and a presented token is compared with every one
 * of them by timingSafeEqual over the fixed-length digests, without stopping at the
 * first match: the time taken says nothing about how much of a token was right.
 */
export type Role = 'operator' | 'read' | 'controller';

export interface Principal {
  /** The token's name, or 'token-<n>' / 'read-<n>'. */
  name: string;
  role: Role;
  /** What the audit records for this principal's changes through the API. */
  actor: string;
  /** A controller's directory id; null for the other roles. */
  controls: string | null;
}

interface Entry {
  digest: Buffer;
  principal: Principal;
}

export interface Access {
  /** How many tokens of each role are configured. */
  readonly counts: { operator: number; read: number; controller: number };
  /** The principal of a presented token, or null. */
  identify(token: string): Principal | null;
}

const NAMED = /^([A-Za-z0-9._-]{1,40}):(.+)$/;

export function createAccess(env: Pick<EnvSettings, 'apiTokens' | 'apiReadTokens'> & Partial<Pick<EnvSettings, 'apiControllerTokens'>>): Access {
  const controllers = env.apiControllerTokens ?? [];
  const entries: Entry[] = [
    ...env.apiTokens.map((token, i) => entryOf(token, 'operator', `token-${i + 1}`)),
    ...env.apiReadTokens.map((token, i) => entryOf(token, 'read', `read-${i + 1}`)),
    // readEnv refused unnamed controller tokens; one that slips through here is left out.
    ...controllers.flatMap(controllerEntry),
  ];
  return {
    counts: { operator: env.apiTokens.length, read: env.apiReadTokens.length, controller: controllers.length },
    identify(token) {
      const presented = digestOf(token);
      let found: Principal | null = null;
      for (const entry of entries) {
        // No early exit: every digest is compared whatever matched before.
        if (timingSafeEqual(presented, entry.digest) && found === null) found = entry.principal;
      }
      return found;
    },
  };
}

function entryOf(written: string, role: Role, fallback: string): Entry {
  const named = NAMED.exec(written);
  // A name only when what follows is a whole token: a token with a colon of its own stays one token.
  const [name, token] = named?.[1] && named[2] && named[2].length >= MIN_TOKEN_LENGTH ? [named[1], named[2]] : [fallback, written];
  return { digest: digestOf(token), principal: { name, role, actor: `api:${name}`, controls: null } };
}

function controllerEntry(written: string): Entry[] {
  const named = CONTROLLER_TOKEN.exec(written);
  if (!named?.[1] || !named[2]) return [];
  return [{ digest: digestOf(named[2]), principal: { name: named[1], role: 'controller', actor: `api:${named[1]}`, controls: named[1] } }];
}

function digestOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
