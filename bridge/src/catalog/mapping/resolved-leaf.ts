import type { AttributeRule } from '../../contract/catalog-mapping/rules';
import type { OwnTables } from '../../db/own/index';
import type { DictionaryMatch } from './dictionary-matcher';
import type { OzonLeafRef } from './leaf-choice';
import type { ValueResolution } from './value-resolution';

type OzonAttributeRow = OwnTables['ozonAttributes']['$inferSelect'];
/** An Ozon attribute of a leaf as cached (the leaf's ids and the fetch time left out). */
export type OzonAttributeInfo = Omit<OzonAttributeRow, 'descriptionCategoryId' | 'typeId' | 'fetchedAt'>;

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
