import type { OzonSettings } from '../../contract/ozon-settings';
import type { PriceRules } from '../../pricing/compute-price';
import type { ResolvedMapping } from '../mapping/resolved-mapping';
import type { StoreContext } from '../source/store-context';

/** Everything a payload is built from besides the product: loaded once per run. */
export interface ExportContext {
  readonly store: StoreContext;
  readonly mapping: ResolvedMapping;
  readonly settings: Pick<OzonSettings, 'offerIdSource' | 'currency' | 'defaultVat' | 'vatByTaxClass'>;
  /** The store's public URL (images are downloaded by Ozon from it); undefined when not configured. */
  readonly storeUrl: string | undefined;
  readonly priceRules: PriceRules;
  /** OpenCart attributes some rule of a mapped leaf takes its value from: the only ones read from the store. */
  readonly attributeIds: readonly number[];
  /** A hash of all of the above: equal between two runs when no payload can differ for their sake. */
  readonly fingerprint: string;
}
