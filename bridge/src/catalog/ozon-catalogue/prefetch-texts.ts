import { and, eq } from 'drizzle-orm';
import { attributeRuleSchema } from '../../contract/catalog-mapping/rules';
import type { StoreDb } from '../../db/connection';
import type { OzonClient } from '../../ozon/client';
import { defaultRule } from '../mapping/default-rules';
import type { OzonLeafRef } from '../mapping/leaf-choice';
import { contentLanguageId, readMappingOptions, type TextSettings } from '../mapping/options';
import { distinctTexts } from '../mapping/source-texts';
import { cacheSearchResults, type DictionaryAttribute } from './refresh-dictionary';

/** Ozon's search wants at least two characters. */
const MIN_SEARCH = 2;

/**
 * For a dictionary too large to cache whole (Ozon's brands), looks up on Ozon every text the store would send for
 * the attribute (its manufacturers, say) and caches what is found, so those products resolve from the cache like
 * any other. One search per distinct text, at most the ~300 most common.
 */
export async function prefetchStoreTexts(
  store: StoreDb,
  settings: TextSettings,
  client: OzonClient,
  attribute: DictionaryAttribute,
  leaf: OzonLeafRef,
  now: Date,
  signal?: AbortSignal,
): Promise<number> {
  const m = store.own.mappingAttributes;
  const [stored] = await store.db
    .select({ rule: m.rule })
    .from(m)
    .where(
      and(
        eq(m.descriptionCategoryId, leaf.descriptionCategoryId),
        eq(m.typeId, leaf.typeId),
        eq(m.attributeId, attribute.attributeId),
      ),
    );
  const parsed = attributeRuleSchema.safeParse(stored?.rule);
  const rule = parsed.success
    ? parsed.data
    : defaultRule(attribute.attributeId, { id: leaf.typeId, value: '' });
  if (!rule) {
    return 0;
  }
  const languageId = await contentLanguageId(store, await readMappingOptions(store), settings);
  const texts = await distinctTexts(store, rule.source, languageId);
  let searched = 0;
  for (const { text } of texts) {
    signal?.throwIfAborted();
    if (text.trim().length >= MIN_SEARCH) {
      await cacheSearchResults(store, client, attribute, leaf, text.trim(), now);
      searched += 1;
    }
  }
  return searched;
}
