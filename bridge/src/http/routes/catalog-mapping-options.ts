import { Hono } from 'hono';
import { readMappingOptions, writeMappingOptions } from '../../catalog/mapping/options';
import {
  type MappingOptions,
  mappingOptionsPatchSchema,
  mappingOptionsSchema,
} from '../../contract/catalog-mapping/options';
import type { AppEnv } from '../env';
import { validJson } from '../validate';
import { nowOf } from './catalog-mapping-shared';

/** Mapping-wide options (no-brand fallback, language of OpenCart texts). */
export const catalogMappingOptionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    return c.json(mappingOptionsSchema.parse(await readMappingOptions(c.get('services').store)));
  })
  .put('/', validJson(mappingOptionsPatchSchema, 'mapping options'), async (c) => {
    const { noBrandFallback, contentLanguageId } = c.req.valid('json');
    const clean = {
      ...(noBrandFallback === undefined ? {} : { noBrandFallback }),
      ...(contentLanguageId === undefined ? {} : { contentLanguageId }),
    };
    const body: MappingOptions = await writeMappingOptions(c.get('services').store, clean, nowOf(c));
    return c.json(body);
  });
