import { hash } from 'node:crypto';
import type { ImportAttribute, ImportItem } from '../../../ozon/schemas/import';

/*
 * Content hashes of import items. An item is built from a part its product's variants share (category, VAT,
 * images, description and the other shared attributes) and a part of its own (article, name, price, size, the
 * attributes that read the variant option). Hashing the shared part once per product and each item as
 * "shared digest + own part" gives the same guarantee as hashing the whole item (equal items, equal hashes; any
 * changed field, a new hash) while serialising the 2 KB description once per product instead of once per size.
 */

/** What every item of a product has in common. */
export interface SharedItemPart {
  readonly descriptionCategoryId: number;
  readonly typeId: number;
  readonly currency: string;
  readonly vat: string;
  readonly barcode: string | undefined;
  readonly images: readonly string[];
  readonly attributes: readonly ImportAttribute[];
}

/** The digest of a product's shared part. */
export function sharedDigest(part: SharedItemPart): string {
  return hash(
    'sha256',
    JSON.stringify([
      part.descriptionCategoryId,
      part.typeId,
      part.currency,
      part.vat,
      part.barcode ?? null,
      part.images,
      part.attributes,
    ]),
  );
}

/** One item's hash: its product's shared digest and everything the item has of its own. */
export function itemHash(
  shared: string,
  item: ImportItem,
  ownAttributes: readonly ImportAttribute[],
): string {
  return hash(
    'sha256',
    `${shared}${JSON.stringify([
      item.offer_id,
      item.name,
      item.price,
      item.old_price,
      item.depth,
      item.width,
      item.height,
      item.weight,
      item.dimension_unit,
      item.weight_unit,
      ownAttributes,
    ])}`,
  );
}

/** The hash of a whole item taken on its own (one item, no shared part): for tests and one-off checks. */
export function payloadHash(item: ImportItem): string {
  return hash('sha256', JSON.stringify(item));
}
