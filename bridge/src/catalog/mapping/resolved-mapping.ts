/**
 * The resolved mapping: everything the export needs to turn an OpenCart product into Ozon /v3/product/import
 * items, read from the bridge's tables in one go and then answered from memory (the export asks per product, for
 * up to 100,000 products, so nothing here touches the database after loading).
 *
 * Use:
 *   const mapping = await loadResolvedMapping(store, await services.settings.ozon());
 *   const choice = mapping.leafFor(product.productId, product.categoryIds);      // undefined = "not mapped"
 *   const leaf = choice && mapping.leaf(choice);                                 // its Ozon attributes + rules
 *   for (const a of leaf.attributes) {                                           // every attribute of the leaf
 *     // a.rule?.source says where the text comes from (OpenCart attribute/option/manufacturer/field/fixed/none);
 *     // read those texts in `mapping.contentLanguageId`, then:
 *     const r = leaf.resolveValues(a.attributeId, texts);   // → { ok, values: [{dictionary_value_id, value}] } | problem
 *   }
 *
 * Category choice: a per-product override wins; otherwise a product in several OpenCart categories takes the
 * mapping of the DEEPEST mapped one (its own or the nearest mapped ancestor of each of its categories; ties → the
 * lowest category id). See leaf-choice.ts.
 *
 * Defaults without configuration (default-rules.ts): 4191 description ← product description, 85 brand ←
 * manufacturer (→ "Нет бренда" only when the merchant enabled `noBrandFallback`), 9048 model name ← model, 8229
 * type ← the leaf's type. A merchant rule for the same attribute replaces the default.
 */

import type { MappingOptions } from '../../contract/catalog-mapping/options';
import type { StoreDb } from '../../db/connection';
import { createLeafChooser, type LeafChoice, leafKey, type OzonLeafRef } from './leaf-choice';
import {
  loadCategoryLeaves,
  loadCategoryNames,
  loadCategoryPaths,
  loadProductLeaves,
  namesIn,
} from './load-category-mapping';
import { createLeafLoader } from './load-leaf';
import { adminLanguageId } from './opencart-categories';
import { contentLanguageId, readMappingOptions, type TextSettings } from './options';
import type { ResolvedLeaf } from './resolved-leaf';

export type {
  AttributeRule,
  DictionaryValueRef,
  ProductField,
  ValueSource,
} from '../../contract/catalog-mapping/rules';
export type { DictionaryMatch, MatchKind } from './dictionary-matcher';
export type { LeafChoice, OzonLeafRef } from './leaf-choice';
export type { OzonAttributeInfo, ResolvedAttribute, ResolvedLeaf } from './resolved-leaf';
export type { OzonAttributeValue, ValueResolution } from './value-resolution';

export interface ResolvedMapping {
  readonly options: MappingOptions;
  /** OpenCart language to read names, descriptions and attribute/option texts in (Russian when installed). */
  readonly contentLanguageId: number;
  /** The product's leaf, or undefined when neither it nor any of its categories (or their ancestors) is mapped. */
  leafFor(productId: number, categoryIds: readonly number[]): LeafChoice | undefined;
  leaf(ref: OzonLeafRef): ResolvedLeaf | undefined;
  /** Every leaf that some category or product maps to, by `descriptionCategoryId:typeId`. */
  readonly leaves: ReadonlyMap<string, ResolvedLeaf>;
  /** A store category as the mapping page lists it (its name in the admin's language) and its depth, for messages. */
  category(categoryId: number): { readonly name: string; readonly depth: number } | undefined;
  /**
   * The store category whose row on the mapping page shows the attributes of a product's leaf: the one it is
   * mapped through, else (a product's own leaf) the lowest category mapped to the same leaf; undefined when none is.
   */
  mappingPageCategory(choice: LeafChoice): number | undefined;
}

/**
 * Loads the whole resolved mapping: category and product leaves, the cached attributes of every mapped leaf with
 * their rules (merchant's or default), and the cached dictionaries of those attributes with remembered choices.
 * `extraLeaves` loads leaves nobody maps yet (the panel's preview).
 */
export async function loadResolvedMapping(
  store: StoreDb,
  settings: TextSettings,
  extraLeaves: readonly OzonLeafRef[] = [],
): Promise<ResolvedMapping> {
  const options = await readMappingOptions(store);
  const languageId = await contentLanguageId(store, options, settings);
  const [categoryLeaves, productLeaves, paths, names] = await Promise.all([
    loadCategoryLeaves(store),
    loadProductLeaves(store),
    loadCategoryPaths(store),
    Promise.all([adminLanguageId(store), loadCategoryNames(store)]).then(([id, names]) => namesIn(names, id)),
  ]);
  const refs = new Map<string, OzonLeafRef>();
  for (const ref of [...categoryLeaves.values(), ...productLeaves.values(), ...extraLeaves]) {
    refs.set(leafKey(ref), { descriptionCategoryId: ref.descriptionCategoryId, typeId: ref.typeId });
  }
  const loader = createLeafLoader(store, options);
  const leaves = new Map<string, ResolvedLeaf>();
  for (const [key, ref] of refs) {
    leaves.set(key, await loader.load(ref));
  }
  return {
    options,
    contentLanguageId: languageId,
    leafFor: createLeafChooser(categoryLeaves, paths, productLeaves),
    leaf: (ref) => leaves.get(leafKey(ref)),
    leaves,
    category(categoryId) {
      const name = names.get(categoryId);
      return name === undefined ? undefined : { name, depth: (paths.get(categoryId)?.length ?? 1) - 1 };
    },
    mappingPageCategory(choice) {
      if (choice.categoryId !== undefined) {
        return choice.categoryId;
      }
      const key = leafKey(choice);
      const mapped = [...categoryLeaves].filter(([, leaf]) => leafKey(leaf) === key).map(([id]) => id);
      return mapped.length === 0 ? undefined : Math.min(...mapped);
    },
  };
}
