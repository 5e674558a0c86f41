import type { OzonSettings } from '../../contract/ozon-settings';
import type { StoreDb } from '../../db/connection';
import { DEFAULT_PRICE_RULES } from '../../pricing/compute-price';
import { currencyConversion } from '../../pricing/currency';
import { loadResolvedMapping, type ResolvedMapping } from '../mapping/resolved-mapping';
import { loadStoreContext } from '../source/store-context';
import type { ExportContext } from './export-context';
import { memoizeMapping } from './mapping-memo';
import { contextFingerprint } from './quiet/context-fingerprint';

/**
 * Loads what every payload of a run is built from: the merchant's Ozon settings, the resolved mapping and the
 * store's language, units and names. Texts are read in the settings' language of texts when the store has it,
 * else in Russian when it has it, else in the store's default language (settings/text-language.ts). Prices are
 * converted from the store's default currency into the settings' Ozon currency.
 */
export async function loadExportContext(
  store: StoreDb,
  settings: OzonSettings,
  storeUrl: string | undefined,
): Promise<ExportContext> {
  const mapping = await loadResolvedMapping(store, settings);
  const storeContext = await loadStoreContext(store, { languageCode: settings.descriptionLanguage });
  const priceRules = {
    ...DEFAULT_PRICE_RULES,
    currency: currencyConversion(storeContext.currencies, settings.currency),
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
