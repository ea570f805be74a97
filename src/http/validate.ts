import type { z } from 'zod';
import { HttpError } from './http-error.js';

/**
 * A body or query checked by its zod schema; what does not fit is a 400 naming each
 * field and what to write in it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'form'): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? where : `${where}.${path}`}: ${issue.message}`;
  });
  throw new HttpError(400, 'invalid-input', problems.join('; '));
}
