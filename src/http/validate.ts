import type { z } from 'zod';
import { HttpError } from './http-error.js';

/**
 * A body or query checked by its zod schema; what does not fit is a 400 naming each
 * field and what to write in it. A page's form ('form') gets the messages alone: they are
 * written for the person who filled it in, in Russian.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'form'): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  if (where === 'form') {
    const said = [...new Set(result.error.issues.map((issue) => issue.message))].join('; ');
    throw new HttpError(400, 'invalid-input', `${said.charAt(0).toUpperCase()}${said.slice(1)}.`);
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? where : `${where}.${path}`}: ${issue.message}`;
  });
  throw new HttpError(400, 'invalid-input', problems.join('; '));
}
