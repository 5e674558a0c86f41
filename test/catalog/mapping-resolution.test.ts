import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { ATTR } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { setDictionaryChoice } from '../../bridge/src/catalog/mapping/edit-dictionary-choices';
import { setCategoryLeaf, setProductLeaf } from '../../bridge/src/catalog/mapping/edit-leaf-mapping';
import { writeMappingOptions } from '../../bridge/src/catalog/mapping/options';
import { loadResolvedMapping, type ResolvedLeaf } from '../../bridge/src/catalog/mapping/resolved-mapping';
import { createTestStore, type TestStore } from '../harness/test-store';
import { type EmulatedOzon, emulatedOzon } from './mapping-harness';
import { sourceTexts } from './mapping-product-texts';

/** The language settings the store's texts are read in (the default Ozon settings'). */
const TEXTS = { descriptionLanguage: 'ru-ru' };

const TSHIRT = { descriptionCategoryId: 17028922, typeId: 93080 };
const TANK_TOP = { descriptionCategoryId: 17028922, typeId: 93081 };
const BALL = { descriptionCategoryId: 17029010, typeId: 93300 };
const SCREEN_PROTECTOR = { descriptionCategoryId: 17028971, typeId: 93401 };
/** Sample store category ids (bridge/scaffold/sample-store/tree.ts numbers them depth-first from 100). */
const MEN = 101;
const TSHIRTS = 102;
const HOODIES = 103;
const PRODUCTS = 120;

describe('resolved mapping on the sample store and the emulator', () => {
  let store: TestStore;
  let ozon: EmulatedOzon;
  const at = new Date();

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: PRODUCTS, force: true });
    ozon = emulatedOzon();
  });
  afterAll(async () => store?.destroy());

  async function categoriesOf(productId: number): Promise<number[]> {
    const t = store.oc.productToCategory;
    return (await store.db.select().from(t).where(eq(t.productId, productId))).map((r) => r.categoryId);
  }

  it('maps the sample store onto the emulator with nothing skipped, idempotently', async () => {
    const first = await applyDemoMapping(store, { ozon: ozon.client });
    expect(first).toEqual({ categories: 6, rules: 16, choices: 8, skipped: [] });
    expect(await applyDemoMapping(store)).toEqual(first);
  });

  it('gives each sample product the Ozon leaf of its deepest mapped category, or its own override', async () => {
    let mapping = await loadResolvedMapping(store, TEXTS);
    // Product 1 is a T-shirt (in "Men" and "T-shirts"), product 3 a football.
    expect(mapping.leafFor(1, await categoriesOf(1))).toEqual({
      ...TSHIRT,
      via: 'category',
      categoryId: TSHIRTS,
    });
    expect(mapping.leafFor(3, await categoriesOf(3))).toMatchObject({ ...BALL, via: 'category' });

    // "Men" mapped elsewhere: the deeper "T-shirts" still wins; hoodies unmapped inherit from "Men".
    await setCategoryLeaf(store, MEN, TANK_TOP, at);
    await setCategoryLeaf(store, HOODIES, null, at);
    await setProductLeaf(store, 3, SCREEN_PROTECTOR, at);
    mapping = await loadResolvedMapping(store, TEXTS);
    expect(mapping.leafFor(1, await categoriesOf(1))).toMatchObject({ ...TSHIRT, categoryId: TSHIRTS });
    expect(mapping.leafFor(2, await categoriesOf(2))).toMatchObject({ ...TANK_TOP, categoryId: MEN });
    expect(mapping.leafFor(3, await categoriesOf(3))).toEqual({ ...SCREEN_PROTECTOR, via: 'product' });
    expect(mapping.leafFor(999, [])).toBeUndefined();

    await setCategoryLeaf(store, MEN, null, at);
    await setProductLeaf(store, 3, null, at);
    await applyDemoMapping(store);
  });

  it('resolves dictionary texts exactly, normalised, by remembered choice (which wins), or not at all', async () => {
    const leafOf = async () => (await loadResolvedMapping(store, TEXTS)).leaf(TSHIRT) as ResolvedLeaf;
    let leaf = await leafOf();
    const black = leaf.resolveDictionary(ATTR.colour, 'черный');
    expect(black).toMatchObject({ value: 'черный', how: 'exact' });
    expect(leaf.resolveDictionary(ATTR.colour, 'Чёрный ')).toEqual({ ...black, how: 'normalised' });
    expect(leaf.resolveDictionary(ATTR.colour, 'ТЕМНО СИНИЙ')).toMatchObject({ value: 'темно-синий' });
    expect(leaf.resolveDictionary(ATTR.colour, 'Black')).toBeUndefined();
    expect(leaf.resolveDictionary(ATTR.colour, 'Фиолетово-буро-малиновый')).toBeUndefined();

    const colourDictionary = leaf.attribute(ATTR.colour)?.dictionaryId ?? 0;
    const bordeaux = leaf.resolveDictionary(ATTR.colour, 'бордовый');
    for (const [text, value] of [
      ['Black', black],
      ['Красный', bordeaux],
    ] as const) {
      const ref = { id: value?.id ?? 0, value: value?.value ?? '' };
      await setDictionaryChoice(
        store,
        { attributeId: ATTR.colour, dictionaryId: colourDictionary, text, value: ref },
        at,
      );
    }
    leaf = await leafOf();
    expect(leaf.resolveDictionary(ATTR.colour, ' black')).toEqual({ ...black, how: 'choice' });
    // The dictionary has "красный", but the merchant said otherwise.
    expect(leaf.resolveDictionary(ATTR.colour, 'Красный')).toEqual({ ...bordeaux, how: 'choice' });
    await setDictionaryChoice(
      store,
      { attributeId: ATTR.colour, dictionaryId: colourDictionary, text: 'Красный', value: null },
      at,
    );
    expect((await leafOf()).resolveDictionary(ATTR.colour, 'Красный')).toMatchObject({ value: 'красный' });
  });

  it('turns texts into import values: collections split and capped, numbers checked, fallbacks only when allowed', async () => {
    let leaf = (await loadResolvedMapping(store, TEXTS)).leaf(TSHIRT) as ResolvedLeaf;
    const materials = leaf.resolveValues(ATTR.material, [' Хлопок, полиэстер;Хлопок ']);
    expect(materials).toMatchObject({ ok: true, usedFallback: false });
    expect(materials.ok && materials.values.map((v) => v.value)).toEqual(['Хлопок', 'Полиэстер']);
    expect(leaf.resolveValues(ATTR.material, ['Хлопок, Картон'])).toEqual({
      ok: false,
      problem: 'unmatched',
      texts: ['Картон'],
    });
    expect(leaf.resolveValues(ATTR.clothingSize, ['XL'])).toMatchObject({
      ok: true,
      values: [{ value: '50' }],
    });
    expect(leaf.resolveValues(ATTR.type, [])).toEqual({
      ok: true,
      values: [{ dictionary_value_id: TSHIRT.typeId, value: 'Футболка' }],
      usedFallback: false,
    });
    // The demo enabled the no-brand fallback; unknown or missing brands get it.
    expect(leaf.resolveValues(ATTR.brand, ['Joma'])).toMatchObject({
      ok: true,
      usedFallback: true,
      values: [{ value: 'Нет бренда' }],
    });
    expect(leaf.resolveValues(ATTR.brand, ['Nike'])).toMatchObject({ ok: true, values: [{ value: 'Nike' }] });
    await writeMappingOptions(store, { noBrandFallback: false }, at);
    leaf = (await loadResolvedMapping(store, TEXTS)).leaf(TSHIRT) as ResolvedLeaf;
    expect(leaf.resolveValues(ATTR.brand, ['Joma'])).toEqual({
      ok: false,
      problem: 'unmatched',
      texts: ['Joma'],
    });
    expect(leaf.resolveValues(ATTR.brand, [])).toEqual({ ok: false, problem: 'empty' });
    await writeMappingOptions(store, { noBrandFallback: true }, at);

    const book = (await loadResolvedMapping(store, TEXTS)).leaf({
      descriptionCategoryId: 17029100,
      typeId: 93500,
    });
    expect(book?.resolveValues(ATTR.pages, ['320'])).toMatchObject({ ok: true, values: [{ value: '320' }] });
    expect(book?.resolveValues(ATTR.pages, ['много'])).toEqual({
      ok: false,
      problem: 'not_a_number',
      texts: ['много'],
    });
  });

  it('gives a sample T-shirt its category, type and attribute values, with defaults where nobody configured', async () => {
    const mapping = await loadResolvedMapping(store, TEXTS);
    const choice = mapping.leafFor(1, await categoriesOf(1));
    const leaf = choice && mapping.leaf(choice);
    expect(leaf?.name).toBe('Футболка');
    expect(leaf?.variantOptionIds).toHaveLength(1);
    const rules = Object.fromEntries(
      (leaf?.attributes ?? []).map((a) => [a.attributeId, [a.ruleOrigin, a.rule?.source.kind]]),
    );
    expect(rules).toMatchObject({
      [ATTR.description]: ['default', 'field'],
      [ATTR.brand]: ['default', 'manufacturer'],
      [ATTR.modelName]: ['default', 'field'],
      [ATTR.type]: ['default', 'fixed'],
      [ATTR.colour]: ['merchant', 'attribute'],
      [ATTR.clothingSize]: ['merchant', 'option'],
      [ATTR.weight]: ['unmapped', undefined],
    });
    const colour = leaf?.attribute(ATTR.colour);
    const texts = await sourceTexts(store, 1, mapping.contentLanguageId, colour?.rule?.source);
    expect(texts).toHaveLength(1);
    const resolved = leaf?.resolveValues(ATTR.colour, texts);
    expect(resolved).toMatchObject({ ok: true });
    const valueId = resolved?.ok ? resolved.values[0]?.dictionary_value_id : undefined;
    const colours = ozon.emulator.state.config.catalogue.dictionaries.get(ATTR.colour) ?? [];
    expect(colours.find((v) => v.id === valueId)?.value.toLowerCase()).toBe(texts[0]?.toLowerCase());
  });

  it('makes most sample products complete: every required attribute resolves', async () => {
    const mapping = await loadResolvedMapping(store, TEXTS);
    const problems: string[] = [];
    let complete = 0;
    for (let productId = 1; productId <= PRODUCTS; productId++) {
      const choice = mapping.leafFor(productId, await categoriesOf(productId));
      const leaf = choice && mapping.leaf(choice);
      if (!leaf) {
        problems.push(`${productId}: no leaf`);
        continue;
      }
      let ok = true;
      for (const attribute of leaf.attributes.filter((a) => a.isRequired)) {
        const texts = await sourceTexts(store, productId, mapping.contentLanguageId, attribute.rule?.source);
        const result = leaf.resolveValues(attribute.attributeId, texts);
        if (!result.ok) {
          ok = false;
          problems.push(`${productId}: ${attribute.name} ${JSON.stringify(result)}`);
        }
      }
      complete += ok ? 1 : 0;
    }
    expect(problems).toEqual([]);
    expect(complete).toBe(PRODUCTS);
  });
});
