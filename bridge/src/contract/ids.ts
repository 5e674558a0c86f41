import { z } from 'zod';

/* Building blocks of several resources' requests. */

/** An id in a path or query string. */
export const idParam = z.coerce.number().int().positive();

/** An Ozon leaf (description category and type) as a request body carries it. */
export const leafRefSchema = z.object({
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
