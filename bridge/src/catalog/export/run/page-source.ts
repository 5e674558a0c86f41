import { loadStates } from '../../../unit-state/state-rows';
import { loadUnitDigests } from '../../../unit-state/unit-digests';
import type { UnitState } from '../../../unit-state/unit-state';
import { sqlDateTime } from '../../source/active-special';
import { mapProductRows } from '../../source/map-product';
import { type OptionSource, queryOptionSource } from '../../source/option-index';
import { readProductDigests } from '../../source/product-digests';
import { readProductRows } from '../../source/read-products';
import type { SourceProduct } from '../../source/source-product';
import { loadQuietRecords, type QuietRecord, type UnitCounts } from '../quiet/fingerprint-rows';
import { siftPage } from '../quiet/sift-page';
import type { RunEnv } from './run-env';

/** A page of the catalogue, ready to plan. */
export interface PageToPlan {
  /** The last product_id of the page: the next page's start. Undefined when the page was empty. */
  readonly lastId: number | undefined;
  /** Products the page covers, planned or passed over. */
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
  readonly options: OptionSource | undefined;
  /** A real run: products are fingerprinted first and only those not quiet are read whole. */
  readonly real: boolean;
  readonly passOverQuiet: boolean;
  readonly unresolved: ReadonlySet<number>;
}

/**
 * Reads the page after `afterId`. A dry run reads every product whole, as it lists each verdict. A real run reads
 * the page's digests first (the database hashes the rows) with the stored units and quiet records, and then reads
 * whole only the products whose fingerprint changed: on a steady catalogue, a few in a thousand.
 */
export async function readPageToPlan(
  env: RunEnv,
  afterId: number,
  source: PageSourceOptions,
): Promise<PageToPlan> {
  const now = sqlDateTime(env.clock.now());
  const contiguous = source.onlyIds === undefined;
  const request = {
    afterId,
    limit: source.limit,
    onlyIds: source.onlyIds,
    now,
    attributeIds: env.context.attributeIds,
  };
  const whole = async (ids?: readonly number[]): Promise<SourceProduct[]> => {
    const page = await readProductRows(env.store, env.context.store, {
      ...request,
      options: source.options,
      ...(ids ? { afterId: 0, onlyIds: ids } : {}),
    });
    return page.rows.map((r) => mapProductRows(r, env.context.store, now));
  };
  if (!source.real) {
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
  const page = await readProductDigests(env.store, env.context.store.languageId, {
    ...request,
    options: source.options ?? queryOptionSource(env.store),
  });
  const ids = page.digests.map((d) => d.productId);
  const [units, records] = await Promise.all([
    loadUnitDigests(env.store, ids, contiguous),
    loadQuietRecords(env.store, ids, contiguous),
  ]);
  const sifted = siftPage(page.digests, units, records, {
    context: env.context,
    now,
    unresolved: source.unresolved,
    passOver: source.passOverQuiet,
  });
  // Units of products the page no longer has (deleted from the store): planning archives or forgets them.
  const inPage = new Set(ids);
  const gone = [...units.keys()].filter((id) => !inPage.has(id));
  const [products, states] = await Promise.all([
    sifted.ids.length > 0 ? whole(sifted.ids) : [],
    loadStates(
      env.store,
      [...sifted.ids, ...gone].sort((a, b) => a - b),
      false,
    ),
  ]);
  return {
    lastId: page.lastId,
    read: ids.length,
    products,
    states,
    fingerprints: sifted.fingerprints,
    records,
    quietActions: sifted.quietActions,
  };
}
