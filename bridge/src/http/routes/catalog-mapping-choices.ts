import { Hono } from 'hono';
import { setDictionaryChoice } from '../../catalog/mapping/edit-dictionary-choices';
import { listDictionaryChoices } from '../../catalog/mapping/list-dictionary-choices';
import { dictionaryChoiceSchema, dictionaryChoicesQuerySchema } from '../../contract/catalog-mapping/choices';
import type { AppEnv } from '../env';
import { validJson, validQuery } from '../validate';
import { nowOf } from './catalog-mapping-shared';

/** The merchant's dictionary choices: which dictionary value a store text means. */
export const catalogMappingChoiceRoutes = new Hono<AppEnv>()
  .get('/', validQuery(dictionaryChoicesQuerySchema, 'choice query'), async (c) => {
    return c.json(await listDictionaryChoices(c.get('services').store, c.req.valid('query')));
  })
  .put('/', validJson(dictionaryChoiceSchema, 'dictionary choice'), async (c) => {
    const choice = c.req.valid('json');
    await setDictionaryChoice(c.get('services').store, choice, nowOf(c));
    return c.json(await listDictionaryChoices(c.get('services').store, choice));
  });
