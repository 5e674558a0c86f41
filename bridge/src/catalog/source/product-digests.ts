import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { SERVED_STORE_ID } from '../../db/opencart/store-config';
import { rowDigest, rowsDigest } from '../../db/sql-digest';
import { groupByProduct } from '../../shared/group-by-product';
import type { SpecialRow } from './active-special';
import type { ProductPageRequest } from './read-products';
import { SOURCE_COLUMNS } from './read-products';

/** What a product is made of, hashed where it lies, and the few rows its fingerprint needs as they are. */
export interface ProductDigest {
  readonly productId: number;
  /**
   * Digests of its product row, description, images, categories, attributes, options and option values, and
   * whether the store sells it.
   */
  readonly digest: string;
  readonly specials: SpecialRow[];
}

export interface ProductDigestPage {
  readonly digests: ProductDigest[];
  readonly lastId: number | undefined;
}

/** The names the database knows these columns by. */
function named(columns: ReadonlyArray<readonly [string, string]>): string[] {
  return columns.map(([column]) => column);
}

/**
 * The options and option values of every product (or of these), as one digest per product. OpenCart indexes
 * neither table by product, so each query reads a whole table: once per run, not once per page.
 */
export async function readOptionDigests(
  store: StoreDb,
  onlyIds?: readonly number[],
): Promise<Map<number, string>> {
  const grouped = async (table: string, columns: readonly string[]): Promise<Map<number, string>> => {
    const [rows] = await store.pool.query<Array<{ productId: number; digest: string } & RowDataPacket>>(
      `SELECT product_id AS productId, ${rowsDigest(columns, 'x')} AS digest FROM \`${store.prefix}${table}\` x
       ${onlyIds ? 'WHERE product_id IN (?)' : ''} GROUP BY product_id`,
      onlyIds ? [onlyIds.length > 0 ? onlyIds : [-1]] : [],
    );
    return new Map(rows.map((r) => [r.productId, r.digest]));
  };
  const [options, values] = await Promise.all([
    grouped('product_option', named(SOURCE_COLUMNS.option)),
    grouped('product_option_value', named(SOURCE_COLUMNS.optionValue)),
  ]);
  const out = new Map<number, string>();
  for (const [productId, digest] of options) {
    out.set(productId, `${digest}/${values.get(productId) ?? ''}`);
  }
  for (const [productId, digest] of values) {
    if (!options.has(productId)) {
      out.set(productId, `/${digest}`);
    }
  }
  return out;
}

/**
 * A page of products as digests computed by the database: the same rows and columns as readProductRows reads,
 * but the database hashes them where they lie, so a run that only needs to know whether a product changed
 * neither receives nor decodes its texts (a description is kilobytes; its digest is 32 characters).
 */
export async function readProductDigests(
  store: StoreDb,
  languageId: number,
  request: Omit<ProductPageRequest, 'now' | 'options'> & {
    /** Every product's options as one digest (see readOptionDigests). */
    readonly optionDigests: ReadonlyMap<number, string>;
  },
): Promise<ProductDigestPage> {
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const only = request.onlyIds;
  const [products] = await store.pool.query<Array<{ productId: number; digest: string } & RowDataPacket>>(
    `SELECT product_id AS productId, ${rowDigest(named(SOURCE_COLUMNS.product), 'p')} AS digest
     FROM ${t('product')} p WHERE product_id > ?${only ? ' AND product_id IN (?)' : ''}
     ORDER BY product_id LIMIT ?`,
    only ? [request.afterId, only.length > 0 ? only : [-1], request.limit] : [request.afterId, request.limit],
  );
  const first = products[0]?.productId;
  const last = products.at(-1)?.productId;
  if (first === undefined || last === undefined) {
    return { digests: [], lastId: undefined };
  }
  const ids = products.map((p) => p.productId);
  // Set-based per table over the page (a keyset page is an id range), as the product read does: a subquery per
  // product and table cost the database more than sending the rows.
  const inPage = only ? 'product_id IN (?)' : 'product_id BETWEEN ? AND ?';
  const page = only ? [ids] : [first, last];
  const digests = (sql: string, params: unknown[]): Promise<Map<number, string>> =>
    store.pool
      .query<Array<{ productId: number; digest: string } & RowDataPacket>>(sql, params)
      .then(([rows]) => new Map(rows.map((r) => [r.productId, r.digest])));
  const grouped = (
    table: string,
    columns: readonly string[],
    filter = '',
    params: unknown[] = [],
  ): Promise<Map<number, string>> =>
    digests(
      `SELECT product_id AS productId, ${rowsDigest(columns, 'x')} AS digest FROM ${t(table)} x
       WHERE ${inPage}${filter} GROUP BY product_id`,
      [...page, ...params],
    );
  const attributes = request.attributeIds;
  const [descriptions, images, categories, attributeDigests, inStore, [specials]] = await Promise.all([
    digests(
      `SELECT product_id AS productId, ${rowDigest(named(SOURCE_COLUMNS.description), 'x')} AS digest
       FROM ${t('product_description')} x WHERE ${inPage} AND language_id = ?`,
      [...page, languageId],
    ),
    grouped('product_image', named(SOURCE_COLUMNS.image)),
    grouped('product_to_category', ['category_id']),
    attributes?.length === 0
      ? new Map<number, string>()
      : grouped(
          'product_attribute',
          named(SOURCE_COLUMNS.attribute),
          ` AND language_id = ?${attributes ? ' AND attribute_id IN (?)' : ''}`,
          attributes ? [languageId, attributes] : [languageId],
        ),
    digests(
      `SELECT product_id AS productId, '1' AS digest FROM ${t('product_to_store')}
       WHERE ${inPage} AND store_id = ?`,
      [...page, SERVED_STORE_ID],
    ),
    store.pool.query<Array<SpecialRow & { productId: number } & RowDataPacket>>(
      `SELECT product_id AS productId, customer_group_id AS customerGroupId, priority, price,
         CAST(date_start AS CHAR) AS dateStart, CAST(date_end AS CHAR) AS dateEnd
       FROM ${t('product_special')} WHERE ${inPage} ORDER BY product_special_id`,
      page,
    ),
  ]);
  const specialsOf = groupByProduct(specials);
  return {
    digests: products.map(({ productId, digest }) => ({
      productId,
      digest: [
        digest,
        descriptions.get(productId) ?? '',
        images.get(productId) ?? '',
        categories.get(productId) ?? '',
        attributeDigests.get(productId) ?? '',
        request.optionDigests.get(productId) ?? '',
        inStore.get(productId) ?? '0',
      ].join('|'),
      specials: specialsOf.get(productId) ?? [],
    })),
    lastId: last,
  };
}
