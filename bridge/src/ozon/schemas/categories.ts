import { z } from 'zod';
import { flagOut, idOut, language, list, opt, positiveId, protoMessage, textOut } from './common';

/*
 * Description categories, their attributes and attribute dictionaries. A leaf of the tree is a product type
 * (`type_id`); products are created for a (description_category_id, type_id) pair.
 */

/** POST /v1/description-category/tree (DescriptionCategoryAPI_GetTree). */
export const categoryTreeRequest = protoMessage('GetTreeRequest', {
  language: language.optional(),
});
export type CategoryTreeRequest = z.infer<typeof categoryTreeRequest>;

/** A tree node: a category (`description_category_id`) or, at the leaves, a type (`type_id`). */
export interface CategoryTreeNode {
  description_category_id?: string | undefined;
  category_name: string;
  type_id?: string | undefined;
  type_name: string;
  disabled: boolean;
  children: CategoryTreeNode[];
}

// The tree is recursive; zod needs the output type spelled once here to type the getter.
export const categoryTreeNode: z.ZodType<CategoryTreeNode, unknown> = z.lazy(() =>
  z
    .looseObject({
      description_category_id: opt(idOut),
      category_name: textOut,
      type_id: opt(idOut),
      type_name: textOut,
      disabled: flagOut,
      children: list(categoryTreeNode),
    })
    .transform((n) => ({
      description_category_id: n.description_category_id,
      category_name: n.category_name,
      type_id: n.type_id,
      type_name: n.type_name,
      disabled: n.disabled,
      children: n.children,
    })),
);

export const categoryTreeResponse = z.looseObject({ result: list(categoryTreeNode) });
export type CategoryTreeResponse = z.infer<typeof categoryTreeResponse>;

/** POST /v1/description-category/attribute (DescriptionCategoryAPI_GetAttributes). */
export const categoryAttributesRequest = protoMessage('GetAttributesRequest', {
  description_category_id: positiveId,
  language: language.optional(),
  type_id: positiveId,
});
export type CategoryAttributesRequest = z.infer<typeof categoryAttributesRequest>;

/** `dictionary_id` 0 = free value; otherwise values must come from the dictionary. */
export const categoryAttribute = z.looseObject({
  id: idOut,
  attribute_complex_id: opt(idOut),
  name: textOut,
  description: textOut,
  type: textOut,
  is_collection: flagOut,
  is_required: flagOut,
  is_aspect: flagOut,
  max_value_count: opt(z.number()),
  group_id: opt(idOut),
  group_name: textOut,
  dictionary_id: idOut,
  category_dependent: flagOut,
  complex_is_collection: flagOut,
});
export type CategoryAttribute = z.infer<typeof categoryAttribute>;

export const categoryAttributesResponse = z.looseObject({ result: list(categoryAttribute) });
export type CategoryAttributesResponse = z.infer<typeof categoryAttributesResponse>;

/** POST /v1/description-category/attribute/values (DescriptionCategoryAPI_GetAttributeValues): `last_value_id` paging. */
export const categoryAttributeValuesRequest = protoMessage('GetAttributeValuesRequest', {
  attribute_id: positiveId,
  description_category_id: positiveId,
  language: language.optional(),
  last_value_id: z.union([z.int().min(0), z.string().regex(/^\d{1,19}$/)]).optional(),
  limit: z.int().min(1).max(2000),
  type_id: positiveId,
});
export type CategoryAttributeValuesRequest = z.infer<typeof categoryAttributeValuesRequest>;

export const dictionaryValue = z.looseObject({
  id: idOut,
  value: textOut,
  info: textOut,
  picture: textOut,
});
export type DictionaryValue = z.infer<typeof dictionaryValue>;

export const categoryAttributeValuesResponse = z.looseObject({
  result: list(dictionaryValue),
  has_next: flagOut,
});
export type CategoryAttributeValuesResponse = z.infer<typeof categoryAttributeValuesResponse>;

/** POST /v1/description-category/attribute/values/search (DescriptionCategoryAPI_SearchAttributeValues). */
export const categoryAttributeValuesSearchRequest = protoMessage('SearchAttributeValuesRequest', {
  attribute_id: positiveId,
  description_category_id: positiveId,
  limit: z.int().min(1).max(100),
  type_id: positiveId,
  value: z.string().min(2),
});
export type CategoryAttributeValuesSearchRequest = z.infer<typeof categoryAttributeValuesSearchRequest>;

export const categoryAttributeValuesSearchResponse = z.looseObject({ result: list(dictionaryValue) });
export type CategoryAttributeValuesSearchResponse = z.infer<typeof categoryAttributeValuesSearchResponse>;
