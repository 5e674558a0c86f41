import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { SERVED_STORE_ID } from '../../db/opencart/store-config';
import { groupByProduct } from '../../shared/group-by-product';
import type { SpecialRow } from './active-special';
import { mapProductRows, type ProductRows } from './map-product';
import { type OptionSource, queryOptionSource } from './option-index';
import type { SourceProduct } from './source-product';
import type { StoreContext } from './store-context';

export interface ProductPageRequest {
  /** Keyset: products with a larger product_id than this (0 for the first page). */
  readonly afterId: number;
  readonly limit: number;
  /** Restrict to these product ids (the `--only` of a run, or the panel's "send now"). */
  readonly onlyIds?: readonly number[] | undefined;
  /** The store's current time, 'YYYY-MM-DD HH:MM:SS', for the special's date window. */
  readonly now: string;
  /** Options of the page's products; default: queried per page (fine for a few products, see option-index.ts). */
  readonly options?: OptionSource | undefined;
  /**
   * The OpenCart attributes to read (those some mapping rule takes a value from); default: all. A store keeps
   * many attributes for its filters, and the export reads each product's rows of every one of them otherwise.
   */
  readonly attributeIds?: readonly number[] | undefined;
}

export interface ProductPage {
  readonly products: SourceProduct[];
  /** The last product_id of this page: the next page's `afterId`. Undefined when the page was empty. */
  readonly lastId: number | undefined;
}

type Row<T> = T & RowDataPacket;

/**
 * The columns of each table the export reads, as [column, name in the read model]: the product read selects them,
 * and the quiet-product digests (product-digests.ts) hash exactly these, so a change to any is seen by both.
 */
export const SOURCE_COLUMNS = {
  product: [
    ['model', 'model'],
    ['sku', 'sku'],
    ['upc', 'upc'],
    ['ean', 'ean'],
    ['jan', 'jan'],
    ['isbn', 'isbn'],
    ['mpn', 'mpn'],
    ['location', 'location'],
    ['quantity', 'quantity'],
    ['status', 'status'],
    ['price', 'price'],
    ['image', 'image'],
    ['manufacturer_id', 'manufacturerId'],
    ['tax_class_id', 'taxClassId'],
    ['weight', 'weight'],
    ['weight_class_id', 'weightClassId'],
    ['length', 'length'],
    ['width', 'width'],
    ['height', 'height'],
    ['length_class_id', 'lengthClassId'],
    ['date_modified', 'dateModified'],
  ],
  description: [
    ['name', 'name'],
    ['description', 'description'],
    ['meta_title', 'metaTitle'],
    ['tag', 'tag'],
  ],
  image: [
    ['image', 'image'],
    ['sort_order', 'sortOrder'],
    ['product_image_id', 'productImageId'],
  ],
  attribute: [
    ['attribute_id', 'attributeId'],
    ['text', 'text'],
  ],
  option: [
    ['product_option_id', 'productOptionId'],
    ['option_id', 'optionId'],
    ['required', 'required'],
  ],
  optionValue: [
    ['product_option_value_id', 'productOptionValueId'],
    ['product_option_id', 'productOptionId'],
    ['option_value_id', 'optionValueId'],
    ['quantity', 'quantity'],
    ['price', 'price'],
    ['price_prefix', 'pricePrefix'],
    ['weight', 'weight'],
    ['weight_prefix', 'weightPrefix'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;

/** `column AS name, ...`; DATETIME columns as text (OpenCart's zero dates are no JavaScript date). */
function selectList(columns: ReadonlyArray<readonly [string, string]>): string {
  return columns
    .map(([column, name]) => `${column.startsWith('date_') ? `CAST(${column} AS CHAR)` : column} AS ${name}`)
    .join(', ');
}

const PRODUCT_COLUMNS = `product_id AS productId, ${selectList(SOURCE_COLUMNS.product)}`;

/**
 * Reads one page of products with everything the export needs, keyset-paged on product_id (never OFFSET: a
 * page stays cheap at product 100,000 and nothing is skipped when products are added meanwhile).
 *
 * Plain SQL on purpose: this is the hot path of a 100,000-product export, and the query builder's per-column
 * mapping of every row cost as much as the rest of the read. Columns are aliased to the names of the declared
 * tables (db/opencart) and every value is checked by the product schema in `mapProductRows`. DATE columns are
 * read as text, because OpenCart stores "no date" as 0000-00-00, which is no JavaScript date.
 */
export async function readProductPage(
  store: StoreDb,
  context: StoreContext,
  request: ProductPageRequest,
): Promise<ProductPage> {
  const { rows, lastId } = await readProductRows(store, context, request);
  return { products: rows.map((r) => mapProductRows(r, context, request.now)), lastId };
}

/** A page of products as their rows were read, before they are checked and turned into the export's model. */
export interface ProductRowsPage {
  readonly rows: ProductRows[];
  readonly lastId: number | undefined;
}

/**
 * The rows of a page of products (see readProductPage). A run that finds a product quiet by its rows never
 * maps it, which is most of a steady catalogue.
 */
export async function readProductRows(
  store: StoreDb,
  context: StoreContext,
  request: ProductPageRequest,
): Promise<ProductRowsPage> {
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const only = request.onlyIds;
  const [products] = await store.pool.query<Row<ProductRows['product']>[]>(
    `SELECT ${PRODUCT_COLUMNS} FROM ${t('product')} WHERE product_id > ?${only ? ' AND product_id IN (?)' : ''}
     ORDER BY product_id LIMIT ?`,
    only ? [request.afterId, only.length > 0 ? only : [-1], request.limit] : [request.afterId, request.limit],
  );
  const first = products[0]?.productId;
  const last = products.at(-1)?.productId;
  if (first === undefined || last === undefined) {
    return { rows: [], lastId: undefined };
  }
  const ids = products.map((p) => p.productId);
  // A keyset page covers a contiguous id range: a range is cheaper to send and run than 500 ids.
  const inPage = only ? 'product_id IN (?)' : 'product_id BETWEEN ? AND ?';
  const page = only ? [ids] : [first, last];
  const lang = context.languageId;
  const rows = <T>(sql: string, params: unknown[]): Promise<T[]> =>
    store.pool.query<Row<T>[]>(sql, params).then(([r]) => r);
  const [descriptions, images, categories, attributes, specials, optionRows, inStore] = await Promise.all([
    rows<{ productId: number; name: string; description: string; metaTitle: string; tag: string }>(
      `SELECT product_id AS productId, ${selectList(SOURCE_COLUMNS.description)}
       FROM ${t('product_description')} WHERE ${inPage} AND language_id = ?`,
      [...page, lang],
    ),
    rows<{ productId: number; image: string | null; sortOrder: number; productImageId: number }>(
      `SELECT product_id AS productId, ${selectList(SOURCE_COLUMNS.image)}
       FROM ${t('product_image')} WHERE ${inPage}`,
      page,
    ),
    rows<{ productId: number; categoryId: number }>(
      `SELECT product_id AS productId, category_id AS categoryId FROM ${t('product_to_category')} WHERE ${inPage}`,
      page,
    ),
    request.attributeIds?.length === 0
      ? []
      : rows<{ productId: number; attributeId: number; text: string }>(
          `SELECT product_id AS productId, ${selectList(SOURCE_COLUMNS.attribute)}
           FROM ${t('product_attribute')} WHERE ${inPage} AND language_id = ?${request.attributeIds ? ' AND attribute_id IN (?)' : ''}`,
          request.attributeIds ? [...page, lang, request.attributeIds] : [...page, lang],
        ),
    rows<SpecialRow & { productId: number }>(
      `SELECT product_id AS productId, customer_group_id AS customerGroupId, priority, price,
         CAST(date_start AS CHAR) AS dateStart, CAST(date_end AS CHAR) AS dateEnd
       FROM ${t('product_special')} WHERE ${inPage}`,
      page,
    ),
    (request.options ?? queryOptionSource(store)).forProducts(ids),
    rows<{ productId: number }>(
      `SELECT product_id AS productId FROM ${t('product_to_store')} WHERE ${inPage} AND store_id = ?`,
      [...page, SERVED_STORE_ID],
    ),
  ]);
  const sold = new Set(inStore.map((row) => row.productId));
  const byProduct = {
    descriptions: groupByProduct(descriptions),
    images: groupByProduct(images),
    categories: groupByProduct(categories),
    attributes: groupByProduct(attributes),
    specials: groupByProduct(specials),
    options: groupByProduct(optionRows.options),
    optionValues: groupByProduct(optionRows.values),
  };
  const out: ProductRows[] = [];
  for (const product of products) {
    const id = product.productId;
    const productRows: ProductRows = {
      product,
      description: byProduct.descriptions.get(id)?.[0],
      inStore: sold.has(id),
      images: byProduct.images.get(id) ?? [],
      categoryIds: (byProduct.categories.get(id) ?? []).map((c) => c.categoryId),
      attributes: byProduct.attributes.get(id) ?? [],
      specials: byProduct.specials.get(id) ?? [],
      options: byProduct.options.get(id) ?? [],
      optionValues: byProduct.optionValues.get(id) ?? [],
    };
    out.push(productRows);
  }
  return { rows: out, lastId: last };
}

/** Every page from the start (or `afterId`) to the end, for callers that do not checkpoint between pages. */
export async function* readAllProducts(
  store: StoreDb,
  context: StoreContext,
  request: Omit<ProductPageRequest, 'afterId'> & { afterId?: number },
): AsyncGenerator<ProductPage> {
  let afterId = request.afterId ?? 0;
  for (;;) {
    const page = await readProductPage(store, context, { ...request, afterId });
    if (page.lastId === undefined) {
      return;
    }
    yield page;
    afterId = page.lastId;
  }
}
