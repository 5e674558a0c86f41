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
import type { StoreDb } from '../../db/connection';
import type { DictionaryMatch } from './dictionary-matcher';
import { createLeafChooser, type LeafChoice, leafKey, type OzonLeafRef } from './leaf-choice';
import { loadCategoryLeaves, loadCategoryPaths, loadProductLeaves } from './load-category-mapping';
import { createLeafLoader, type OzonAttributeInfo } from './load-leaf';
import { contentLanguageId, type MappingOptions, readMappingOptions, type TextSettings } from './options';
import type { AttributeRule } from './rules';
import type { ValueResolution } from './value-resolution';

export type { DictionaryMatch, MatchKind } from './dictionary-matcher';
export type { LeafChoice, OzonLeafRef } from './leaf-choice';
export type { OzonAttributeInfo } from './load-leaf';
export type { AttributeRule, DictionaryValueRef, ProductField, ValueSource } from './rules';
export type { OzonAttributeValue, ValueResolution } from './value-resolution';

/** One Ozon attribute of a leaf with the rule that fills it. */
export interface ResolvedAttribute extends OzonAttributeInfo {
  /** Undefined: nobody said where the value comes from (a required one makes the product invalid). */
  readonly rule: AttributeRule | undefined;
  readonly ruleOrigin: 'merchant' | 'default' | 'unmapped';
}

/** An Ozon leaf (description category + type) with its attributes, rules and dictionaries. */
export interface ResolvedLeaf extends OzonLeafRef {
  /** The type's Russian name and full path; empty when the tree was never fetched. */
  readonly name: string;
  readonly path: string;
  /** False when the attributes of this leaf are not cached yet: the export must ask for a cache refresh. */
  readonly attributesCached: boolean;
  /** Every attribute Ozon lists for the leaf, required ones first, then by id. */
  readonly attributes: readonly ResolvedAttribute[];
  attribute(attributeId: number): ResolvedAttribute | undefined;
  /**
   * OpenCart options some rule of this leaf reads (e.g. size → Ozon's size). A product's values of these options
   * are what tells its Ozon variants apart, so these are the options to split it by (one Ozon product per value,
   * joined into one card by 9048); other options do not change what is sent.
   */
  readonly variantOptionIds: readonly number[];
  /**
   * One OpenCart text → a value of the attribute's dictionary: the merchant's remembered choice, then the exact
   * value, then the normalised one (case, ё/е, spaces, punctuation). Undefined when nothing matches or the
   * attribute has no dictionary.
   */
  resolveDictionary(attributeId: number, text: string): DictionaryMatch | undefined;
  /**
   * The texts a rule's source produced → the `values` of one import attribute. Fixed rules ignore `texts`.
   * Collections are split on , ; and new lines and cut to `maxValueCount`; a rule's fallback fills in for empty or
   * wholly unmatched texts; Integer/Decimal free values are checked.
   */
  resolveValues(attributeId: number, texts: readonly string[]): ValueResolution;
}

export interface ResolvedMapping {
  readonly options: MappingOptions;
  /** OpenCart language to read names, descriptions and attribute/option texts in (Russian when installed). */
  readonly contentLanguageId: number;
  /** The product's leaf, or undefined when neither it nor any of its categories (or their ancestors) is mapped. */
  leafFor(productId: number, categoryIds: readonly number[]): LeafChoice | undefined;
  leaf(ref: OzonLeafRef): ResolvedLeaf | undefined;
  /** Every leaf that some category or product maps to, by `descriptionCategoryId:typeId`. */
  readonly leaves: ReadonlyMap<string, ResolvedLeaf>;
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
  const [categoryLeaves, productLeaves, paths] = await Promise.all([
    loadCategoryLeaves(store),
    loadProductLeaves(store),
    loadCategoryPaths(store),
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
  };
}
