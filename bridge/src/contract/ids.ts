import { z } from 'zod';

/*
 * Building blocks of several resources' requests. Request objects are strict (z.strictObject): a field the bridge
 * does not know is refused by name, never dropped, so a misspelt option cannot quietly do the default instead.
 */

/** An id in a path or query string (Ozon's ids are 64-bit; zod's int keeps them to safe integers). */
export const idParam = z.coerce.number().int().positive();

/** OpenCart's ids are int(11) signed columns; a larger one would be clamped by MySQL or match nothing. */
export const OPENCART_ID_MAX = 2_147_483_647;
const OPENCART_ID = { error: `must be an OpenCart id (1 to ${OPENCART_ID_MAX})` } as const;

/** An OpenCart id (product, category, language, order) in a JSON body. */
export const opencartId = z.int(OPENCART_ID).min(1, OPENCART_ID).max(OPENCART_ID_MAX, OPENCART_ID);

/** An OpenCart id in a path or query string. */
export const opencartIdParam = z.coerce
  .number(OPENCART_ID)
  .int(OPENCART_ID)
  .min(1, OPENCART_ID)
  .max(OPENCART_ID_MAX, OPENCART_ID);

/** An Ozon leaf (description category and type) as a request body carries it. */
export const leafRefSchema = z.strictObject({
  descriptionCategoryId: z.int().positive(),
  typeId: z.int().positive(),
});
export type LeafRef = z.infer<typeof leafRefSchema>;

/** The leaf in `/:descriptionCategoryId/:typeId` paths. */
export const leafParamsSchema = z.object({ descriptionCategoryId: idParam, typeId: idParam });

/** Page and page size of a paged list. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
};
