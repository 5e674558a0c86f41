import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { mapProductRows, type ProductRows } from './map-product';
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
}

export interface ProductPage {
  readonly products: SourceProduct[];
  /** The last product_id of this page: the next page's `afterId`. Undefined when the page was empty. */
  readonly lastId: number | undefined;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) {
      list.push(row);
    } else {
      out.set(k, [row]);
    }
  }
  return out;
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
  const where: SQL[] = [gt(oc.product.productId, request.afterId)];
  if (request.onlyIds !== undefined) {
    where.push(inArray(oc.product.productId, request.onlyIds.length > 0 ? [...request.onlyIds] : [-1]));
  }
  const products = await db
    .select({
      productId: oc.product.productId,
      model: oc.product.model,
      sku: oc.product.sku,
      upc: oc.product.upc,
      ean: oc.product.ean,
      jan: oc.product.jan,
      isbn: oc.product.isbn,
      mpn: oc.product.mpn,
      location: oc.product.location,
      quantity: oc.product.quantity,
      status: oc.product.status,
      price: oc.product.price,
      image: oc.product.image,
      manufacturerId: oc.product.manufacturerId,
      taxClassId: oc.product.taxClassId,
      weight: oc.product.weight,
      weightClassId: oc.product.weightClassId,
      length: oc.product.length,
      width: oc.product.width,
      height: oc.product.height,
      lengthClassId: oc.product.lengthClassId,
      dateModified: oc.product.dateModified,
    })
    .from(oc.product)
    .where(and(...where))
    .orderBy(asc(oc.product.productId))
    .limit(request.limit);
  if (products.length === 0) {
    return { products: [], lastId: undefined };
  }
  const ids = products.map((p) => p.productId);
  const [descriptions, images, categories, attributes, specials, options, optionValues] = await Promise.all([
    db
      .select({
        productId: oc.productDescription.productId,
        name: oc.productDescription.name,
        description: oc.productDescription.description,
        metaTitle: oc.productDescription.metaTitle,
        tag: oc.productDescription.tag,
      })
      .from(oc.productDescription)
      .where(
        and(
          inArray(oc.productDescription.productId, ids),
          eq(oc.productDescription.languageId, context.languageId),
        ),
      ),
    db.select().from(oc.productImage).where(inArray(oc.productImage.productId, ids)),
    db.select().from(oc.productToCategory).where(inArray(oc.productToCategory.productId, ids)),
    db
      .select({
        productId: oc.productAttribute.productId,
        attributeId: oc.productAttribute.attributeId,
        text: oc.productAttribute.text,
      })
      .from(oc.productAttribute)
      .where(
        and(
          inArray(oc.productAttribute.productId, ids),
          eq(oc.productAttribute.languageId, context.languageId),
        ),
      ),
    db.select().from(oc.productSpecial).where(inArray(oc.productSpecial.productId, ids)),
    db.select().from(oc.productOption).where(inArray(oc.productOption.productId, ids)),
    db.select().from(oc.productOptionValue).where(inArray(oc.productOptionValue.productId, ids)),
  ]);
  const byProduct = {
    descriptions: groupBy(descriptions, (r) => r.productId),
    images: groupBy(images, (r) => r.productId),
    categories: groupBy(categories, (r) => r.productId),
    attributes: groupBy(attributes, (r) => r.productId),
    specials: groupBy(specials, (r) => r.productId),
    options: groupBy(options, (r) => r.productId),
    optionValues: groupBy(optionValues, (r) => r.productId),
  };
  const mapped = products.map((product) => {
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
    return mapProductRows(rows, context, request.now);
  });
  return { products: mapped, lastId: products.at(-1)?.productId };
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
