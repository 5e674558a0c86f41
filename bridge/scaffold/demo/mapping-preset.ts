import { eq, inArray } from 'drizzle-orm';
import { createDictionaryMatcher } from '../../src/catalog/mapping/dictionary-matcher';
import { setAttributeRules } from '../../src/catalog/mapping/edit-attribute-rules';
import { setDictionaryChoice } from '../../src/catalog/mapping/edit-dictionary-choices';
import { setCategoryLeaf } from '../../src/catalog/mapping/edit-leaf-mapping';
import { writeMappingOptions } from '../../src/catalog/mapping/options';
import { cachedDictionaryValues } from '../../src/catalog/ozon-catalogue/cached-values';
import { refreshOzonCatalogue } from '../../src/catalog/ozon-catalogue/refresh-catalogue';
import type { ValueSource } from '../../src/contract/catalog-mapping/rules';
import type { StoreDb } from '../../src/db/connection';
import type { OzonClient } from '../../src/ozon/client';
import { SAMPLE_ATTRIBUTES, SAMPLE_CATEGORIES, SAMPLE_OPTIONS } from '../sample-store/catalogue';
import { flattenCategories } from '../sample-store/tree';
import { DEMO_CHOICES, DEMO_LEAVES, DEMO_OZON_ATTRIBUTE } from './mapping-preset-data';

export interface DemoMappingSummary {
  readonly categories: number;
  readonly rules: number;
  readonly choices: number;
  /** What could not be mapped, and why (missing sample data or a leaf the Ozon cache lacks). */
  readonly skipped: readonly string[];
}

async function idsByName(store: StoreDb) {
  const { db, oc } = store;
  const attributes = await db.select().from(oc.attributeDescription);
  const options = await db.select().from(oc.optionDescription);
  const find = (rows: Array<{ name: string; id: number }>, names: readonly string[]) =>
    rows.find((r) => names.includes(r.name))?.id;
  return {
    attribute: (key: keyof typeof SAMPLE_ATTRIBUTES) =>
      find(
        attributes.map((a) => ({ name: a.name, id: a.attributeId })),
        [SAMPLE_ATTRIBUTES[key].name.en, SAMPLE_ATTRIBUTES[key].name.ru],
      ),
    option: (key: keyof typeof SAMPLE_OPTIONS) =>
      find(
        options.map((o) => ({ name: o.name, id: o.optionId })),
        [SAMPLE_OPTIONS[key].name.en, SAMPLE_OPTIONS[key].name.ru],
      ),
  };
}

async function cachedMatcher(store: StoreDb, attributeId: number) {
  const { db, own } = store;
  const a = own.ozonAttributes;
  const [attribute] = await db.select().from(a).where(eq(a.attributeId, attributeId)).limit(1);
  if (!attribute || attribute.dictionaryId === 0) {
    return undefined;
  }
  // The attribute row names its own leaf, which is the scope its dictionary was cached under.
  const values = await cachedDictionaryValues(store, attribute, attribute);
  return { dictionaryId: attribute.dictionaryId, matcher: createDictionaryMatcher(values, []) };
}

/**
 * Maps the sample store (bridge/scaffold/sample-store) onto the emulator's seeded Ozon catalogue so that most sample
 * products become valid: its six leaf categories to Ozon leaves, colour/material/country/size/author... to Ozon
 * attributes, letter sizes and "leather" to dictionary values, and the no-brand fallback on (three sample brands
 * are unknown to the seed). With `ozon`, the Ozon cache for those leaves is refreshed first. Idempotent.
 */
export async function applyDemoMapping(
  store: StoreDb,
  options: { readonly ozon?: OzonClient; readonly now?: () => number } = {},
): Promise<DemoMappingSummary> {
  const now = options.now ?? Date.now;
  if (options.ozon) {
    await refreshOzonCatalogue(
      store,
      { descriptionLanguage: 'ru-ru' },
      options.ozon,
      { leaves: DEMO_LEAVES.map((d) => d.leaf) },
      { now },
    );
  }
  const at = new Date(now());
  const skipped: string[] = [];
  const flat = flattenCategories(SAMPLE_CATEGORIES);
  const existing = new Set(
    (
      await store.db
        .select({ id: store.oc.category.categoryId })
        .from(store.oc.category)
        .where(
          inArray(
            store.oc.category.categoryId,
            flat.map((c) => c.id),
          ),
        )
    ).map((r) => r.id),
  );
  const ids = await idsByName(store);
  let categories = 0;
  let rules = 0;
  for (const demo of DEMO_LEAVES) {
    const changes: Array<{ attributeId: number; rule: { source: ValueSource } }> = [];
    for (const [ozonKey, from] of demo.rules) {
      const id = 'attribute' in from ? ids.attribute(from.attribute) : ids.option(from.option);
      if (id === undefined) {
        skipped.push(`${ozonKey}: the store has no ${'attribute' in from ? from.attribute : from.option}`);
        continue;
      }
      const source: ValueSource =
        'attribute' in from ? { kind: 'attribute', attributeId: id } : { kind: 'option', optionId: id };
      changes.push({ attributeId: DEMO_OZON_ATTRIBUTE[ozonKey], rule: { source } });
    }
    try {
      await setAttributeRules(store, demo.leaf, changes, at);
      rules += changes.length;
      for (const key of demo.categories) {
        const category = flat.find((c) => c.leaf?.key === key);
        if (category === undefined || !existing.has(category.id)) {
          skipped.push(`category ${key}: not in this store`);
          continue;
        }
        await setCategoryLeaf(store, category.id, demo.leaf, at);
        categories += 1;
      }
    } catch (error) {
      skipped.push(`leaf ${demo.leaf.descriptionCategoryId}/${demo.leaf.typeId}: ${String(error)}`);
    }
  }
  let choices = 0;
  for (const choice of DEMO_CHOICES) {
    const found = await cachedMatcher(store, DEMO_OZON_ATTRIBUTE[choice.attribute]);
    const value = found?.matcher.match(choice.value);
    if (!found || !value) {
      skipped.push(`choice ${choice.text} → ${choice.value}: not in the cached dictionary`);
      continue;
    }
    const attributeId = DEMO_OZON_ATTRIBUTE[choice.attribute];
    const ref = { id: value.id, value: value.value };
    await setDictionaryChoice(
      store,
      { attributeId, dictionaryId: found.dictionaryId, text: choice.text, value: ref },
      at,
    );
    choices += 1;
  }
  await writeMappingOptions(store, { noBrandFallback: true }, at);
  return { categories, rules, choices, skipped };
}
