import { type PriceSettings, priceSettingsSchema } from '../../../bridge/src/contract/offers';
import type { PriceRules } from '../../../bridge/src/pricing/compute-price';

/** Price rules with these settings (the rest default) and, when a rate is given, a store priced in EUR. */
export function rulesWith(settings: Partial<PriceSettings>, rate?: number): PriceRules {
  return {
    currency: rate === undefined ? { from: 'RUB', to: 'RUB', rate: 1 } : { from: 'EUR', to: 'RUB', rate },
    settings: priceSettingsSchema.parse(settings),
  };
}
