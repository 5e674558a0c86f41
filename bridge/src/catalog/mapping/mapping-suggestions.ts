import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LeafSuggestion, MappingSuggestions } from '../../contract/catalog-mapping/suggestions';
import type { StoreDb } from '../../db/connection';
import { type AttributeGap, attributeGaps, mappedLeaves } from './attribute-gaps';
import { loadCategoryEvidence } from './category-evidence';
import { leafKey, type OzonLeafRef } from './leaf-choice';
import { createLeafRanker, type RankableLeaf } from './leaf-ranking';
import { adminLanguageId, listOpencartCategories } from './opencart-categories';
import { contentLanguageId, readMappingOptions, type TextSettings } from './options';
import { loadOpencartSources, suggestSources } from './suggest';

/** Below this a leaf shares little more than a word of the path with the category: no proposal. */
const MIN_SCORE = 0.15;

/** Every leaf of the cached tree that takes new products, in the tree's order (which breaks ties). */
async function rankableLeaves(store: StoreDb): Promise<RankableLeaf[]> {
  const t = store.own.ozonCategories;
  return store.db
    .select({
      descriptionCategoryId: t.descriptionCategoryId,
      typeId: t.typeId,
      nameRu: t.nameRu,
      nameEn: t.nameEn,
      pathRu: t.pathRu,
      pathEn: t.pathEn,
    })
    .from(t)
    .where(and(eq(t.isLeaf, true), eq(t.disabled, false)))
    .orderBy(asc(t.descriptionCategoryId), asc(t.typeId));
}

/** An Ozon leaf for each category nothing maps yet (its own mapping or a parent's), parents first. */
async function suggestCategories(store: StoreDb, languageId: number) {
  const categories = (await listOpencartCategories(store, languageId)).filter((c) => c.mapping === null);
  const leaves = categories.length === 0 ? [] : await rankableLeaves(store);
  if (leaves.length === 0) {
    return categories.map((c) => ({ ...pickCategory(c), suggestion: null }));
  }
  const ranker = createLeafRanker(leaves);
  const evidence = await loadCategoryEvidence(
    store,
    categories.map((c) => c.categoryId),
  );
  const chosen = new Map<number, OzonLeafRef>();
  return categories.map((category) => {
    // Tree order puts a parent first: its proposal settles ties of a child that says nothing of its own.
    const preferred = chosen.get(category.parentId);
    const top = ranker.rank(evidence.get(category.categoryId) ?? emptyEvidence, 1, preferred)[0];
    let suggestion: LeafSuggestion | null = null;
    if (top && top.score >= MIN_SCORE) {
      chosen.set(category.categoryId, top.leaf);
      suggestion = {
        descriptionCategoryId: top.leaf.descriptionCategoryId,
        typeId: top.leaf.typeId,
        name: top.leaf.nameRu,
        path: top.leaf.pathRu,
        score: top.score,
        why: [...top.why],
      };
    }
    return { ...pickCategory(category), suggestion };
  });
}

const emptyEvidence = { names: [], paths: [], products: [] };

function pickCategory(c: { categoryId: number; name: string; path: string; productsInTree: number }) {
  return { categoryId: c.categoryId, name: c.name, path: c.path, productsInTree: c.productsInTree };
}

/**
 * Everything the mapping still lacks before a first export, each with a proposal: an Ozon leaf for every store
 * category not mapped (ranked by name, path and product names, see createLeafRanker), and an OpenCart source for
 * every required attribute of a mapped leaf that has no rule (by name, as the attribute page suggests them); plus
 * the mapped leaves whose attributes are not downloaded yet. Deterministic: the same store and cache give the
 * same answer.
 */
export async function suggestMappings(store: StoreDb, settings: TextSettings): Promise<MappingSuggestions> {
  const languageId = await adminLanguageId(store);
  const options = await readMappingOptions(store);
  const [categories, leaves, sources] = await Promise.all([
    suggestCategories(store, languageId),
    mappedLeaves(store),
    contentLanguageId(store, options, settings).then((id) => loadOpencartSources(store, id)),
  ]);
  const { gaps, uncached } = await attributeGaps(store, leaves);
  const names = await leafNames(store, leaves);
  const byLeaf = new Map<string, AttributeGap[]>();
  for (const gap of gaps) {
    byLeaf.set(leafKey(gap), [...(byLeaf.get(leafKey(gap)) ?? []), gap]);
  }
  // Each OpenCart source is proposed once per leaf, for the attribute it fits best.
  const attributes = [...byLeaf.values()].flatMap((leafGaps) => {
    const proposals = suggestSources(leafGaps, sources);
    return leafGaps.map((gap) => ({
      descriptionCategoryId: gap.descriptionCategoryId,
      typeId: gap.typeId,
      leafName: names.get(leafKey(gap)) ?? '',
      attributeId: gap.attributeId,
      name: gap.name,
      suggestion: proposals.get(gap.attributeId) ?? null,
    }));
  });
  return {
    languageId,
    categories,
    attributes,
    leavesWithoutAttributes: uncached.map((leaf) => ({ ...leaf, name: names.get(leafKey(leaf)) ?? '' })),
  };
}

/** The cached Russian name of each leaf. */
async function leafNames(store: StoreDb, leaves: readonly OzonLeafRef[]): Promise<Map<string, string>> {
  if (leaves.length === 0) {
    return new Map();
  }
  const t = store.own.ozonCategories;
  const rows = await store.db
    .select({ descriptionCategoryId: t.descriptionCategoryId, typeId: t.typeId, name: t.nameRu })
    .from(t)
    .where(inArray(t.descriptionCategoryId, [...new Set(leaves.map((l) => l.descriptionCategoryId))]));
  return new Map(rows.map((r) => [leafKey(r), r.name]));
}
