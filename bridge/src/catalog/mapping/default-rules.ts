import type { AttributeRule, DictionaryValueRef } from '../../contract/catalog-mapping/rules';

/** Ozon attribute ids the sync fills without being told (they are the same on every leaf that has them). */
export const OZON_ATTRIBUTE = {
  brand: 85,
  description: 4191,
  type: 8229,
  modelName: 9048,
} as const;

/** What the "no brand" value of the brand dictionary is called (matched normalised). */
export const NO_BRAND_TEXT = 'Нет бренда';

/**
 * The rule an attribute gets when the merchant has not set one: description from the product description, brand
 * from the manufacturer, model name (9048, which joins variants into one card) from the model, and type (8229)
 * from the leaf's own type. Everything else stays unmapped until the merchant decides.
 */
export function defaultRule(attributeId: number, leafType: DictionaryValueRef): AttributeRule | undefined {
  switch (attributeId) {
    case OZON_ATTRIBUTE.description:
      return { source: { kind: 'field', field: 'description' } };
    case OZON_ATTRIBUTE.brand:
      return { source: { kind: 'manufacturer' } };
    case OZON_ATTRIBUTE.modelName:
      return { source: { kind: 'field', field: 'model' } };
    case OZON_ATTRIBUTE.type:
      // Ozon's type dictionary uses the type ids of the tree as its value ids.
      return { source: { kind: 'fixed', value: leafType.value, dictionaryValueId: leafType.id } };
    default:
      return undefined;
  }
}
