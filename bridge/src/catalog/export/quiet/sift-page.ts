import type { UnitsDigest } from '../../../unit-state/unit-digests';
import { activeSpecial } from '../../source/active-special';
import type { ProductDigest } from '../../source/product-digests';
import type { ExportContext } from '../export-context';
import { productFingerprint } from './fingerprint';
import { addCounts, type QuietRecord, type UnitCounts } from './fingerprint-rows';

/** A page split into the products to analyse and those passed over as quiet. */
export interface SiftedPage {
  /** The products to read whole and analyse, in id order. */
  readonly ids: number[];
  /** The fingerprint of every product to analyse. */
  readonly fingerprints: Map<number, string>;
  /** Units of the products passed over, by action, as their last analysis left them. */
  readonly quietActions: UnitCounts;
}

/**
 * Fingerprints every product of a page and leaves out those whose fingerprint is the one their
 * last quiet analysis recorded: nothing they are built from changed, so analysing them again would change
 * nothing. Only the others are read whole, checked and mapped into the export's model.
 */
export function siftPage(
  digests: readonly ProductDigest[],
  units: ReadonlyMap<number, UnitsDigest>,
  records: ReadonlyMap<number, QuietRecord>,
  run: {
    readonly context: ExportContext;
    readonly now: string;
    readonly unresolved: ReadonlySet<number>;
  },
): SiftedPage {
  const ids: number[] = [];
  const fingerprints = new Map<number, string>();
  const quietActions: UnitCounts = {};
  for (const product of digests) {
    const id = product.productId;
    const fingerprint = productFingerprint({
      context: run.context.fingerprint,
      product,
      specialPrice: activeSpecial(product.specials, run.context.store.customerGroupId, run.now)?.price,
      units: units.get(id),
      unresolved: run.unresolved,
    });
    const record = records.get(id);
    if (record?.fingerprint === fingerprint) {
      addCounts(quietActions, record.actions);
      continue;
    }
    fingerprints.set(id, fingerprint);
    ids.push(id);
  }
  return { ids, fingerprints, quietActions };
}
