import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';

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

/** The configured Ozon client, its calls written to the merchant's log (OZON_NOT_CONFIGURED without credentials). */
export function ozonClientOf(c: Context<AppEnv>) {
  const { settings, log, clock } = c.get('services');
  return () => settings.ozonClient({ log, clock });
}

/** The bridge clock's now, for updated_at columns. */
export function nowOf(c: Context<AppEnv>): Date {
  return new Date(c.get('services').clock.now());
}
