import type { OzonSettings } from '../../contract/ozon-settings';
import type { StoreDb } from '../../db/connection';
import type { PriceRules } from '../../pricing/compute-price';
import { currencyConversion } from '../../pricing/currency';
import { readOfferSettings } from '../../settings/offer-settings';
import { loadResolvedMapping, type ResolvedMapping } from '../mapping/resolved-mapping';
import { loadStoreContext } from '../source/store-context';
import type { ExportContext } from './export-context';
import { memoizeMapping } from './mapping-memo';
import { contextFingerprint } from './quiet/context-fingerprint';

/**
 * Loads what every payload of a run is built from: the merchant's Ozon settings, the resolved mapping and the
 * store's language, units and names. Texts are read in the settings' language of texts when the store has it,
 * else in Russian when it has it, else in the store's default language (settings/text-language.ts). Prices follow
 * the merchant's price rules (the offers settings), converted from the store's default currency into the settings'
 * Ozon currency, with the specials of the rules' customer group.
 */
export async function loadExportContext(
  store: StoreDb,
  settings: OzonSettings,
  storeUrl: string | undefined,
): Promise<ExportContext> {
  const mapping = await loadResolvedMapping(store, settings);
  const prices = (await readOfferSettings(store)).prices;
  const storeContext = await loadStoreContext(store, {
    languageCode: settings.descriptionLanguage,
    // The group whose specials are read (null: the store's default group); the fingerprint holds it with the rest.
    customerGroupId: prices.customerGroupId ?? undefined,
  });
  const priceRules: PriceRules = {
    currency: currencyConversion(storeContext.currencies, settings.currency),
    settings: prices,
  };
  const attributeIds = readAttributeIds(mapping);
  return {
    store: storeContext,
    mapping: memoizeMapping(mapping),
    settings,
    storeUrl,
    priceRules,
    attributeIds,
    fingerprint: contextFingerprint({
      mapping,
      storeContext,
      // What payloads read of the settings; never the credentials.
      settings: [settings.offerIdSource, settings.currency, settings.defaultVat, settings.vatByTaxClass],
      storeUrl,
      // The price settings whole: a changed markup or rounding changes every price, so every product is analysed.
      priceRules,
      attributeIds,
    }),
  };
}

/** The OpenCart attributes the mapping reads, in id order. */
function readAttributeIds(mapping: ResolvedMapping): number[] {
  const ids = new Set<number>();
  for (const leaf of mapping.leaves.values()) {
    for (const attribute of leaf.attributes) {
      const source = attribute.rule?.source;
      if (source?.kind === 'attribute') {
        ids.add(source.attributeId);
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}
