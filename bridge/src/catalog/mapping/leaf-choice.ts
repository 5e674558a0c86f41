/** A leaf of Ozon's category tree: the pair every Ozon product is created for. */
export interface OzonLeafRef {
  readonly descriptionCategoryId: number;
  readonly typeId: number;
}

/** Which leaf a product goes to, and why. */
export interface LeafChoice extends OzonLeafRef {
  /** `product`: the product's own override; `category`: inherited from `categoryId` (or an ancestor of it). */
  readonly via: 'product' | 'category';
  readonly categoryId?: number;
}

/** Stable key of a leaf in maps. */
export function leafKey(leaf: OzonLeafRef): string {
  return `${leaf.descriptionCategoryId}:${leaf.typeId}`;
}

/**
 * Picks the leaf of a product. A per-product override wins. Otherwise every category of the product looks up its
 * own mapping or, failing that, its nearest mapped ancestor; among those the DEEPEST mapped category wins (a
 * product in "Sport" and in "Sport > Football > Balls" is a ball), and on equal depth the lowest category id, so
 * the answer never depends on row order.
 */
export function createLeafChooser(
  categoryLeaves: ReadonlyMap<number, OzonLeafRef>,
  /** Each OpenCart category's ancestors from the root down, itself last (OpenCart's category_path). */
  paths: ReadonlyMap<number, readonly number[]>,
  productLeaves: ReadonlyMap<number, OzonLeafRef>,
): (productId: number, categoryIds: readonly number[]) => LeafChoice | undefined {
  return (productId, categoryIds) => {
    const own = productLeaves.get(productId);
    if (own) {
      return { ...own, via: 'product' };
    }
    let best: { categoryId: number; depth: number; leaf: OzonLeafRef } | undefined;
    for (const categoryId of categoryIds) {
      const path = paths.get(categoryId) ?? [categoryId];
      for (let depth = path.length - 1; depth >= 0; depth--) {
        const mappedId = path[depth];
        const leaf = mappedId === undefined ? undefined : categoryLeaves.get(mappedId);
        if (mappedId === undefined || leaf === undefined) {
          continue;
        }
        if (!best || depth > best.depth || (depth === best.depth && mappedId < best.categoryId)) {
          best = { categoryId: mappedId, depth, leaf };
        }
        break;
      }
    }
    return best ? { ...best.leaf, via: 'category', categoryId: best.categoryId } : undefined;
  };
}
