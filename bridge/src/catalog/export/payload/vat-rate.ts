import type { vatRates } from '../../../ozon/schemas/common';

export type VatRate = (typeof vatRates)[number];

/**
 * Ozon's VAT rate for an OpenCart tax class: the merchant's mapping of tax classes to rates, else the default rate
 * (which also covers products without a tax class, id 0). OpenCart's tax rates are per geo zone and cannot be
 * turned into Ozon's single rate automatically.
 */
export function vatRate(
  taxClassId: number,
  byTaxClass: Readonly<Record<string, VatRate>>,
  defaultVat: VatRate,
): VatRate {
  return byTaxClass[String(taxClassId)] ?? defaultVat;
}
