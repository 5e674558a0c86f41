import { type FixPlaceName, fixPlace, type PlaceNames } from '../../../shared/fix-places';
import type { ProductField, ValueSource } from '../../mapping/resolved-mapping';
import type { SourceProduct } from '../../source/source-product';
import type { SourceNames } from '../payload/attribute-texts';
import { plainText } from '../payload/product-name';

/** The place (in the list of fix-it places) where each product field is edited in OpenCart 3's product form. */
const FIELD_PLACE: Record<ProductField, FixPlaceName> = {
  model: 'productModel',
  sku: 'productSku',
  upc: 'productUpc',
  ean: 'productEan',
  jan: 'productJan',
  isbn: 'productIsbn',
  mpn: 'productMpn',
  location: 'productLocation',
  name: 'productName',
  description: 'productDescription',
  meta_title: 'productMetaTitle',
  tag: 'productTags',
};

/** Where OpenCart 3 assigns a product to its stores (store 0 is listed as "Default"). */
export const STORES_IN_OPENCART = fixPlace('productStores');

/** Where each product field is edited, in words: "Model on the product's Data tab in Catalog › Products". */
export const FIELD_IN_OPENCART = Object.fromEntries(
  Object.entries(FIELD_PLACE).map(([field, place]) => [field, fixPlace(place)]),
) as Record<ProductField, string>;

/**
 * Where the merchant changes the data a mapping rule reads, in words (store names as typed); `rule` names the
 * rule's own place on the mapping page (its store category and Ozon attribute), for fixed and "not sent" rules.
 */
export function whereSourceLives(
  source: ValueSource,
  product: SourceProduct,
  names?: SourceNames,
  rule: PlaceNames = {},
): string {
  switch (source.kind) {
    case 'attribute': {
      const name =
        product.attributes.find((a) => a.attributeId === source.attributeId)?.name ||
        names?.attributeNames.get(source.attributeId);
      return fixPlace('productAttribute', { detail: name ? plainText(name) : `#${source.attributeId}` });
    }
    case 'option': {
      const name =
        product.options.find((o) => o.optionId === source.optionId)?.name ||
        names?.optionNames.get(source.optionId)?.name;
      return `the values of option «${name ? plainText(name) : `#${source.optionId}`}»: ${fixPlace('productOptionValue')} (their names in ${fixPlace('options')})`;
    }
    case 'manufacturer':
      return fixPlace('productManufacturer');
    case 'field':
      return FIELD_IN_OPENCART[source.field];
    case 'fixed':
      return `the fixed value in ${fixPlace('attributeRule', rule)}`;
    case 'none':
      return `${fixPlace('attributeRule', rule)} (this attribute is set to "not sent")`;
  }
}
