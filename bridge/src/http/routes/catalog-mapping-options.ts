import { Hono } from 'hono';
import { z } from 'zod';
import { mappingOptionsSchema, readMappingOptions, writeMappingOptions } from '../../catalog/mapping/options';
import type { AppEnv } from '../env';
import { jsonBody, parseOr } from '../request';
import { idParam, nowOf } from './catalog-mapping-shared';

/** GET /catalog-mapping/options: mapping-wide options (no-brand fallback, language of OpenCart texts). */
export const mappingOptionsResponseSchema = mappingOptionsSchema;
export type MappingOptionsResponse = z.infer<typeof mappingOptionsResponseSchema>;

/** PUT /catalog-mapping/options: change some of them. */
export const mappingOptionsPatchSchema = z.strictObject({
  noBrandFallback: z.boolean().optional(),
  contentLanguageId: idParam.optional(),
});
export type MappingOptionsPatch = z.infer<typeof mappingOptionsPatchSchema>;

export const catalogMappingOptionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    return c.json(mappingOptionsResponseSchema.parse(await readMappingOptions(c.get('services').store)));
  })
  .put('/', async (c) => {
    const patch = parseOr(mappingOptionsPatchSchema, await jsonBody(c), 'mapping options');
    const { noBrandFallback, contentLanguageId } = patch;
    const clean = {
      ...(noBrandFallback === undefined ? {} : { noBrandFallback }),
      ...(contentLanguageId === undefined ? {} : { contentLanguageId }),
    };
    return c.json(await writeMappingOptions(c.get('services').store, clean, nowOf(c)));
  });
