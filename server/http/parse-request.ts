import type { z } from 'zod';
import { validationError } from '../errors/domain-error.ts';

/** Validates request input with a contract schema; failures become 400 VALIDATION_FAILED. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const message = first ? `Invalid ${what}: ${first.path ? `${first.path}: ` : ''}${first.message}` : `Invalid ${what}`;
  throw validationError('VALIDATION_FAILED', message, { issues });
}
