import { describe, expect, it } from 'vitest';
import { sampleTshirt } from '../../../bridge/scaffold/ozon-emulator';
import { buildAttributes } from '../../../bridge/src/catalog/export/payload/attributes';
import type { UnitPayload } from '../../../bridge/src/catalog/export/payload/build-item';
import { cleanDescription } from '../../../bridge/src/catalog/export/payload/description-html';
import { imageUrls } from '../../../bridge/src/catalog/export/payload/image-urls';
import { variantOfferId } from '../../../bridge/src/catalog/export/payload/offer-id';
import { payloadHash } from '../../../bridge/src/catalog/export/payload/payload-hash';
import { plainText, productName } from '../../../bridge/src/catalog/export/payload/product-name';
import { exportUnits } from '../../../bridge/src/catalog/export/payload/variants';
import { decideUnit, type UnitState } from '../../../bridge/src/catalog/export/plan/decide';
import { markDuplicateOffers } from '../../../bridge/src/catalog/export/validation/duplicate-offers';
import { preflightChecks } from '../../../bridge/src/catalog/export/validation/preflight-checks';
import { whereSourceLives } from '../../../bridge/src/catalog/export/validation/where-to-fix';
import type { ResolvedAttribute, ResolvedLeaf } from '../../../bridge/src/catalog/mapping/resolved-mapping';
import { resolveAttributeValues } from '../../../bridge/src/catalog/mapping/value-resolution';
import { activeSpecial } from '../../../bridge/src/catalog/source/active-special';
import type { SourceProduct } from '../../../bridge/src/catalog/source/source-product';
import { computePrice, DEFAULT_PRICE_RULES } from '../../../bridge/src/pricing/compute-price';
import { currencyConversion } from '../../../bridge/src/pricing/currency';
import { density, packageSize } from '../../../bridge/src/units/package-size';
import { GRAM_ANCHORS, MILLIMETRE_ANCHORS, unitConverter } from '../../../bridge/src/units/unit-classes';

/** OpenCart's default classes: kg (1), g (1000), lb, oz; cm (1), mm (10), in. */
const grams = unitConverter(
  [
    { id: 1, value: 1, units: ['kg'] },
    { id: 2, value: 1000, units: ['g'] },
    { id: 5, value: 2.2046, units: ['lb'] },
    { id: 6, value: 35.274, units: ['oz'] },
  ],
  GRAM_ANCHORS,
);
const millimetres = unitConverter(
  [
    { id: 1, value: 1, units: ['cm'] },
    { id: 2, value: 10, units: ['mm'] },
    { id: 3, value: 0.3937, units: ['in'] },
  ],
  MILLIMETRE_ANCHORS,
);

function escaped(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('description cleaning', () => {
  it('undoes OpenCart escaping and keeps only the tags Ozon renders', () => {
    const stored = escaped(
      '<h2 class="x">Title</h2><p style="color:red">A&nbsp;&nbsp;line <span>with</span> <strong>bold</strong> and <em>it</em></p>' +
        '<script>track()</script><style>p{}</style><table><tr><td>cell</td></tr></table><iframe src="x"></iframe>' +
        '<ul><li>one</li><li></li></ul><p> </p>',
    );
    expect(cleanDescription(stored)).toBe(
      'Title<p>A line with <b>bold</b> and <i>it</i></p><ul><li>one</li></ul>',
    );
  });

  it('drops elements left empty and whitespace next to blocks', () => {
    expect(cleanDescription(escaped('<div><p> <b> </b> </p><ul> <li> x </li> </ul></div>'))).toBe(
      '<ul><li>x</li></ul>',
    );
    expect(cleanDescription(escaped('<p>a</p>\n\n<p>b <i>c</i>d</p>'))).toBe('<p>a</p><p>b <i>c</i>d</p>');
    expect(cleanDescription('plain text, not escaped')).toBe('plain text, not escaped');
  });

  it('balances tags, escapes stray characters and decodes entities once', () => {
    expect(cleanDescription(escaped('<p>a < b &amp; c<br/>d'))).toBe('<p>a &lt; b &amp; c<br>d</p>');
    expect(cleanDescription(escaped('</b>x</p>'))).toBe('x');
    expect(cleanDescription(escaped('Цена &laquo;ниже&raquo; 5&#8381;'))).toBe('Цена «ниже» 5₽');
  });

  it('ends a tag at its own ">", not at a ">" inside a quoted attribute value', () => {
    expect(cleanDescription(escaped('<p><a title="x>y">text</a> and <img alt=\'1 > 0\'> more</p>'))).toBe(
      '<p>text and more</p>',
    );
  });

  it('drops a dropped element with everything nested in it, and nests tags the way a browser does', () => {
    const nestedTables = '<table><tr><td><table><tr><td>x</td></tr></table>inner</td></tr></table>';
    expect(cleanDescription(escaped(`<p>a</p>${nestedTables}<p>b</p>`))).toBe('<p>a</p><p>b</p>');
    expect(cleanDescription(escaped('<!DOCTYPE html><p>Intro<ul><li>one</li></ul></p>a</br>b'))).toBe(
      '<p>Intro</p><ul><li>one</li></ul>a<br>b',
    );
  });
});

describe('names, images, articles', () => {
  it('makes plain one-line names, with the variant value', () => {
    expect(plainText('  Mug &amp; Cup\n <b>XL</b>&nbsp;')).toBe('Mug & Cup XL');
    expect(productName('Футболка Nike', 'M')).toBe('Футболка Nike, M');
  });

  it('builds encoded public image URLs, main first, without duplicates, at most 30', () => {
    expect(
      imageUrls(['catalog/a b.jpg', 'catalog/Фото 1.jpg', 'catalog/a b.jpg'], 'https://shop.example'),
    ).toEqual([
      'https://shop.example/image/catalog/a%20b.jpg',
      'https://shop.example/image/catalog/%D0%A4%D0%BE%D1%82%D0%BE%201.jpg',
    ]);
    const many = Array.from({ length: 40 }, (_, i) => `p/${i}.jpg`);
    expect(imageUrls(many, 'https://shop.example/')).toHaveLength(30);
  });

  it('derives variant articles from the option value', () => {
    expect(variantOfferId('MS-1', 'XL', 105)).toBe('MS-1-XL');
    expect(variantOfferId('MS-1', 'Тёмно синий / 2', 7)).toBe('MS-1-ТЁМНО-СИНИЙ-2');
    expect(variantOfferId('MS-1', '***', 7)).toBe('MS-1-7');
  });
});

describe('units', () => {
  it('converts every OpenCart class to whole grams and millimetres', () => {
    const size = (weight: number, weightClassId: number, side: number, lengthClassId: number) =>
      packageSize(
        { weight, weightClassId, length: side, width: side, height: side, lengthClassId },
        millimetres,
        grams,
      ).size;
    expect(size(1.5, 1, 10, 1)).toMatchObject({
      weight: 1500,
      depth: 100,
      weight_unit: 'g',
      dimension_unit: 'mm',
    });
    expect(size(250, 2, 95, 2)).toMatchObject({ weight: 250, depth: 95 });
    expect(size(1, 5, 1, 3)).toMatchObject({ weight: 454, depth: 25 });
    expect(size(16, 6, 0.01, 2)).toMatchObject({ weight: 454, depth: 1 });
    expect(size(0, 1, 0, 1)).toMatchObject({ weight: 0, depth: 0 });
  });

  it('uses the factors relative to whatever class is the default', () => {
    // A store whose default is grams: kg has the factor 0.001.
    const g = unitConverter(
      [
        { id: 7, value: 1, units: ['g'] },
        { id: 8, value: 0.001, units: ['kg'] },
      ],
      GRAM_ANCHORS,
    );
    expect(g?.convert(2, 8)).toBeCloseTo(2000);
    expect(unitConverter([{ id: 1, value: 1, units: ['stone'] }], GRAM_ANCHORS)).toBeUndefined();
  });

  it('reports unknown classes, zero sizes, impossible density and too heavy a package', () => {
    const base = {
      offerId: 'A',
      offerIdLabel: 'Model',
      offerIdWhere: 'Model',
      name: 'n',
      images: ['x'],
      price: '100',
      storeUrlSet: true,
      inStore: true,
    };
    const check = (
      weight: number,
      side: number,
      problems: Parameters<typeof preflightChecks>[0]['sizeProblems'] = [],
    ) =>
      preflightChecks({
        ...base,
        size: { depth: side, width: side, height: side, dimension_unit: 'mm', weight, weight_unit: 'g' },
        sizeProblems: problems,
      }).map((p) => p.code);
    expect(check(100, 100)).toEqual([]);
    expect(check(0, 100)).toEqual(['no_weight']);
    expect(check(100, 0)).toEqual(['no_size']);
    expect(check(20_000, 10)).toEqual(['impossible_density']);
    expect(check(1, 1000)).toEqual(['impossible_density']);
    expect(check(2_000_000, 2000)).toEqual(['weight_too_big']);
    expect(check(0, 100, [{ kind: 'unknown-weight-class', classId: 9 }])).toEqual(['unknown_weight_class']);
    expect(
      density({ depth: 100, width: 100, height: 100, dimension_unit: 'mm', weight: 1000, weight_unit: 'g' }),
    ).toBe(1);
  });

  it('checks articles, names, images and price with where to fix them', () => {
    const problems = preflightChecks({
      offerId: 'X'.repeat(51),
      offerIdLabel: 'Model',
      offerIdWhere: "Model on the product's Data tab in Catalog › Products",
      name: 'N'.repeat(501),
      images: [],
      size: { depth: 10, width: 10, height: 10, dimension_unit: 'mm', weight: 1, weight_unit: 'g' },
      sizeProblems: [],
      price: '0',
      storeUrlSet: true,
      inStore: true,
    });
    expect(problems.map((p) => p.code)).toEqual([
      'offer_id_too_long',
      'name_too_long',
      'no_image',
      'price_zero',
    ]);
    expect(problems[0]?.message).toContain("shorten Model on the product's Data tab");
    expect(problems[2]?.message).toBe(
      "No image: add an Image on the product's Image tab in Catalog › Products",
    );
  });
});

describe('price', () => {
  const rules = DEFAULT_PRICE_RULES;
  it('sends the price, or the special with the regular price struck through where Ozon allows it', () => {
    expect(computePrice({ price: 1490, specialPrice: null }, rules)).toEqual({
      price: '1490',
      oldPrice: undefined,
      note: undefined,
    });
    expect(computePrice({ price: 1490, specialPrice: 1192 }, rules)).toMatchObject({
      price: '1192',
      oldPrice: '1490',
    });
    const regularOnly = { ...rules, settings: { ...rules.settings, source: 'price' as const } };
    expect(computePrice({ price: 1490, specialPrice: 1192 }, regularOnly)).toMatchObject({ price: '1490' });
    expect(computePrice({ price: 1000, specialPrice: 990 }, rules)).toMatchObject({
      price: '990',
      oldPrice: undefined,
      note: expect.stringContaining('5 %'),
    });
    expect(computePrice({ price: 390, specialPrice: 375 }, rules).oldPrice).toBeUndefined();
    expect(computePrice({ price: 390, specialPrice: 360 }, rules).oldPrice).toBe('390');
    expect(computePrice({ price: 20_000, specialPrice: 19_600 }, rules).oldPrice).toBeUndefined();
    expect(computePrice({ price: 20_000, specialPrice: 19_000 }, rules).oldPrice).toBe('20000');
    expect(computePrice({ price: 1000, specialPrice: 50 }, rules)).toMatchObject({
      price: '50',
      oldPrice: undefined,
    });
    expect(computePrice({ price: 1000, specialPrice: 1200 }, rules)).toMatchObject({
      price: '1000',
      oldPrice: undefined,
    });
    expect(computePrice({ price: 999.999, specialPrice: null, priceDelta: 100.5 }, rules).price).toBe(
      '1100.5',
    );
  });

  it('converts from the store currency with OpenCart rates, judging the old-price rule on converted amounts', () => {
    const usd = (values: Record<string, number>) => ({
      defaultCode: 'USD',
      values: new Map(Object.entries(values)),
    });
    const rub = currencyConversion(usd({ USD: 1, EUR: 0.78, RUB: 90.5 }), 'RUB');
    expect(rub).toEqual({ from: 'USD', to: 'RUB', rate: 90.5 });
    const inRub = { ...rules, currency: rub };
    expect(computePrice({ price: 101, specialPrice: null }, inRub)).toMatchObject({ price: '9140.5' });
    expect(computePrice({ price: 101, specialPrice: 80 }, inRub)).toMatchObject({
      price: '7240',
      oldPrice: '9140.5',
    });
    expect(computePrice({ price: 19.99, specialPrice: null, priceDelta: 0.011 }, inRub).price).toBe(
      '1810.09',
    );
    // 4.70 below 5.00 is no discount Ozon shows in dollars (under 20), but 425.35 below 452.50 RUB is (over 5 %).
    expect(computePrice({ price: 5, specialPrice: 4.7 }, rules).oldPrice).toBeUndefined();
    expect(computePrice({ price: 5, specialPrice: 4.7 }, inRub)).toMatchObject({
      price: '425.35',
      oldPrice: '452.5',
    });
    // Rates are relative to the default currency, which OpenCart defines as 1 (a drifted row is divided out).
    expect(currencyConversion(usd({ USD: 2, RUB: 181 }), 'RUB').rate).toBe(90.5);
    expect(currencyConversion(usd({}), 'USD').rate).toBe(1);
    expect(computePrice({ price: 1.005, specialPrice: null }, rules).price).toBe('1.01');
  });

  it('refuses to price a product when the store has no rate for the Ozon currency, saying what to do', () => {
    for (const values of [
      { USD: 1, EUR: 0.78 },
      { USD: 1, RUB: 0 },
    ]) {
      const none = currencyConversion({ defaultCode: 'USD', values: new Map(Object.entries(values)) }, 'RUB');
      expect(none.rate).toBeUndefined();
      const refused = computePrice({ price: 101, specialPrice: 90 }, { ...rules, currency: none });
      expect(refused.refusal?.code).toBe('currency_rate_missing');
      expect(refused.refusal?.message).toContain('System › Localisation › Currencies');
      expect(refused.refusal?.message).toContain('add RUB');
      expect(refused.refusal?.message).toContain('how many RUB one USD is worth');
      expect(refused.oldPrice).toBeUndefined();
    }
    const noDefault = currencyConversion({ defaultCode: '', values: new Map([['RUB', 1]]) }, 'RUB');
    expect(
      computePrice({ price: 1, specialPrice: null }, { ...rules, currency: noDefault }).refusal?.message,
    ).toContain('Local tab');
  });

  it('takes the special OpenCart shows today: dates, customer group, priority, price', () => {
    const row = {
      customerGroupId: 1,
      priority: 1,
      price: '100',
      dateStart: '0000-00-00',
      dateEnd: '0000-00-00',
    };
    const now = '2026-03-10 12:00:00';
    expect(activeSpecial([row], 1, now)).toBe(row);
    expect(activeSpecial([row], 2, now)).toBeUndefined();
    expect(activeSpecial([{ ...row, dateStart: '2026-03-11' }], 1, now)).toBeUndefined();
    expect(activeSpecial([{ ...row, dateEnd: '2026-03-10' }], 1, now)).toBeUndefined();
    expect(activeSpecial([{ ...row, dateStart: '2026-03-10', dateEnd: '2026-03-11' }], 1, now)).toBeDefined();
    const cheaper = { ...row, price: '90' };
    const preferred = { ...row, priority: 0, price: '95' };
    expect(activeSpecial([row, cheaper], 1, now)).toBe(cheaper);
    expect(activeSpecial([row, cheaper, preferred], 1, now)).toBe(preferred);
  });
});

function product(overrides: Partial<SourceProduct> = {}): SourceProduct {
  return {
    productId: 1,
    model: 'M-1',
    sku: '',
    upc: '',
    ean: '',
    jan: '',
    isbn: '',
    mpn: '',
    location: '',
    quantity: 9,
    enabled: true,
    inStore: true,
    price: 100,
    specialPrice: null,
    images: ['a.jpg'],
    manufacturer: { id: 1, name: 'Nike' },
    taxClassId: 9,
    weight: 1,
    weightClassId: 1,
    length: 1,
    width: 1,
    height: 1,
    lengthClassId: 1,
    name: 'Shirt',
    description: '',
    metaTitle: '',
    tag: '',
    categoryIds: [],
    attributes: [{ attributeId: 2, name: 'Colour', text: 'Чёрный' }],
    options: [
      {
        productOptionId: 1,
        optionId: 3,
        name: 'Colour',
        type: 'select',
        required: true,
        values: [
          {
            productOptionValueId: 1,
            optionValueId: 301,
            name: 'Red',
            quantity: 2,
            priceDelta: 0,
            weightDelta: 0,
            sortOrder: 0,
          },
        ],
      },
      {
        productOptionId: 2,
        optionId: 1,
        name: 'Size',
        type: 'select',
        required: true,
        values: [
          {
            productOptionValueId: 2,
            optionValueId: 101,
            name: 'S',
            quantity: 4,
            priceDelta: 0,
            weightDelta: 0,
            sortOrder: 0,
          },
          {
            productOptionValueId: 3,
            optionValueId: 102,
            name: 'M',
            quantity: 0,
            priceDelta: 10,
            weightDelta: 0,
            sortOrder: 1,
          },
        ],
      },
    ],
    dateModified: '2026-01-01 00:00:00',
    ...overrides,
  };
}

describe('variants', () => {
  it('splits on an option the mapping reads, each value with its own stock', () => {
    const units = exportUnits(product(), [1]);
    expect(units.map((u) => [u.variantKey, u.stock, u.variant?.valueName])).toEqual([
      ['101', 4, 'S'],
      ['102', 0, 'M'],
    ]);
    // Both options mapped: the product's first one carries the stock.
    expect(exportUnits(product(), [1, 3]).map((u) => u.variantKey)).toEqual(['301']);
    // An option the mapping does not read (gift wrapping) does not split the product.
    expect(exportUnits(product(), []).map((u) => [u.variantKey, u.stock])).toEqual([['', 9]]);
  });
});

function attribute(id: number, overrides: Partial<ResolvedAttribute> = {}): ResolvedAttribute {
  return {
    attributeId: id,
    complexId: 0,
    name: `Attr ${id}`,
    nameEn: '',
    description: '',
    type: 'String',
    isCollection: false,
    isRequired: true,
    isAspect: false,
    maxValueCount: 0,
    groupName: '',
    dictionaryId: 0,
    categoryDependent: false,
    rule: undefined,
    ruleOrigin: 'unmapped',
    ...overrides,
  };
}

function leafOf(attributes: ResolvedAttribute[], dictionary: Record<string, number>): ResolvedLeaf {
  const byId = new Map(attributes.map((a) => [a.attributeId, a]));
  const match = (text: string) => {
    const id = dictionary[text.toLowerCase().replace('ё', 'е')];
    return id === undefined ? undefined : { id, value: text.toLowerCase(), how: 'normalised' as const };
  };
  return {
    descriptionCategoryId: 1,
    typeId: 2,
    name: 'Футболка',
    path: '',
    attributesCached: true,
    attributes,
    attribute: (id) => byId.get(id),
    variantOptionIds: [1],
    resolveDictionary: (_id, text) => match(text),
    resolveValues(id, texts) {
      const a = byId.get(id);
      if (!a) {
        return { ok: false, problem: 'empty' };
      }
      return resolveAttributeValues(a, texts, a.dictionaryId > 0 ? match : () => undefined, a.rule?.fallback);
    },
  };
}

describe('attributes from the mapping', () => {
  const texts = { name: 'Shirt, S', descriptionHtml: '<p>x</p>' };
  it('sends dictionary ids and says precisely what is missing and where to fix it', () => {
    const leaf = leafOf(
      [
        attribute(10096, {
          name: 'Цвет товара',
          dictionaryId: 10096,
          rule: { source: { kind: 'attribute', attributeId: 2 } },
        }),
        attribute(4295, {
          name: 'Размер',
          dictionaryId: 4295,
          rule: { source: { kind: 'option', optionId: 1 } },
        }),
        attribute(4191, { name: 'Аннотация', rule: { source: { kind: 'field', field: 'description' } } }),
        attribute(85, { name: 'Бренд', dictionaryId: 85, rule: { source: { kind: 'manufacturer' } } }),
        attribute(4182, { name: 'Автор' }),
        attribute(9048, { name: 'Модель', isRequired: false }),
      ],
      { черный: 61572, nike: 5055002 },
    );
    const [unit] = exportUnits(product(), [1]);
    if (!unit) {
      throw new Error('no unit');
    }
    const { attributes, problems } = buildAttributes(unit, leaf, texts);
    expect(attributes).toEqual([
      { id: 85, complex_id: 0, values: [{ dictionary_value_id: 5055002, value: 'nike' }] },
      { id: 4191, complex_id: 0, values: [{ value: '<p>x</p>' }] },
      { id: 10096, complex_id: 0, values: [{ dictionary_value_id: 61572, value: 'чёрный' }] },
    ]);
    expect(problems.map((p) => [p.code, p.blocks, p.attributeId])).toEqual([
      ['variant_value_unmatched', 'data', 4295],
      ['required_attribute_unmapped', 'mapping', 4182],
    ]);
    expect(problems[0]?.message).toBe(
      '«S», a value of option «Size», is not a value Ozon knows for «Размер» (4295), and each variant needs its own: pick its Ozon value in Ozon › Mapping › the store category › attribute «Размер» › Values › Pick…, or rename it in Catalog › Options',
    );
    expect(problems[1]?.message).toContain(
      'choose where its value comes from in Ozon › Mapping › the store category › attribute «Автор» › Edit › Value from',
    );
    const empty = buildAttributes({ ...unit, product: product({ attributes: [] }) }, leaf, texts).problems;
    expect(empty.find((p) => p.attributeId === 10096)?.message).toBe(
      "Ozon requires «Цвет товара» (10096), but it is empty: fill in Attribute «#2» on the product's Attribute tab in Catalog › Products",
    );
  });
});

describe('where to fix', () => {
  it('names OpenCart attributes and options as the merchant typed them', () => {
    const p = product({ attributes: [{ attributeId: 2, name: 'Size &amp; Fit', text: '' }] });
    expect(whereSourceLives({ kind: 'attribute', attributeId: 2 }, p)).toContain('Attribute «Size & Fit»');
    const names = { attributeNames: new Map(), optionNames: new Map([[9, { name: 'Kid&#039;s size' }]]) };
    expect(whereSourceLives({ kind: 'option', optionId: 9 }, p, names)).toContain("option «Kid's size»");
  });
});

describe('variant values', () => {
  const texts = { name: 'Shirt, S', descriptionHtml: '', mappingCategory: 'T-shirts' };
  const forty = { id: 972104, value: '48' };
  const leaf = leafOf(
    [
      attribute(4295, {
        name: 'Размер',
        dictionaryId: 4295,
        rule: { source: { kind: 'option', optionId: 1 }, fallback: forty },
      }),
      attribute(85, {
        name: 'Бренд',
        dictionaryId: 85,
        rule: { source: { kind: 'manufacturer' }, fallback: { id: 1, value: 'Нет бренда' } },
      }),
    ],
    {},
  );

  it("never lets a fallback stand in for a variant's own value, which would give every variant the same one", () => {
    const [unit] = exportUnits(product(), [1]);
    if (!unit) {
      throw new Error('no unit');
    }
    const { attributes, problems } = buildAttributes(unit, leaf, texts);
    // The brand is no variant value: its fallback applies; the size's does not.
    expect(attributes).toEqual([
      { id: 85, complex_id: 0, values: [{ dictionary_value_id: 1, value: 'Нет бренда' }] },
    ]);
    expect(problems.map((p) => p.code)).toEqual(['variant_value_unmatched']);
    expect(problems[0]?.message).toContain('the fallback «48» is not used for a variant');
    expect(problems[0]?.message).toContain(
      'Ozon › Mapping › «T-shirts» › attribute «Размер» › Values › Pick…',
    );
  });
});

describe('payload hash', () => {
  it('is stable for equal payloads and changes with any field', () => {
    const item = sampleTshirt('A-1');
    expect(payloadHash(item)).toBe(payloadHash(structuredClone(item)));
    expect(payloadHash({ ...item, price: '1' })).not.toBe(payloadHash(item));
  });
});

describe('decisions', () => {
  const unit = (hash: string | undefined, problems: UnitPayload['problems'] = []): UnitPayload => ({
    productId: 1,
    variantKey: '',
    offerId: 'A',
    name: 'A',
    stock: 1,
    leaf: undefined,
    item: undefined,
    problems,
    hash,
    priceNote: undefined,
  });
  const row = (overrides: Partial<UnitState> = {}): UnitState => ({
    productId: 1,
    variantKey: '',
    offerId: 'A',
    state: 'live',
    excluded: false,
    sentHash: 'h',
    importId: null,
    ozonProductId: '77',
    name: 'A',
    stock: 1,
    payloadHash: 'h',
    problems: null,
    archived: false,
    ...overrides,
  });
  const on = { enabled: true, excluded: false };
  const none = new Set<number>();
  const invalid = [
    {
      code: 'no_image',
      field: 'images',
      message: 'x',
      blocks: 'data' as const,
      origin: 'preflight' as const,
    },
  ];
  const unmapped = [
    {
      code: 'no_category_mapping',
      field: 'x',
      message: 'x',
      blocks: 'mapping' as const,
      origin: 'preflight' as const,
    },
  ];

  it('sends only what is new or changed, and never while an import with unknown outcome carries it', () => {
    expect(decideUnit(unit('h'), on, undefined, none)).toBe('create');
    expect(decideUnit(unit('h'), on, row(), none)).toBe('unchanged');
    expect(decideUnit(unit('h2'), on, row(), none)).toBe('update');
    expect(decideUnit(unit('h2'), on, row({ ozonProductId: null, sentHash: null }), none)).toBe('create');
    expect(decideUnit(unit('h2'), on, row({ importId: 5 }), new Set([5]))).toBe('in_flight');
    expect(decideUnit(unit(undefined, invalid), on, row(), none)).toBe('invalid');
    expect(decideUnit(unit(undefined, unmapped), on, undefined, none)).toBe('not_mapped');
  });

  it('archives what leaves the store, restores what comes back, leaves excluded products alone', () => {
    expect(decideUnit(unit('h'), { enabled: false, excluded: false }, row(), none)).toBe('archive');
    expect(decideUnit(unit('h'), { enabled: false, excluded: false }, undefined, none)).toBe('disabled');
    expect(decideUnit(unit('h'), { enabled: false, excluded: false }, row({ archived: true }), none)).toBe(
      'disabled',
    );
    expect(decideUnit(unit('h'), on, row({ archived: true, state: 'archived' }), none)).toBe('unarchive');
    expect(decideUnit(unit('h2'), { enabled: false, excluded: true }, row(), none)).toBe('excluded');
  });

  it('keeps an article with the product that holds it', () => {
    const a = { ...unit('h'), productId: 3, offerId: 'X' };
    const b = { ...unit('h'), productId: 9, offerId: 'X' };
    const [first, second] = markDuplicateOffers([a, b], new Map());
    expect(first?.problems).toEqual([]);
    expect(second?.problems.map((p) => p.code)).toEqual(['offer_id_duplicate']);
    expect(second?.hash).toBeUndefined();
    // A stored holder keeps it even against a lower id; a unit is never its own duplicate.
    const held = new Map([['X', { productId: 9, variantKey: '' }]]);
    expect(markDuplicateOffers([a], held)[0]?.problems.map((p) => p.code)).toEqual(['offer_id_duplicate']);
    expect(markDuplicateOffers([b], held)[0]?.problems).toEqual([]);
  });
});
