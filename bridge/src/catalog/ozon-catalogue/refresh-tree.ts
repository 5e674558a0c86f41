import { lt } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OzonClient } from '../../ozon/client';
import { flattenTree } from './flatten-tree';
import { chunks, fromInserted } from './upsert';

/**
 * Fetches Ozon's description-category tree in Russian and English and replaces the cached tree with it: nodes
 * are upserted, nodes Ozon no longer lists are removed (a mapping that points at one is reported by the panel
 * rather than kept searchable). Running it twice leaves the same rows.
 */
export async function refreshCategoryTree(
  store: StoreDb,
  client: OzonClient,
  now: Date,
  signal?: AbortSignal,
): Promise<{ nodes: number; leaves: number }> {
  // POST /v1/description-category/tree (DescriptionCategoryAPI_GetTree), once per language.
  const russian = await client.categories.tree('DEFAULT', signal ? { signal } : {});
  const english = await client.categories.tree('EN', signal ? { signal } : {});
  const rows = flattenTree(russian, english, now);
  const t = store.own.ozonCategories;
  const set = fromInserted({
    parentCategoryId: t.parentCategoryId,
    nameRu: t.nameRu,
    nameEn: t.nameEn,
    pathRu: t.pathRu,
    pathEn: t.pathEn,
    depth: t.depth,
    isLeaf: t.isLeaf,
    disabled: t.disabled,
    fetchedAt: t.fetchedAt,
  });
  for (const chunk of chunks(rows)) {
    await store.db.insert(t).values(chunk).onDuplicateKeyUpdate({ set });
  }
  // Only after the whole tree is in: an interrupted refresh keeps the old tree rather than half of one.
  await store.db.delete(t).where(lt(t.fetchedAt, now));
  return { nodes: rows.length, leaves: rows.filter((r) => r.isLeaf).length };
}
