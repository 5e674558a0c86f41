import {
  type AttributeKey,
  type OptionKey,
  SAMPLE_ADJECTIVES,
  SAMPLE_ATTRIBUTES,
  SAMPLE_BRANDS,
} from './catalogue';
import { type LanguageKey, productDescription, productName } from './product-text';
import { ean13, type Random } from './random';
import type { FlatCategory } from './tree';

/** OpenCart's default unit classes with their factors against kg and cm. */
const WEIGHT_CLASSES = [
  { id: 1, perKg: 1 },
  { id: 2, perKg: 1000 },
  { id: 5, perKg: 2.2046 },
  { id: 6, perKg: 35.274 },
] as const;
const LENGTH_CLASSES = [
  { id: 1, perCm: 1 },
  { id: 2, perCm: 10 },
  { id: 3, perCm: 0.3937 },
] as const;

const BRANDS_BY_LEAF: Record<string, readonly string[]> = {
  tshirts: ['Nike', 'Adidas', 'Puma', 'Demix', 'LC Waikiki', 'Koton'],
  hoodies: ['Nike', 'Adidas', 'Puma', 'LC Waikiki', 'Koton'],
  balls: ['Nike', 'Adidas', 'Puma', 'Demix', 'Joma'],
  boots: ['Nike', 'Adidas', 'Puma', 'Joma'],
  cases: ['Samsung', 'Xiaomi', 'Baseus'],
  fiction: ['Эксмо', 'АСТ'],
};

/** Why a generated product is deliberately incomplete; tests and the demo expect these to be refused. */
export type Flaw = 'no-weight' | 'no-image' | 'long-name' | 'long-model' | 'duplicate-model' | 'zero-size';

/** Which flaw product number `n` (1-based) carries, if any: a fixed pattern so every store size has some. */
const FLAW_PATTERN: ReadonlyArray<readonly [modulus: number, remainder: number, flaw: Flaw]> = [
  [37, 5, 'no-weight'],
  [41, 7, 'no-image'],
  [53, 11, 'long-name'],
  [59, 13, 'long-model'],
  [67, 17, 'duplicate-model'],
  [71, 19, 'zero-size'],
];

/** Which flaw product number `n` (1-based) carries, if any: a fixed pattern so every store size has some. */
export function flawOf(n: number): Flaw | undefined {
  return FLAW_PATTERN.find(([modulus, remainder]) => n % modulus === remainder)?.[2];
}

export interface LanguageIds {
  readonly en: number;
  readonly ru: number;
  readonly tr: number;
}

export interface ProductRows {
  product: Record<string, unknown>;
  descriptions: Array<Record<string, unknown>>;
  images: Array<Record<string, unknown>>;
  attributes: Array<Record<string, unknown>>;
  special: Record<string, unknown> | undefined;
  options: Array<{ option: OptionKey; values: Array<{ index: number; quantity: number; price: string }> }>;
  flaw: Flaw | undefined;
}

function round(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** Every row of one generated product, deterministic for (seed, n). */
export function productRows(
  n: number,
  random: Random,
  leaves: readonly FlatCategory[],
  brandIds: ReadonlyMap<string, number>,
  attributeIds: Readonly<Record<AttributeKey, number>>,
  languages: LanguageIds,
  now: string,
): ProductRows {
  const category = leaves[(n - 1) % leaves.length];
  const leaf = category?.leaf;
  if (category === undefined || leaf === undefined || leaf.shape === undefined) {
    throw new Error('sample tree has a leaf without a shape');
  }
  const flaw = flawOf(n);
  const brand = random.pick(BRANDS_BY_LEAF[leaf.key] ?? SAMPLE_BRANDS);
  const adjective = random.pick(SAMPLE_ADJECTIVES);
  const grams = random.int(leaf.shape.grams[0], leaf.shape.grams[1]);
  const weightClass = random.pick(WEIGHT_CLASSES);
  const lengthClass = random.pick(LENGTH_CLASSES);
  const [l, w, h] = leaf.shape.mm.map((mm) => (mm / 10) * (0.9 + random.next() * 0.2) * lengthClass.perCm);
  const price = random.int(leaf.shape.price[0], leaf.shape.price[1]);
  // The previous product's model, exactly: its leaf is the one before this product's in the rotation.
  const previousLeaf = leaves[(n - 2 + leaves.length) % leaves.length]?.leaf?.key ?? leaf.key;
  const model =
    flaw === 'duplicate-model'
      ? `MS-${previousLeaf.toUpperCase()}-${String(n - 1).padStart(6, '0')}`
      : flaw === 'long-model'
        ? `MS-${leaf.key.toUpperCase()}-${String(n).padStart(6, '0')}-${'EXTRA-LONG-ARTICLE-'.repeat(3)}`
        : `MS-${leaf.key.toUpperCase()}-${String(n).padStart(6, '0')}`;
  const imageBase = `catalog/meschain/${leaf.key}/${n}`;
  const imageCount = flaw === 'no-image' ? 0 : random.int(1, 5);

  const descriptions = (Object.keys(languages) as LanguageKey[]).map((lang) => {
    let name = productName(leaf, brand, adjective, n, lang);
    if (flaw === 'long-name') {
      name = `${name} ${'— extended edition with many words '.repeat(10)}`.slice(0, 255);
    }
    return {
      productId: n,
      languageId: languages[lang],
      name,
      description: productDescription(name, random, lang),
      tag: '',
      metaTitle: name.slice(0, 255),
      metaDescription: '',
      metaKeyword: '',
    };
  });

  const attributes = (leaf.attributes ?? []).flatMap((key) => {
    const value = random.pick(SAMPLE_ATTRIBUTES[key].values);
    return (Object.keys(languages) as LanguageKey[]).map((lang) => ({
      productId: n,
      attributeId: attributeIds[key],
      languageId: languages[lang],
      text: value[lang],
    }));
  });

  const options = (leaf.options ?? []).map((option) => {
    const count = random.int(2, 5);
    const start = random.int(0, 6 - count);
    return {
      option,
      values: Array.from({ length: count }, (_, i) => ({
        index: start + i,
        quantity: random.int(0, 40),
        price: i === count - 1 && random.chance(0.3) ? '100.0000' : '0.0000',
      })),
    };
  });
  const optionStock = options[0]?.values.reduce((sum, v) => sum + v.quantity, 0);

  const special =
    random.chance(0.15) || n % 61 === 3
      ? {
          productId: n,
          customerGroupId: 1,
          priority: 1,
          // n % 61 === 3: a special only 1 % below the price, too small a discount for Ozon's old-price rule.
          price: round(n % 61 === 3 ? price * 0.99 : price * 0.8, 4),
          dateStart: '0000-00-00',
          dateEnd: '0000-00-00',
        }
      : undefined;

  return {
    flaw,
    product: {
      productId: n,
      model,
      sku: `SKU${String(n).padStart(7, '0')}`,
      upc: '',
      ean: ean13(random),
      jan: '',
      isbn: '',
      mpn: '',
      location: '',
      quantity: optionStock ?? random.int(0, 200),
      stockStatusId: 7,
      image: imageCount > 0 ? `${imageBase}-1.jpg` : '',
      manufacturerId: brandIds.get(brand) ?? 0,
      shipping: 1,
      price: round(price, 4),
      points: 0,
      taxClassId: random.chance(0.8) ? 9 : 0,
      dateAvailable: '2026-01-01',
      weight: flaw === 'no-weight' ? '0.00000000' : round((grams / 1000) * weightClass.perKg, 8),
      weightClassId: weightClass.id,
      length: flaw === 'zero-size' ? '0.00000000' : round(l ?? 0, 8),
      width: round(w ?? 0, 8),
      height: round(h ?? 0, 8),
      lengthClassId: lengthClass.id,
      subtract: 1,
      minimum: 1,
      sortOrder: 0,
      status: n % 29 === 0 ? 0 : 1,
      viewed: 0,
      dateAdded: now,
      dateModified: now,
    },
    descriptions,
    images: Array.from({ length: Math.max(0, imageCount - 1) }, (_, i) => ({
      productId: n,
      image: `${imageBase}-${i + 2}.jpg`,
      sortOrder: i + 1,
    })),
    attributes,
    special,
    options,
  };
}
