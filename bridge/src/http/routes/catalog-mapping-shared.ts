import type { Context } from 'hono';
import { z } from 'zod';
import { createOzonClientFromSettings } from '../../settings/ozon-client';
import { validationError } from '../errors';
import type { AppEnv } from '../services';

/** An id in a path or query string. */
export const idParam = z.coerce.number().int().positive();

/** An Ozon leaf as a request body carries it. */
export const leafRefSchema = z.object({
  descriptionCategoryId: z.int().positive(),
  typeId: z.int().positive(),
});

/** The leaf in `/:descriptionCategoryId/:typeId` paths. */
export const leafParamsSchema = z.object({ descriptionCategoryId: idParam, typeId: idParam });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
};

/** Parses `value` or answers 422 with the fields that are wrong. */
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

/** The configured Ozon client, its calls written to the merchant's log (OZON_NOT_CONFIGURED without credentials). */
export function ozonClientOf(c: Context<AppEnv>) {
  const { store, log, clock } = c.get('services');
  return () => createOzonClientFromSettings(store, { log, clock });
}

/** The bridge clock's now, for updated_at columns. */
export function nowOf(c: Context<AppEnv>): Date {
  return new Date(c.get('services').clock.now());
}
