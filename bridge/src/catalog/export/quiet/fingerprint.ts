import { hash } from 'node:crypto';
import type { UnitsDigest } from '../../../unit-state/unit-digests';
import type { ProductDigest } from '../../source/product-digests';

/** What a product's analysis reads, besides the run's context. */
export interface FingerprintInput {
  /** The export context's fingerprint (settings, mapping, store names, bridge version). */
  readonly context: string;
  /** What the product is made of, as the database hashed it, and its specials. */
  readonly product: ProductDigest;
  /** The price of the special running now: the rows stay the same when a special starts or ends. */
  readonly specialPrice: string | undefined;
  /** The product's stored units (none before its first analysis). */
  readonly units: UnitsDigest | undefined;
  /** Imports with an open outcome: a unit carried by one is left alone until it settles. */
  readonly unresolved: ReadonlySet<number>;
}

/**
 * A hash of everything one product's analysis depends on. Two runs that compute the same one would plan the
 * product the same way; if the first found it quiet (nothing to write, nothing to send), so would the second.
 */
export function productFingerprint(input: FingerprintInput): string {
  const inFlight = input.units?.importIds.some((id) => input.unresolved.has(id)) ?? false;
  return hash(
    'sha1',
    JSON.stringify([
      input.context,
      input.specialPrice ?? null,
      input.units?.digest ?? null,
      inFlight,
      input.product.digest,
      input.product.specials,
    ]),
    'base64',
  );
}
