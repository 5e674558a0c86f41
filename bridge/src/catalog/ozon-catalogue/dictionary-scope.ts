import type { OzonLeafRef } from '../mapping/leaf-choice';

/** The leaf a cached dictionary belongs to; 0/0 for dictionaries shared by every leaf. */
export interface DictionaryScope {
  readonly scopeCategoryId: number;
  readonly scopeTypeId: number;
}

/**
 * Ozon serves a dictionary per (attribute, category, type), but most dictionaries (brand, colour, country) are the
 * same everywhere: `category_dependent` says which are not. Shared ones are cached once, so the brand dictionary
 * is not fetched again for every leaf that has a brand.
 */
export function dictionaryScope(
  attribute: { readonly categoryDependent: boolean },
  leaf: OzonLeafRef,
): DictionaryScope {
  return attribute.categoryDependent
    ? { scopeCategoryId: leaf.descriptionCategoryId, scopeTypeId: leaf.typeId }
    : { scopeCategoryId: 0, scopeTypeId: 0 };
}
