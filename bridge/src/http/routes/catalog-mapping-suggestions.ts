import { Hono } from 'hono';
import { acceptMappingSuggestions } from '../../catalog/mapping/accept-suggestions';
import { suggestMappings } from '../../catalog/mapping/mapping-suggestions';
import {
  acceptSuggestionsRequestSchema,
  acceptSuggestionsResponseSchema,
  mappingSuggestionsSchema,
} from '../../contract/catalog-mapping/suggestions';
import type { AppEnv } from '../env';
import { validJson } from '../validate';
import { nowOf } from './catalog-mapping-shared';

/** What the mapping still lacks, with proposals, and accepting many choices in one request. */
export const catalogMappingSuggestionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { store, settings } = c.get('services');
    return c.json(mappingSuggestionsSchema.parse(await suggestMappings(store, await settings.ozon())));
  })
  .post('/accept', validJson(acceptSuggestionsRequestSchema, 'accepted suggestions'), async (c) => {
    const { store, jobs } = c.get('services');
    const answer = await acceptMappingSuggestions(store, jobs, c.req.valid('json'), nowOf(c));
    return c.json(acceptSuggestionsResponseSchema.parse(answer));
  });
