import { describe, expect, it } from 'vitest';
import { formFromSettings, type OfferForm, patchFromForm } from '../../admin-ui/src/pages/offers/offer-form';
import { offerSettingsPatchSchema, offerSettingsSchema } from '../../bridge/src/contract/offers';

const stored = offerSettingsSchema.parse({
  stock: {
    warehouses: [
      { warehouseId: '11', name: 'Moscow', share: 100 },
      { warehouseId: '99', name: 'Gone from Ozon', bulky: true, share: 100 },
    ],
    distribution: 'split',
    rule: { keepBack: 1, percent: 80, maximum: null, exclude: false },
    categories: { '20': { percent: 50 } },
    products: { '7': { exclude: true, maximum: 3 } },
  },
  prices: { customerGroupId: null, markupPercent: 10, oldPrice: 'percent' },
});
const listed = [
  { id: '11', name: 'Moscow' },
  { id: '12', name: 'Kazan' },
];

describe('the Stock & prices form', () => {
  it("lists Ozon's warehouses ticked where mapped, and keeps a mapped one Ozon no longer lists", () => {
    const form = formFromSettings(stored, listed);
    expect(form.warehouses.map((w) => [w.warehouseId, w.checked, w.bulky, w.share])).toEqual([
      ['11', true, false, '100'],
      ['12', false, false, '100'],
      ['99', true, true, '100'],
    ]);
    expect(form.products).toEqual([{ id: '7', keepBack: '', percent: '', maximum: '3', exclude: '1' }]);
  });

  it('marks an unmapped warehouse bulky as Ozon marks it, and a mapped one as the merchant saved it', () => {
    const form = formFromSettings(stored, [
      { id: '11', name: 'Moscow', bulky: true },
      { id: '13', name: 'Podolsk (КГТ)', bulky: true },
    ]);
    expect(form.warehouses.map((w) => [w.warehouseId, w.bulky])).toEqual([
      ['11', false],
      ['13', true],
      ['99', true],
    ]);
  });

  it('sends back exactly the stored rules when nothing was changed', () => {
    const patch = offerSettingsPatchSchema.parse(patchFromForm(formFromSettings(stored, listed)));
    expect(patch).toEqual(stored);
  });

  it('sends empty fields as "no maximum", "store default" and "as the broader rule", and text as the bridge judges it', () => {
    const form = formFromSettings(stored, listed);
    const edited: OfferForm = {
      ...form,
      rule: { ...form.rule, maximum: ' ', percent: 'many' },
      categories: [{ id: ' 21 ', keepBack: '2', percent: '', maximum: '', exclude: '' }],
      prices: { ...form.prices, customerGroupId: '' },
    };
    const patch = patchFromForm(edited);
    expect(patch.stock?.rule?.maximum).toBeNull();
    expect(patch.stock?.categories).toEqual({ '21': { keepBack: 2 } });
    expect(patch.prices?.customerGroupId).toBeNull();
    // NaN travels as null in JSON: the bridge names the field.
    const refused = offerSettingsPatchSchema.safeParse(JSON.parse(JSON.stringify(patch)));
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['stock.rule.percent']);
  });
});
