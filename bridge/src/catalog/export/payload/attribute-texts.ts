import type { ValueSource } from '../../mapping/resolved-mapping';
import { plainText } from './product-name';
import type { ExportUnit } from './variants';

/** Texts of the unit that rich attributes take as they are (the cleaned HTML description for 4191). */
export interface UnitTexts {
  readonly name: string;
  readonly descriptionHtml: string;
  /** The store's attribute and option names, for messages about a product that lacks the attribute. */
  readonly names?: SourceNames | undefined;
  /** The store category whose row on the mapping page shows the product's Ozon attributes, for messages. */
  readonly mappingCategory?: string | undefined;
}

/** Names of OpenCart attributes and options by id, in the export language. */
export interface SourceNames {
  readonly attributeNames: ReadonlyMap<number, string>;
  readonly optionNames: ReadonlyMap<number, { name: string }>;
}

/** Ozon's description attribute, the only one of ours that takes HTML. */
export const DESCRIPTION_ATTRIBUTE_ID = 4191;

/**
 * The OpenCart texts a rule's source gives for one export unit, in the export language. A variant's option gives
 * only the variant's own value (its size); any other option gives all of the product's values (for a collection).
 */
export function sourceTexts(
  source: ValueSource,
  unit: ExportUnit,
  texts: UnitTexts,
  attributeId: number,
): string[] {
  const product = unit.product;
  switch (source.kind) {
    case 'attribute': {
      const out: string[] = [];
      for (const a of product.attributes) {
        if (a.attributeId === source.attributeId) {
          out.push(plainText(a.text));
        }
      }
      return out;
    }
    case 'option': {
      if (unit.variant?.optionId === source.optionId) {
        return [plainText(unit.variant.valueName)];
      }
      const out: string[] = [];
      for (const option of product.options) {
        if (option.optionId === source.optionId) {
          for (const value of option.values) {
            out.push(plainText(value.name));
          }
        }
      }
      return out;
    }
    case 'manufacturer':
      return product.manufacturer ? [plainText(product.manufacturer.name)] : [];
    case 'field':
      if (source.field === 'name') {
        return [texts.name];
      }
      if (source.field === 'description') {
        return [
          attributeId === DESCRIPTION_ATTRIBUTE_ID ? texts.descriptionHtml : plainText(product.description),
        ];
      }
      return [plainText(source.field === 'meta_title' ? product.metaTitle : product[source.field])];
    case 'fixed':
    case 'none':
      return [];
  }
}
