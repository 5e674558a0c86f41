import { eq, inArray } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { chunks, fromInserted } from '../ozon-catalogue/upsert';
import { requireMappableLeaf, unmappableReason } from './cached-leaf';
import { leafKey, type OzonLeafRef } from './leaf-choice';
import { requireOpencartCategory, requireOpencartProduct } from './opencart-rows';

/** Maps an OpenCart category to an Ozon leaf, or removes its mapping (`leaf` null). */
export async function setCategoryLeaf(
  store: StoreDb,
  categoryId: number,
  leaf: OzonLeafRef | null,
  now: Date,
): Promise<void> {
  const { db, own } = store;
  const t = own.mappingCategories;
  if (leaf === null) {
    await db.delete(t).where(eq(t.categoryId, categoryId));
    return;
  }
  await requireOpencartCategory(store, categoryId);
  await requireMappableLeaf(store, leaf, 'typeId');
  const row = { categoryId, ...pick(leaf), updatedAt: now };
  await db
    .insert(t)
    .values(row)
    .onDuplicateKeyUpdate({ set: { ...pick(leaf), updatedAt: now } });
}

/** One category's choice in a request that maps many. */
export interface CategoryLeafChoice extends OzonLeafRef {
  readonly categoryId: number;
}

/**
 * Maps many categories at once, each choice checked alone as setCategoryLeaf checks it: the ones that pass are
 * written (an upsert, so the same choices again change nothing), the others come back with their index and why.
 * A category chosen twice takes its last valid choice.
 */
export async function setCategoryLeaves(
  store: StoreDb,
  choices: readonly CategoryLeafChoice[],
  now: Date,
): Promise<{ applied: number; refused: Array<{ index: number; message: string }> }> {
  if (choices.length === 0) {
    return { applied: 0, refused: [] };
  }
  const { db, oc, own } = store;
  const [categories, leaves] = await Promise.all([
    db
      .select({ id: oc.category.categoryId })
      .from(oc.category)
      .where(inArray(oc.category.categoryId, [...new Set(choices.map((c) => c.categoryId))])),
    db
      .select()
      .from(own.ozonCategories)
      .where(
        inArray(own.ozonCategories.descriptionCategoryId, [
          ...new Set(choices.map((c) => c.descriptionCategoryId)),
        ]),
      ),
  ]);
  const known = new Set(categories.map((c) => c.id));
  const rows = new Map(leaves.map((row) => [leafKey(row), row]));
  const refused: Array<{ index: number; message: string }> = [];
  const valid = new Map<number, CategoryLeafChoice>();
  choices.forEach((choice, index) => {
    const problem = known.has(choice.categoryId)
      ? unmappableReason(rows.get(leafKey(choice)), choice)
      : `OpenCart has no category ${choice.categoryId}`;
    if (problem === undefined) {
      valid.delete(choice.categoryId);
      valid.set(choice.categoryId, choice);
    } else {
      refused.push({ index, message: problem });
    }
  });
  const t = own.mappingCategories;
  const values = [...valid.values()].map((c) => ({ categoryId: c.categoryId, ...pick(c), updatedAt: now }));
  for (const chunk of chunks(values)) {
    await db
      .insert(t)
      .values(chunk)
      .onDuplicateKeyUpdate({
        set: fromInserted({
          descriptionCategoryId: t.descriptionCategoryId,
          typeId: t.typeId,
          updatedAt: t.updatedAt,
        }),
      });
  }
  return { applied: values.length, refused };
}

/** Gives one product its own Ozon leaf, winning over its categories, or removes it (`leaf` null). */
export async function setProductLeaf(
  store: StoreDb,
  productId: number,
  leaf: OzonLeafRef | null,
  now: Date,
): Promise<void> {
  const { db, own } = store;
  const t = own.mappingProducts;
  if (leaf === null) {
    await db.delete(t).where(eq(t.productId, productId));
    return;
  }
  await requireOpencartProduct(store, productId);
  await requireMappableLeaf(store, leaf, 'typeId');
  await db
    .insert(t)
    .values({ productId, ...pick(leaf), updatedAt: now })
    .onDuplicateKeyUpdate({ set: { ...pick(leaf), updatedAt: now } });
}

function pick(leaf: OzonLeafRef): OzonLeafRef {
  return { descriptionCategoryId: leaf.descriptionCategoryId, typeId: leaf.typeId };
}
