import type { OzonLeafRef } from '../../src/catalog/mapping/leaf-choice';
import type { AttributeKey, OptionKey } from '../sample-store/catalogue';

/** Ozon attribute ids the demo maps (Ozon's real ids, which the emulator's seed uses too). */
export const DEMO_OZON_ATTRIBUTE = {
  colour: 10096,
  clothingSize: 4295,
  shoeSize: 4298,
  material: 4496,
  country: 4389,
  ballSize: 5289,
  compatibleModels: 7236,
  author: 4182,
  pages: 4194,
} as const;

type OzonKey = keyof typeof DEMO_OZON_ATTRIBUTE;
type SourceKey = { attribute: AttributeKey } | { option: OptionKey };

export interface DemoLeaf {
  /** Sample store leaf categories (bridge/scaffold/sample-store/catalogue.ts keys) mapped to this Ozon leaf. */
  readonly categories: readonly string[];
  readonly leaf: OzonLeafRef;
  readonly rules: ReadonlyArray<readonly [OzonKey, SourceKey]>;
}

const colour = ['colour', { attribute: 'colour' }] as const;
const material = ['material', { attribute: 'material' }] as const;
const country = ['country', { attribute: 'country' }] as const;

/**
 * The sample store's leaves on the emulator's seeded leaves. The seed has no hoodie or football-boot type, so
 * hoodies go to "Футболка" (the closest apparel type with Russian clothing sizes) and boots to "Кроссовки".
 */
export const DEMO_LEAVES: readonly DemoLeaf[] = [
  {
    categories: ['tshirts', 'hoodies'],
    leaf: { descriptionCategoryId: 17028922, typeId: 93080 },
    rules: [colour, material, country, ['clothingSize', { option: 'size' }]],
  },
  {
    categories: ['boots'],
    leaf: { descriptionCategoryId: 17028950, typeId: 93200 },
    rules: [colour, material, country, ['shoeSize', { option: 'shoeSize' }]],
  },
  {
    categories: ['balls'],
    leaf: { descriptionCategoryId: 17029010, typeId: 93300 },
    rules: [country, ['ballSize', { attribute: 'ballSize' }]],
  },
  {
    categories: ['cases'],
    leaf: { descriptionCategoryId: 17028971, typeId: 93400 },
    rules: [colour, material, ['compatibleModels', { attribute: 'compatible' }]],
  },
  {
    categories: ['fiction'],
    leaf: { descriptionCategoryId: 17029100, typeId: 93500 },
    rules: [country, ['author', { attribute: 'author' }], ['pages', { attribute: 'pages' }]],
  },
];

/**
 * OpenCart texts no automatic match can place, answered as a merchant would: letter sizes to Russian clothing
 * sizes, and plain "leather" to genuine leather.
 */
export const DEMO_CHOICES: ReadonlyArray<{ attribute: OzonKey; text: string; value: string }> = [
  { attribute: 'clothingSize', text: 'XS', value: '42' },
  { attribute: 'clothingSize', text: 'S', value: '44' },
  { attribute: 'clothingSize', text: 'M', value: '46' },
  { attribute: 'clothingSize', text: 'L', value: '48' },
  { attribute: 'clothingSize', text: 'XL', value: '50' },
  { attribute: 'clothingSize', text: 'XXL', value: '52' },
  { attribute: 'material', text: 'Кожа', value: 'Натуральная кожа' },
  { attribute: 'material', text: 'Leather', value: 'Натуральная кожа' },
];
