import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env';
import { validationError } from './errors';

/** Parses a request part (body, query, path) or answers 422 with the fields that are wrong. */
export function parseOr<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw validationError(parsed.error, what);
  }
  return parsed.data;
}

/** The request's JSON body; a body that is not JSON reads as undefined, which the schema then refuses. */
export async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  return c.req.json().catch(() => undefined);
}
