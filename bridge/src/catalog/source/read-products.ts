import { and, asc, eq, gt, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';
import type { StoreDb } from '../../db/connection';
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
}

export interface ProductPage {
  readonly products: SourceProduct[];
  /** The last product_id of this page: the next page's `afterId`. Undefined when the page was empty. */
  readonly lastId: number | undefined;
}

function groupBy<T extends { productId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.productId);
    if (list) {
      list.push(row);
    } else {
      out.set(row.productId, [row]);
    }
  }
  return out;
}

async function pageProducts(store: StoreDb, request: ProductPageRequest) {
  const { db, oc } = store;
  const where: SQL[] = [gt(oc.product.productId, request.afterId)];
  if (request.onlyIds !== undefined) {
    where.push(inArray(oc.product.productId, request.onlyIds.length > 0 ? [...request.onlyIds] : [-1]));
  }
  const p = oc.product;
  return db
    .select({
      productId: p.productId,
      model: p.model,
      sku: p.sku,
      upc: p.upc,
      ean: p.ean,
      jan: p.jan,
      isbn: p.isbn,
      mpn: p.mpn,
      location: p.location,
      quantity: p.quantity,
      status: p.status,
      price: p.price,
      image: p.image,
      manufacturerId: p.manufacturerId,
      taxClassId: p.taxClassId,
      weight: p.weight,
      weightClassId: p.weightClassId,
      length: p.length,
      width: p.width,
      height: p.height,
      lengthClassId: p.lengthClassId,
      dateModified: p.dateModified,
    })
    .from(p)
    .where(and(...where))
    .orderBy(asc(p.productId))
    .limit(request.limit);
}

/**
 * Reads one page of products with everything the export needs, keyset-paged on product_id (never OFFSET: a
 * page stays cheap at product 100,000 and nothing is skipped when products are added meanwhile).
 */
export async function readProductPage(
  store: StoreDb,
  context: StoreContext,
  request: ProductPageRequest,
): Promise<ProductPage> {
  const { db, oc } = store;
  const products = await pageProducts(store, request);
  if (products.length === 0) {
    return { products: [], lastId: undefined };
  }
  const ids = products.map((p) => p.productId);
  const first = ids[0] ?? 0;
  const last = ids.at(-1) ?? 0;
  // A keyset page covers a contiguous id range: a range predicate is cheaper to build and run than 500 ids.
  const inPage = (column: MySqlColumn): SQL | undefined =>
    request.onlyIds === undefined ? and(gte(column, first), lte(column, last)) : inArray(column, ids);
  const d = oc.productDescription;
  const a = oc.productAttribute;
  const [descriptions, images, categories, attributes, specials, optionRows] = await Promise.all([
    db
      .select({
        productId: d.productId,
        name: d.name,
        description: d.description,
        metaTitle: d.metaTitle,
        tag: d.tag,
      })
      .from(d)
      .where(and(inPage(d.productId), eq(d.languageId, context.languageId))),
    db.select().from(oc.productImage).where(inPage(oc.productImage.productId)),
    db.select().from(oc.productToCategory).where(inPage(oc.productToCategory.productId)),
    db
      .select({ productId: a.productId, attributeId: a.attributeId, text: a.text })
      .from(a)
      .where(and(inPage(a.productId), eq(a.languageId, context.languageId))),
    db.select().from(oc.productSpecial).where(inPage(oc.productSpecial.productId)),
    (request.options ?? queryOptionSource(store)).forProducts(ids),
  ]);
  const byProduct = {
    descriptions: groupBy(descriptions),
    images: groupBy(images),
    categories: groupBy(categories),
    attributes: groupBy(attributes),
    specials: groupBy(specials),
    options: groupBy(optionRows.options),
    optionValues: groupBy(optionRows.values),
  };
  const mapped: SourceProduct[] = [];
  for (const product of products) {
    const id = product.productId;
    const rows: ProductRows = {
      product,
      description: byProduct.descriptions.get(id)?.[0],
      images: byProduct.images.get(id) ?? [],
      categoryIds: (byProduct.categories.get(id) ?? []).map((c) => c.categoryId),
      attributes: byProduct.attributes.get(id) ?? [],
      specials: byProduct.specials.get(id) ?? [],
      options: byProduct.options.get(id) ?? [],
      optionValues: byProduct.optionValues.get(id) ?? [],
    };
    mapped.push(mapProductRows(rows, context, request.now));
  }
  return { products: mapped, lastId: last };
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
