import type { OfferIdSource } from '../../../contract/ozon-settings';
import type { SourceProduct } from '../../source/source-product';
import { plainText } from './product-name';

/** Ozon's maximum offer_id length. */
export const OZON_OFFER_ID_MAX = 50;

/** The OpenCart field an offer_id comes from, as the merchant knows it (for messages). */
export const OFFER_ID_FIELD_LABEL: Record<OfferIdSource, string> = {
  model: 'Model',
  sku: 'SKU',
  ean: 'EAN',
  upc: 'UPC',
  mpn: 'MPN',
  product_id: 'product id',
};

/** The base offer_id of a product: the configured field, trimmed (OpenCart escaping undone). */
export function baseOfferId(product: SourceProduct, source: OfferIdSource): string {
  if (source === 'product_id') {
    return String(product.productId);
  }
  return plainText(product[source]);
}

/**
 * A variant's offer_id: the base, a dash, and the option value in a form safe for any system that reads offer
 * ids back (letters and digits kept, Cyrillic included; anything else a dash). "MS-TSHIRTS-000001-XL".
 */
export function variantOfferId(base: string, valueName: string, optionValueId: number): string {
  const slug = plainText(valueName)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toUpperCase();
  return `${base}-${slug === '' ? String(optionValueId) : slug}`;
}
