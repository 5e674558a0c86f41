import { isBulky } from '../state/bulky';
import { isOnSale } from '../state/create-state';
import { stocksOfProduct } from '../state/stocks';
import type { EmulatorState, ProductRecord } from '../state/types';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The product's status block: moderating until `moderatedAt`, then `price_sent`. */
export function productStatuses(product: ProductRecord, now: number) {
  const onSale = isOnSale(product, now);
  return {
    is_created: true,
    moderate_status: onSale ? 'approved' : 'moderating',
    status: onSale ? 'price_sent' : 'moderating',
    status_description: '',
    status_failed: '',
    status_name: onSale ? 'Продается' : 'На модерации',
    status_tooltip: '',
    status_updated_at: iso(onSale ? product.moderatedAt : product.updatedAt),
    validation_status: 'success',
  };
}

/** The SKU Ozon shows: 0 until the card passes moderation. */
export function visibleSku(product: ProductRecord, now: number): number {
  return isOnSale(product, now) ? product.sku : 0;
}

/** One item of /v3/product/info/list: exactly what was imported, prices as strings. */
export function productInfoItem(state: EmulatorState, product: ProductRecord, now: number) {
  const item = product.item;
  const sku = visibleSku(product, now);
  const stocks = stocksOfProduct(state, product.productId);
  const present = stocks.reduce((sum, s) => sum + s.record.present, 0);
  const reserved = stocks.reduce((sum, s) => sum + s.record.reserved, 0);
  return {
    id: product.productId,
    offer_id: product.offerId,
    sku,
    name: item.name ?? '',
    barcodes: item.barcode ? [item.barcode] : [],
    description_category_id: Number(item.description_category_id),
    type_id: Number(item.type_id),
    currency_code: product.price.currency,
    price: product.price.price,
    old_price: product.price.oldPrice,
    min_price: product.price.minPrice,
    vat: product.price.vat,
    images: item.images ?? [],
    images360: item.images360 ?? [],
    color_image: item.color_image ? [item.color_image] : [],
    primary_image: item.primary_image ? [item.primary_image] : [],
    is_archived: product.archived,
    is_autoarchived: false,
    is_discounted: false,
    is_kgt: isBulky(product.item),
    is_super: false,
    statuses: productStatuses(product, now),
    errors: [],
    stocks: {
      has_stock: present - reserved > 0,
      stocks: sku === 0 ? [] : [{ present, reserved, sku, source: 'fbs' }],
    },
    sources:
      sku === 0
        ? []
        : [
            {
              sku,
              source: 'fbs',
              shipment_type: 'SHIPMENT_TYPE_GENERAL',
              quant_code: '',
              created_at: iso(product.moderatedAt),
            },
          ],
    visibility_details: { has_price: true, has_stock: present - reserved > 0 },
    model_info: { model_id: product.productId, count: 1 },
    created_at: iso(product.createdAt),
    updated_at: iso(product.updatedAt),
    volume_weight: 0,
  };
}

/** One item of /v4/product/info/attributes: the imported characteristics, dimensions and images. */
export function productAttributesItem(product: ProductRecord, now: number) {
  const item = product.item;
  const values = (attrs: NonNullable<typeof item.attributes>) =>
    attrs.map((a) => ({
      id: Number(a.id),
      complex_id: Number(a.complex_id ?? 0),
      values: a.values.map((v) => ({
        dictionary_value_id: Number(v.dictionary_value_id ?? 0),
        value: v.value ?? '',
      })),
    }));
  return {
    id: product.productId,
    offer_id: product.offerId,
    // A string, as the schema says (the document's example has a number; clients read both).
    sku: String(visibleSku(product, now)),
    name: item.name ?? '',
    barcode: item.barcode ?? '',
    barcodes: item.barcode ? [item.barcode] : [],
    description_category_id: Number(item.description_category_id),
    type_id: Number(item.type_id),
    height: item.height ?? 0,
    depth: item.depth ?? 0,
    width: item.width ?? 0,
    dimension_unit: item.dimension_unit ?? '',
    weight: item.weight ?? 0,
    weight_unit: item.weight_unit ?? '',
    primary_image: item.primary_image ?? item.images?.[0] ?? '',
    images: item.images ?? [],
    color_image: item.color_image ?? '',
    pdf_list: [],
    attributes: values(item.attributes ?? []),
    complex_attributes: (item.complex_attributes ?? []).flatMap((c) => values(c.attributes)),
    attributes_with_defaults: [],
    model_info: { model_id: product.productId, count: 1 },
  };
}

/** One item of /v5/product/info/prices: prices as numbers. */
export function productPriceItem(product: ProductRecord) {
  const p = product.price;
  return {
    product_id: product.productId,
    offer_id: product.offerId,
    price: {
      price: Number(p.price),
      old_price: Number(p.oldPrice),
      min_price: Number(p.minPrice),
      net_price: Number(p.netPrice),
      marketing_seller_price: Number(p.price),
      retail_price: Number(p.price),
      vat: Number(p.vat),
      currency_code: p.currency,
      auto_action_enabled: p.autoActionEnabled,
    },
    commissions: {
      sales_percent_fbs: 12,
      sales_percent_rfbs: 10,
      sales_percent_fbo: 15,
      fbs_deliv_to_customer_amount: 60,
    },
    price_indexes: { color_index: 'WITHOUT_INDEX' },
    acquiring: 1.5,
    volume_weight: 0,
  };
}
