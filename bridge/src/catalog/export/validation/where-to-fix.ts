import type { ProductField, ValueSource } from '../../mapping/resolved-mapping';
import type { SourceProduct } from '../../source/source-product';
import type { SourceNames } from '../payload/attribute-texts';
import { plainText } from '../payload/product-name';

/** Where each product field is edited in OpenCart 3's product form. */
export const FIELD_IN_OPENCART: Record<ProductField, string> = {
  model: "Model on the product's Data tab in Catalog › Products",
  sku: "SKU on the product's Data tab in Catalog › Products",
  upc: "UPC on the product's Data tab in Catalog › Products",
  ean: "EAN on the product's Data tab in Catalog › Products",
  jan: "JAN on the product's Data tab in Catalog › Products",
  isbn: "ISBN on the product's Data tab in Catalog › Products",
  mpn: "MPN on the product's Data tab in Catalog › Products",
  location: "Location on the product's Data tab in Catalog › Products",
  name: "Product Name on the product's General tab in Catalog › Products",
  description: "Description on the product's General tab in Catalog › Products",
  meta_title: "Meta Tag Title on the product's General tab in Catalog › Products",
  tag: "Product Tags on the product's General tab in Catalog › Products",
};

/** Where OpenCart 3 assigns a product to its stores (store 0 is listed as "Default"). */
export const STORES_IN_OPENCART = "Stores on the product's Links tab in Catalog › Products";

/** Where the merchant changes the OpenCart data a mapping rule reads, in words (store names as typed). */
export function whereSourceLives(source: ValueSource, product: SourceProduct, names?: SourceNames): string {
  switch (source.kind) {
    case 'attribute': {
      const name =
        product.attributes.find((a) => a.attributeId === source.attributeId)?.name ||
        names?.attributeNames.get(source.attributeId);
      return `Attribute «${name ? plainText(name) : `#${source.attributeId}`}» on the product's Attribute tab in Catalog › Products`;
    }
    case 'option': {
      const name =
        product.options.find((o) => o.optionId === source.optionId)?.name ||
        names?.optionNames.get(source.optionId)?.name;
      return `the values of Option «${name ? plainText(name) : `#${source.optionId}`}» (product's Option tab; names in Catalog › Options)`;
    }
    case 'manufacturer':
      return "Manufacturer on the product's Links tab in Catalog › Products";
    case 'field':
      return FIELD_IN_OPENCART[source.field];
    case 'fixed':
      return 'the fixed value of this attribute in Ozon › Mapping';
    case 'none':
      return 'Ozon › Mapping (this attribute is set to "not sent")';
  }
}
