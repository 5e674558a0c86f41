import { loadStates } from '../../../unit-state/state-rows';
import { loadUnitDigests } from '../../../unit-state/unit-digests';
import type { UnitState } from '../../../unit-state/unit-state';
import { sqlDateTime } from '../../source/active-special';
import { mapProductRows } from '../../source/map-product';
import type { OptionSource } from '../../source/option-index';
import { readProductDigests } from '../../source/product-digests';
import { readProductRows } from '../../source/read-products';
import type { SourceProduct } from '../../source/source-product';
import { addCounts, loadQuietRecords, type QuietRecord, type UnitCounts } from '../quiet/fingerprint-rows';
import { siftPage } from '../quiet/sift-page';
import type { RunEnv } from './run-env';

/** A stretch of the catalogue, ready to plan. */
export interface PageToPlan {
  /** The last product_id it covers: the next stretch's start. Undefined when there was nothing left. */
  readonly lastId: number | undefined;
  /** Products it covers, planned or passed over. */
  readonly read: number;
  readonly products: SourceProduct[];
  /** The stored units of the products to plan and of products the store no longer has. */
  readonly states: Map<string, UnitState>;
  readonly fingerprints: ReadonlyMap<number, string>;
  readonly records: ReadonlyMap<number, QuietRecord>;
  readonly quietActions: UnitCounts;
}

export interface PageSourceOptions {
  readonly limit: number;
  readonly onlyIds: readonly number[] | undefined;
  /** Options of the products read whole: given how many are read at once. */
  readonly options: (products: number) => Promise<OptionSource | undefined>;
  /**
   * A real run over the whole catalogue: products are fingerprinted first and only those not quiet are read
   * whole. Runs of named products (a few, or what the store reported changed) read them all whole.
   */
  readonly real: boolean;
  readonly unresolved: ReadonlySet<number>;
  /** Every product's options as one digest (real runs). */
  readonly optionDigests: ReadonlyMap<number, string>;
}

/**
 * A real run reads digest pages until this many products are to be read whole: the whole read asks for their
 * options, which OpenCart does not index by product, so it is done for many at once, not per page.
 */
const WHOLE_READ_BATCH = 500;
/** ...or until this many pages, so that a checkpoint is never far behind. */
const MAX_PAGES_PER_BATCH = 20;

/** Merges the maps of several digest pages. */
function merged<K, V>(maps: ReadonlyArray<ReadonlyMap<K, V>>): Map<K, V> {
  return new Map(maps.flatMap((m) => [...m]));
}

/**
 * Reads the stretch after `afterId`. A dry run reads a page of products whole, as it lists each verdict, and so
 * does a run of named products. A real run over the whole catalogue reads digest pages (the database hashes the rows) with the digests of the stored units and the quiet
 * records, and then reads whole only the products whose fingerprint changed: on a steady catalogue, a few in a
 * thousand.
 */
export async function readPageToPlan(
  env: RunEnv,
  afterId: number,
  source: PageSourceOptions,
): Promise<PageToPlan> {
  const now = sqlDateTime(env.clock.now());
  const contiguous = source.onlyIds === undefined;
  const request = {
    limit: source.limit,
    onlyIds: source.onlyIds,
    now,
    attributeIds: env.context.attributeIds,
  };
  const whole = async (ids?: readonly number[]): Promise<SourceProduct[]> => {
    const page = await readProductRows(env.store, env.context.store, {
      ...request,
      afterId: ids ? 0 : afterId,
      options: await source.options(ids?.length ?? source.limit),
      ...(ids ? { onlyIds: ids, limit: ids.length } : {}),
    });
    return page.rows.map((r) => mapProductRows(r, env.context.store, now));
  };
  if (!source.real || !contiguous) {
    const products = await whole();
    const ids = products.map((p) => p.productId);
    return {
      lastId: ids.at(-1),
      read: products.length,
      products,
      states: await loadStates(env.store, ids, contiguous),
      fingerprints: new Map(),
      records: new Map(),
      quietActions: {},
    };
  }
  const toRead: number[] = [];
  const sifted: Array<ReturnType<typeof siftPage>> = [];
  const records: Array<Map<number, QuietRecord>> = [];
  const gone: number[] = [];
  let lastId: number | undefined;
  let read = 0;
  for (let pages = 0; pages < MAX_PAGES_PER_BATCH && toRead.length < WHOLE_READ_BATCH; pages += 1) {
    const page = await readProductDigests(env.store, env.context.store.languageId, {
      ...request,
      afterId: lastId ?? afterId,
      optionDigests: source.optionDigests,
    });
    if (page.lastId === undefined) {
      break;
    }
    const ids = page.digests.map((d) => d.productId);
    const [units, pageRecords] = await Promise.all([
      loadUnitDigests(env.store, ids, contiguous),
      loadQuietRecords(env.store, ids, contiguous),
    ]);
    const sift = siftPage(page.digests, units, pageRecords, {
      context: env.context,
      now,
      unresolved: source.unresolved,
    });
    // Units of products the page no longer has (deleted from the store): planning archives or forgets them.
    const inPage = new Set(ids);
    gone.push(...[...units.keys()].filter((id) => !inPage.has(id)));
    toRead.push(...sift.ids);
    sifted.push(sift);
    records.push(pageRecords);
    lastId = page.lastId;
    read += ids.length;
  }
  const [products, states] = await Promise.all([
    toRead.length > 0 ? whole(toRead) : [],
    loadStates(
      env.store,
      [...toRead, ...gone].sort((a, b) => a - b),
      false,
    ),
  ]);
  const quietActions: UnitCounts = {};
  for (const sift of sifted) {
    addCounts(quietActions, sift.quietActions);
  }
  return {
    lastId,
    read,
    products,
    states,
    fingerprints: merged(sifted.map((s) => s.fingerprints)),
    records: merged(records),
    quietActions,
  };
}
