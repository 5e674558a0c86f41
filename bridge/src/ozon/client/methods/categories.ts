import { OZON_BATCH_MAX } from '../../limits';
import { type Page, pagesByLastValueId } from '../../paging';
import type { OzonRequest, OzonResponse } from '../../schemas';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type CategoryNode = OzonResponse<'categoryTree'>['result'][number];
export type CategoryAttribute = OzonResponse<'categoryAttributes'>['result'][number];
export type DictionaryValue = OzonResponse<'categoryAttributeValues'>['result'][number];
export type Language = NonNullable<OzonRequest<'categoryTree'>['language']>;

/** A leaf of the category tree: products are created for this pair. */
export interface CategoryType {
  readonly descriptionCategoryId: string;
  readonly typeId: string;
  readonly language?: Language | undefined;
}

/** An attribute of a category type. */
export interface CategoryAttributeRef extends CategoryType {
  readonly attributeId: string;
}

type Signal = Pick<CallOptions, 'signal'>;

function typeBody(ref: CategoryType) {
  return {
    description_category_id: ref.descriptionCategoryId,
    type_id: ref.typeId,
    ...(ref.language === undefined ? {} : { language: ref.language }),
  };
}

/** Description categories, their attributes and dictionaries. */
export function categoryMethods(t: OzonTransport) {
  return {
    /** POST /v1/description-category/tree (DescriptionCategoryAPI_GetTree): the whole tree; leaves are types. */
    async tree(language?: Language, options: Signal = {}): Promise<CategoryNode[]> {
      const answer = await t.call(ops.categoryTree, language === undefined ? {} : { language }, options);
      return answer.result;
    },

    /** POST /v1/description-category/attribute (DescriptionCategoryAPI_GetAttributes). */
    async attributes(ref: CategoryType, options: Signal = {}): Promise<CategoryAttribute[]> {
      return (await t.call(ops.categoryAttributes, typeBody(ref), options)).result;
    },

    /**
     * POST /v1/description-category/attribute/values (DescriptionCategoryAPI_GetAttributeValues): the whole
     * dictionary, `last_value_id` pages of up to 2000, read until `has_next` is false.
     */
    valuePages(
      ref: CategoryAttributeRef,
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<DictionaryValue, number | string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.attributeValues;
      return pagesByLastValueId(async (lastValueId) => {
        const body = { ...typeBody(ref), attribute_id: ref.attributeId, last_value_id: lastValueId, limit };
        const answer = await t.call(ops.categoryAttributeValues, body, options);
        return { items: answer.result, hasNext: answer.has_next };
      });
    },

    /** POST /v1/description-category/attribute/values/search (DescriptionCategoryAPI_SearchAttributeValues). */
    async searchValues(
      ref: CategoryAttributeRef,
      text: string,
      options: Signal & { limit?: number } = {},
    ): Promise<DictionaryValue[]> {
      const body = {
        ...typeBody(ref),
        attribute_id: ref.attributeId,
        value: text,
        limit: options.limit ?? 100,
      };
      return (await t.call(ops.categoryAttributeValuesSearch, body, options)).result;
    },
  };
}
