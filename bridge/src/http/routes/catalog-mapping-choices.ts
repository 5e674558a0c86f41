import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { dictionaryChoiceSchema, setDictionaryChoice } from '../../catalog/mapping/edit-dictionary-choices';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { jsonBody, parseOr } from '../request';
import { idParam, nowOf } from './catalog-mapping-shared';

/** GET /catalog-mapping/dictionary-choices?attributeId=&dictionaryId=: the merchant's remembered choices. */
export const dictionaryChoicesQuerySchema = z.object({ attributeId: idParam, dictionaryId: idParam });
export const dictionaryChoiceItemSchema = z.object({
  text: z.string(),
  valueId: z.number(),
  value: z.string(),
  updatedAt: z.string(),
});
export const dictionaryChoicesResponseSchema = z.object({ items: z.array(dictionaryChoiceItemSchema) });
export type DictionaryChoicesResponse = z.infer<typeof dictionaryChoicesResponseSchema>;

/** PUT /catalog-mapping/dictionary-choices: remember (value) or forget (value null) one choice. */
export const dictionaryChoiceRequestSchema = dictionaryChoiceSchema;
export type DictionaryChoiceRequest = z.infer<typeof dictionaryChoiceRequestSchema>;

async function listChoices(
  store: StoreDb,
  q: z.infer<typeof dictionaryChoicesQuerySchema>,
): Promise<DictionaryChoicesResponse> {
  const { db, own } = store;
  const t = own.mappingDictionaryChoices;
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.attributeId, q.attributeId), eq(t.dictionaryId, q.dictionaryId)))
    .orderBy(asc(t.textKey));
  return dictionaryChoicesResponseSchema.parse({
    items: rows.map((r) => ({
      text: r.text,
      valueId: r.valueId,
      value: r.value,
      updatedAt: r.updatedAt.toISOString(),
    })),
  });
}

export const catalogMappingChoiceRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const q = parseOr(dictionaryChoicesQuerySchema, c.req.query(), 'choice query');
    return c.json(await listChoices(c.get('services').store, q));
  })
  .put('/', async (c) => {
    const choice = parseOr(dictionaryChoiceRequestSchema, await jsonBody(c), 'dictionary choice');
    await setDictionaryChoice(c.get('services').store, choice, nowOf(c));
    return c.json(await listChoices(c.get('services').store, choice));
  });
