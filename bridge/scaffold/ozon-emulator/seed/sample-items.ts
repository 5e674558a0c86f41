import type { ImportItem } from '../../../src/ozon/schemas';
import { ATTR } from './attributes';
import { NO_BRAND_ID } from './dictionaries';

/**
 * A complete, valid import item for the seeded "Футболка" type (category 17028922, type 93080): every required
 * attribute filled from the dictionaries, real dimensions, RUB. Tests and the control API start from it.
 */
export function sampleTshirt(offerId: string, overrides: Partial<ImportItem> = {}): ImportItem {
  return {
    offer_id: offerId,
    name: `Футболка хлопковая базовая ${offerId}`,
    description_category_id: 17028922,
    type_id: 93080,
    price: '990',
    old_price: '1290',
    currency_code: 'RUB',
    vat: '0.2',
    barcode: `46${offerId.replace(/\D/g, '').padStart(11, '0').slice(-11)}`,
    images: [`https://cdn.example.com/images/${encodeURIComponent(offerId)}/1.jpg`],
    depth: 300,
    width: 250,
    height: 30,
    dimension_unit: 'mm',
    weight: 220,
    weight_unit: 'g',
    attributes: [
      { id: ATTR.brand, complex_id: 0, values: [{ dictionary_value_id: NO_BRAND_ID, value: 'Нет бренда' }] },
      { id: ATTR.colour, complex_id: 0, values: [{ dictionary_value_id: 61572, value: 'черный' }] },
      { id: ATTR.clothingSize, complex_id: 0, values: [{ dictionary_value_id: 972103, value: '46' }] },
      {
        id: ATTR.description,
        complex_id: 0,
        values: [{ value: '<p>Футболка из <b>100% хлопка</b>, прямой крой.</p>' }],
      },
      { id: ATTR.modelName, complex_id: 0, values: [{ value: `Базовая ${offerId}` }] },
    ],
    ...overrides,
  };
}
