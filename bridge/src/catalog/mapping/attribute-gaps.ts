import { asc, inArray } from 'drizzle-orm';
import { attributeRuleSchema } from '../../contract/catalog-mapping/rules';
import type { StoreDb } from '../../db/connection';
import { defaultRule } from './default-rules';
import { leafKey, type OzonLeafRef } from './leaf-choice';
import { loadCategoryLeaves, loadProductLeaves } from './load-category-mapping';

/** A required Ozon attribute of a leaf that has no rule: neither the merchant's nor a default one. */
export interface AttributeGap extends OzonLeafRef {
  readonly attributeId: number;
  readonly name: string;
  readonly nameEn: string;
}

/** Every leaf a category or a product maps to, each once, in the tree's order. */
export async function mappedLeaves(store: StoreDb): Promise<OzonLeafRef[]> {
  const [categories, products] = await Promise.all([loadCategoryLeaves(store), loadProductLeaves(store)]);
  const byKey = new Map([...categories.values(), ...products.values()].map((leaf) => [leafKey(leaf), leaf]));
  return [...byKey.values()].sort(
    (a, b) => a.descriptionCategoryId - b.descriptionCategoryId || a.typeId - b.typeId,
  );
}

/**
 * What stands between the leaves and an export, as far as the mapping goes: their required attributes without a
 * rule (the export holds their products back as not mapped), and the leaves whose attributes were never
 * downloaded. Read from the cached attributes and the stored rules only, without loading any dictionary.
 */
export async function attributeGaps(
  store: StoreDb,
  leaves: readonly OzonLeafRef[],
): Promise<{ gaps: AttributeGap[]; uncached: OzonLeafRef[] }> {
  if (leaves.length === 0) {
    return { gaps: [], uncached: [] };
  }
  const { db, own } = store;
  const a = own.ozonAttributes;
  const m = own.mappingAttributes;
  const categoryIds = [...new Set(leaves.map((l) => l.descriptionCategoryId))];
  const [attributes, rules] = await Promise.all([
    db
      .select({
        descriptionCategoryId: a.descriptionCategoryId,
        typeId: a.typeId,
        attributeId: a.attributeId,
        name: a.name,
        nameEn: a.nameEn,
        isRequired: a.isRequired,
      })
      .from(a)
      .where(inArray(a.descriptionCategoryId, categoryIds))
      .orderBy(asc(a.descriptionCategoryId), asc(a.typeId), asc(a.attributeId)),
    db
      .select({
        descriptionCategoryId: m.descriptionCategoryId,
        typeId: m.typeId,
        attributeId: m.attributeId,
        rule: m.rule,
      })
      .from(m)
      .where(inArray(m.descriptionCategoryId, categoryIds)),
  ]);
  // A stored rule this bridge cannot read counts as none, as the leaf loader reads it.
  const ruled = new Set(
    rules
      .filter((r) => attributeRuleSchema.safeParse(r.rule).success)
      .map((r) => `${leafKey(r)}:${r.attributeId}`),
  );
  const wanted = new Set(leaves.map(leafKey));
  const cached = new Set<string>();
  const gaps: AttributeGap[] = [];
  for (const { isRequired, ...row } of attributes) {
    const key = leafKey(row);
    if (!wanted.has(key)) {
      continue;
    }
    cached.add(key);
    const hasDefault =
      defaultRule(row.attributeId, { id: row.typeId, value: String(row.typeId) }) !== undefined;
    if (isRequired && !hasDefault && !ruled.has(`${key}:${row.attributeId}`)) {
      gaps.push(row);
    }
  }
  return { gaps, uncached: leaves.filter((leaf) => !cached.has(leafKey(leaf))) };
}
