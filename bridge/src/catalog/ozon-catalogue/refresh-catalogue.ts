import { z } from 'zod';
import { type OzonRefreshRequest, ozonRefreshRequestSchema } from '../../contract/catalog-mapping/ozon';
import type { StoreDb } from '../../db/connection';
import { OzonApiError, type OzonClient } from '../../ozon/client';
import { NO_BRAND_TEXT, OZON_ATTRIBUTE } from '../mapping/default-rules';
import { leafKey, type OzonLeafRef } from '../mapping/leaf-choice';
import { loadCategoryLeaves, loadProductLeaves } from '../mapping/load-category-mapping';
import type { TextSettings } from '../mapping/options';
import { dictionaryScope } from './dictionary-scope';
import { prefetchStoreTexts } from './prefetch-texts';
import { refreshLeafAttributes } from './refresh-attributes';
import { cacheSearchResults, type DictionaryAttribute, refreshDictionary } from './refresh-dictionary';
import { refreshCategoryTree } from './refresh-tree';

/** Work done so far, saved after each step so that a resumed refresh skips it. */
export const catalogueRefreshCheckpointSchema = z.object({
  /** Start of the refresh: rows older than this are stale. Kept so a resumed refresh removes the same ones. */
  startedAt: z.number(),
  treeDone: z.boolean(),
  leavesDone: z.array(z.string()),
  dictionariesDone: z.array(z.string()),
});
export type CatalogueRefreshCheckpoint = z.infer<typeof catalogueRefreshCheckpointSchema>;

export interface CatalogueRefreshSummary {
  nodes: number;
  leaves: number;
  attributes: number;
  /** Dictionaries read in this run, and their values. */
  dictionaries: number;
  values: number;
  /** Dictionary ids cached only up to the cap. */
  tooLarge: number[];
  /** Store texts looked up on Ozon for those dictionaries. */
  prefetched: number;
  /** Leaves Ozon would not describe (removed from the tree, or refused). */
  failedLeaves: Array<OzonLeafRef & { message: string }>;
}

export interface CatalogueRefreshHooks {
  readonly now: () => number;
  readonly signal?: AbortSignal | undefined;
  readonly checkpoint?: CatalogueRefreshCheckpoint | undefined;
  /** Called after each step's data is written. */
  readonly saveCheckpoint?: (
    checkpoint: CatalogueRefreshCheckpoint,
    done: number,
    total: number,
  ) => Promise<void>;
}

/** Every leaf that some OpenCart category or product is mapped to. */
export async function mappedLeaves(store: StoreDb): Promise<OzonLeafRef[]> {
  const all = new Map<string, OzonLeafRef>();
  for (const map of [await loadCategoryLeaves(store), await loadProductLeaves(store)]) {
    for (const leaf of map.values()) {
      all.set(leafKey(leaf), leaf);
    }
  }
  return [...all.values()];
}

/**
 * Refreshes the cache of Ozon's catalogue: the tree, then the attributes of each leaf, then each dictionary those
 * attributes use (shared dictionaries once). Every step is an idempotent upsert followed by a checkpoint, so a
 * refresh stopped half-way resumes where it stopped and a repeated refresh changes nothing.
 */
export async function refreshOzonCatalogue(
  store: StoreDb,
  settings: TextSettings,
  client: OzonClient,
  /** What the refresh covers: the refresh job's parameters, as the panel asks for them. */
  params: OzonRefreshRequest,
  hooks: CatalogueRefreshHooks,
): Promise<CatalogueRefreshSummary> {
  const p = ozonRefreshRequestSchema.parse(params);
  const cp: CatalogueRefreshCheckpoint = hooks.checkpoint ?? {
    startedAt: hooks.now(),
    treeDone: !p.tree,
    leavesDone: [],
    dictionariesDone: [],
  };
  const at = new Date(cp.startedAt);
  const leaves = p.leaves ?? (await mappedLeaves(store));
  let done = 0;
  let total = 1 + leaves.length;
  const step = async () => {
    done += 1;
    await hooks.saveCheckpoint?.(cp, Math.min(done, total), total);
  };
  const summary: CatalogueRefreshSummary = {
    nodes: 0,
    leaves: 0,
    attributes: 0,
    dictionaries: 0,
    values: 0,
    tooLarge: [],
    prefetched: 0,
    failedLeaves: [],
  };
  if (!cp.treeDone) {
    Object.assign(summary, await refreshCategoryTree(store, client, at, hooks.signal));
    cp.treeDone = true;
  }
  await step();

  const dictionaries = new Map<string, { attribute: DictionaryAttribute; leaf: OzonLeafRef }>();
  for (const leaf of leaves) {
    hooks.signal?.throwIfAborted();
    // Attributes are refetched even when done before a resume: the dictionaries below need the list.
    let rows: Awaited<ReturnType<typeof refreshLeafAttributes>>;
    try {
      rows = await refreshLeafAttributes(store, client, leaf, at, hooks.signal);
    } catch (error) {
      // A leaf Ozon removed (404) or refuses must not stop the others; the panel shows it as broken.
      if (!(error instanceof OzonApiError)) {
        throw error;
      }
      summary.failedLeaves.push({ ...leaf, message: error.message });
      continue;
    }
    summary.attributes += rows.length;
    for (const a of rows.filter((r) => r.dictionaryId > 0)) {
      const scope = dictionaryScope(a, leaf);
      dictionaries.set(`${a.dictionaryId}:${scope.scopeCategoryId}:${scope.scopeTypeId}`, {
        attribute: a,
        leaf,
      });
    }
    if (!cp.leavesDone.includes(leafKey(leaf))) {
      cp.leavesDone.push(leafKey(leaf));
    }
    await step();
  }

  total += dictionaries.size;
  for (const [key, { attribute, leaf }] of dictionaries) {
    hooks.signal?.throwIfAborted();
    if (!cp.dictionariesDone.includes(key)) {
      const options = {
        signal: hooks.signal,
        ...(p.maxDictionaryValues ? { maxValues: p.maxDictionaryValues } : {}),
      };
      const result = await refreshDictionary(store, client, attribute, leaf, at, options);
      summary.dictionaries += 1;
      summary.values += result.values;
      if (result.state === 'too_large') {
        summary.tooLarge.push(attribute.dictionaryId);
        if (attribute.attributeId === OZON_ATTRIBUTE.brand) {
          await cacheSearchResults(store, client, attribute, leaf, NO_BRAND_TEXT, at);
        }
        summary.prefetched += await prefetchStoreTexts(
          store,
          settings,
          client,
          attribute,
          leaf,
          at,
          hooks.signal,
        );
      }
      cp.dictionariesDone.push(key);
    }
    await step();
  }
  return summary;
}
