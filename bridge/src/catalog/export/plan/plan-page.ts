import type { StoreDb } from '../../../db/connection';
import { allOfferHolders, loadStates, offerHolders, unitKey } from '../../../unit-state/state-rows';
import type { SourceProduct } from '../../source/source-product';
import type { ExportContext } from '../export-context';
import type { UnitPayload } from '../payload/build-item';
import { buildProductPayloads } from '../payload/product-payloads';
import { unresolvedImports } from '../state/import-log';
import { markDuplicateOffers, type OfferHolder } from '../validation/duplicate-offers';
import { decideUnit, type UnitAction, type UnitState } from './decide';

/** A unit with its decision, as a dry run lists it and a real run acts on it. */
export interface PlannedUnit {
  readonly unit: UnitPayload;
  readonly enabled: boolean;
  readonly action: UnitAction;
  readonly row: UnitState | undefined;
}

/**
 * What a run keeps across its pages: the imports with an open outcome, and every offer_id claimed so far (the
 * stored ones, read once, plus those of the pages already planned), instead of asking the database per page.
 */
export interface RunMemory {
  readonly unresolved: ReadonlySet<number>;
  readonly holders: Map<string, OfferHolder>;
  /** Articles more than one stored unit carries. */
  readonly contested: ReadonlySet<string>;
}

/** The run memory of a whole-catalogue run. */
export async function loadRunMemory(store: StoreDb): Promise<RunMemory> {
  const unresolved = new Set((await unresolvedImports(store)).map((r) => r.id));
  const { holders, contested } = await allOfferHolders(store);
  return { unresolved, holders, contested };
}

/**
 * True when a unit keeps the article it is on record with and no other stored unit carries it: then nobody else
 * holds it or can claim it in this run (an article is only given up by a unit on record with it), so there is
 * nothing to look up. Most units of a steady catalogue are so, and the lookups in a map of every article of the
 * store were a twentieth of a whole-catalogue run.
 */
function keepsOwnOffer(
  unit: UnitPayload,
  row: UnitState | undefined,
  contested: ReadonlySet<string>,
): boolean {
  return (
    row !== undefined && unit.offerId !== '' && row.offerId === unit.offerId && !contested.has(unit.offerId)
  );
}

/** A unit whose article changed no longer holds its old one (another product may take it in this run). */
function releaseOldOffer(
  holders: Map<string, OfferHolder>,
  row: UnitState | undefined,
  offerId: string,
): void {
  if (row === undefined || row.offerId === offerId) {
    return;
  }
  const holder = holders.get(row.offerId);
  if (holder?.productId === row.productId && holder.variantKey === row.variantKey) {
    holders.delete(row.offerId);
  }
}

/** Units whose import item an export still needs after planning (the rest keep only their hash). */
function needsItem(action: UnitAction): boolean {
  return action === 'create' || action === 'update' || action === 'unarchive';
}

/**
 * Builds, checks and decides every unit of a page of products. Reads the stored state; writes nothing.
 *
 * With `memory` (a whole-catalogue run), each product is decided as soon as it is built and the import items of
 * units that will not be sent are let go at once: a steady-state export changes a few products in thousands, and
 * holding every item of a page until its end made the garbage collector copy them over and over. Without it (a few
 * selected products, the detail view), offer holders and open imports are queried for the page and every item is
 * kept, as a preview.
 */
export async function planPage(
  store: StoreDb,
  context: ExportContext,
  products: readonly SourceProduct[],
  memory?: RunMemory,
  /** The page's stored units, when the caller read them ahead (see runPages). */
  preloaded?: Map<string, UnitState>,
): Promise<{ planned: PlannedUnit[]; vanished: UnitState[] }> {
  const states =
    preloaded ??
    (await loadStates(
      store,
      products.map((p) => p.productId),
    ));
  const excluded = new Set<number>();
  for (const row of states.values()) {
    if (row.excluded) {
      excluded.add(row.productId);
    }
  }
  const planned: PlannedUnit[] = [];
  const current = new Set<string>();
  const decide = (unit: UnitPayload, product: SourceProduct, unresolved: ReadonlySet<number>): void => {
    const key = unitKey(unit.productId, unit.variantKey);
    current.add(key);
    const row = states.get(key);
    const flags = { enabled: product.enabled, excluded: excluded.has(product.productId) };
    const action = decideUnit(unit, flags, row, unresolved);
    if (memory && !needsItem(action)) {
      unit.item = undefined;
    }
    planned.push({ unit, enabled: product.enabled, row, action });
  };
  if (memory) {
    for (const product of products) {
      const built = buildProductPayloads(product, context);
      let ownOffers = true;
      for (const unit of built) {
        const row = states.get(unitKey(unit.productId, unit.variantKey));
        releaseOldOffer(memory.holders, row, unit.offerId);
        ownOffers &&= keepsOwnOffer(unit, row, memory.contested);
      }
      const units = ownOffers ? built : markDuplicateOffers(built, memory.holders);
      for (const unit of units) {
        if (!ownOffers && unit.offerId !== '' && !memory.holders.has(unit.offerId)) {
          memory.holders.set(unit.offerId, { productId: unit.productId, variantKey: unit.variantKey });
        }
        decide(unit, product, memory.unresolved);
      }
    }
  } else {
    const built = products.map((product) => ({ product, units: buildProductPayloads(product, context) }));
    const holders = await offerHolders(
      store,
      built.flatMap((b) => b.units.map((u) => u.offerId)),
    );
    // A product of this page that no longer carries an article it is on record with gives it up here, so that
    // another product of the page may take it in this run.
    const carried = new Set(
      built.flatMap((b) => b.units.map((u) => unitKey(u.productId, u.variantKey) + u.offerId)),
    );
    const inPage = new Set(products.map((p) => p.productId));
    for (const [offerId, holder] of holders) {
      if (
        inPage.has(holder.productId) &&
        !carried.has(unitKey(holder.productId, holder.variantKey) + offerId)
      ) {
        holders.delete(offerId);
      }
    }
    const unresolved = new Set((await unresolvedImports(store)).map((r) => r.id));
    const marked = markDuplicateOffers(
      built.flatMap((b) => b.units),
      holders,
    );
    const byProduct = new Map(products.map((p) => [p.productId, p]));
    for (const unit of marked) {
      const product = byProduct.get(unit.productId);
      if (product) {
        decide(unit, product, unresolved);
      }
    }
  }
  const vanished = [...states.entries()].filter(([key]) => !current.has(key)).map(([, row]) => row);
  return { planned, vanished };
}
