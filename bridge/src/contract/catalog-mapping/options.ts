import { z } from 'zod';
import { opencartId } from '../ids';

/* /api/v1/catalog-mapping/options: mapping-wide options (no-brand fallback, language of OpenCart texts). */

/** The merchant's mapping-wide choices; GET answers them, defaults filled in. */
export const mappingOptionsSchema = z.object({
  /**
   * Send the brand dictionary's "no brand" value when a product has no manufacturer or one Ozon does not know.
   * Off by default: Ozon may refuse or hide no-brand cards in branded categories, so the merchant opts in.
   */
  noBrandFallback: z.boolean().default(false),
  /** OpenCart language whose texts are matched against Ozon's (Russian) dictionaries; default: Russian if installed. */
  contentLanguageId: z.int().positive().optional(),
});
export type MappingOptions = z.infer<typeof mappingOptionsSchema>;

/** PUT: change some of them. */
export const mappingOptionsPatchSchema = z.strictObject({
  noBrandFallback: z.boolean().optional(),
  contentLanguageId: opencartId.optional(),
});
export type MappingOptionsPatch = z.infer<typeof mappingOptionsPatchSchema>;
