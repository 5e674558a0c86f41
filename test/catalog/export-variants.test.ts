import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTR } from '../../bridge/scaffold/ozon-emulator';
import { setAttributeRules } from '../../bridge/src/catalog/mapping/edit-attribute-rules';
import { setDictionaryChoice } from '../../bridge/src/catalog/mapping/edit-dictionary-choices';
import { loadResolvedMapping } from '../../bridge/src/catalog/mapping/resolved-mapping';
import { collect } from '../../bridge/src/ozon/paging';
import { createExportFixture, type ExportFixture } from './export-fixture';

/** Ozon's T-shirt leaf, where the demo maps the store's size option to "Российский размер" (4295). */
const TSHIRT = { descriptionCategoryId: 17028922, typeId: 93080 };
/** Sample product 1 is a T-shirt with size variants, in the store category "T-shirts". */
const PRODUCT = 1;
/** The place every variant-value problem must send the merchant to: the value picker of the size attribute. */
const PICKER = 'Ozon › Mapping › «T-shirts» › attribute «Российский размер» › Values';

type StateRow = ExportFixture['store']['own']['productState']['$inferSelect'];
type ProblemRow = { code: string; message: string; attributeId?: number };

describe('variants whose option values Ozon does not know, or that become the same Ozon value', () => {
  let fx: ExportFixture;
  let sizeOptionId: number;
  let optionName: string;
  let dictionaryId: number;
  const valueIds: Record<'Small' | 'Large', number> = { Small: 0, Large: 0 };
  const at = new Date();

  const statesOf = async (): Promise<StateRow[]> =>
    fx.store.db
      .select()
      .from(fx.store.own.productState)
      .where(eq(fx.store.own.productState.productId, PRODUCT));
  const problemsOf = (row: StateRow | undefined): ProblemRow[] =>
    (row?.problems as ProblemRow[] | null) ?? [];
  const sentOffers = (): string[] =>
    fx.emulator.control
      .requests({ path: '/v3/product/import' })
      .flatMap((r) =>
        ((r.body as { items?: Array<{ offer_id: string }> }).items ?? []).map((i) => i.offer_id),
      );
  const sizeValue = (text: string) => {
    const values = fx.emulator.state.config.catalogue.dictionaries.get(dictionaryId) ?? [];
    const found = values.find((v) => v.value === text);
    if (!found) {
      throw new Error(`no size ${text}`);
    }
    return { id: found.id, value: found.value };
  };

  beforeAll(async () => {
    fx = await createExportFixture(12);
    const { db, oc } = fx.store;
    const mapping = await loadResolvedMapping(fx.store, { descriptionLanguage: 'ru-ru' });
    const size = mapping.leaf(TSHIRT)?.attribute(ATTR.clothingSize);
    if (size?.rule?.source.kind !== 'option') {
      throw new Error('the demo maps no option to the clothing size');
    }
    sizeOptionId = size.rule.source.optionId;
    dictionaryId = size.dictionaryId;
    const [described] = await db
      .select({ name: oc.optionDescription.name })
      .from(oc.optionDescription)
      .where(
        and(
          eq(oc.optionDescription.optionId, sizeOptionId),
          eq(oc.optionDescription.languageId, mapping.contentLanguageId),
        ),
      );
    optionName = described?.name ?? '';
    // The merchant's store: sizes called Small and Large, which no Ozon size is called.
    const languages = await db.select({ id: oc.language.languageId }).from(oc.language);
    for (const name of ['Small', 'Large'] as const) {
      const [created] = await db
        .insert(oc.optionValue)
        .values({ optionId: sizeOptionId, image: '', sortOrder: 90 })
        .$returningId();
      valueIds[name] = created?.optionValueId ?? 0;
      await db.insert(oc.optionValueDescription).values(
        languages.map((l) => ({
          optionValueId: valueIds[name],
          languageId: l.id,
          optionId: sizeOptionId,
          name,
        })),
      );
    }
    const rows = await db
      .select()
      .from(oc.productOptionValue)
      .where(
        and(eq(oc.productOptionValue.productId, PRODUCT), eq(oc.productOptionValue.optionId, sizeOptionId)),
      );
    const [first, second, ...rest] = rows;
    if (!first || !second) {
      throw new Error('sample product 1 has fewer than two sizes');
    }
    const pov = oc.productOptionValue.productOptionValueId;
    await db
      .update(oc.productOptionValue)
      .set({ optionValueId: valueIds.Small })
      .where(eq(pov, first.productOptionValueId));
    await db
      .update(oc.productOptionValue)
      .set({ optionValueId: valueIds.Large })
      .where(eq(pov, second.productOptionValueId));
    if (rest.length > 0) {
      await db.delete(oc.productOptionValue).where(
        inArray(
          pov,
          rest.map((r) => r.productOptionValueId),
        ),
      );
    }
    // What the merchant had set: "when nothing matches, send 48".
    await setAttributeRules(
      fx.store,
      TSHIRT,
      [
        {
          attributeId: ATTR.clothingSize,
          rule: { source: { kind: 'option', optionId: sizeOptionId }, fallback: sizeValue('48') },
        },
      ],
      at,
    );
  }, 120_000);
  afterAll(async () => fx?.store.destroy());

  it('holds back each variant whose value matches no Ozon value, naming the option, the value and the picker, though a fallback is set', async () => {
    await fx.run({ onlyIds: [PRODUCT] });
    const rows = await statesOf();
    expect(rows.map((r) => r.variantKey).sort()).toEqual(
      [String(valueIds.Small), String(valueIds.Large)].sort(),
    );
    for (const [name, id] of Object.entries(valueIds)) {
      const row = rows.find((r) => r.variantKey === String(id));
      expect(row?.state, name).toBe('invalid');
      const problem = problemsOf(row).find((p) => p.code === 'variant_value_unmatched');
      expect(problem, name).toMatchObject({ attributeId: ATTR.clothingSize });
      expect(problem?.message).toContain(`«${name}»`);
      expect(problem?.message).toContain(`«${optionName}»`);
      expect(problem?.message).toContain(PICKER);
      expect(sentOffers()).not.toContain(row?.offerId);
    }
  });

  it("holds back variants that the merchant's choices turn into the same Ozon value, naming both", async () => {
    for (const text of ['Small', 'Large']) {
      await setDictionaryChoice(
        fx.store,
        { attributeId: ATTR.clothingSize, dictionaryId, text, value: sizeValue('48') },
        at,
      );
    }
    await fx.run({ onlyIds: [PRODUCT] });
    const rows = await statesOf();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.state).toBe('invalid');
      const problem = problemsOf(row).find((p) => p.code === 'variant_values_collide');
      expect(problem).toMatchObject({ attributeId: ATTR.clothingSize });
      expect(problem?.message).toContain('«Small»');
      expect(problem?.message).toContain('«Large»');
      expect(problem?.message).toContain('«48»');
      expect(problem?.message).toContain(PICKER);
      expect(problemsOf(row).map((p) => p.code)).not.toContain('variant_value_unmatched');
      expect(sentOffers()).not.toContain(row.offerId);
    }
  });

  it('sends both once each has its own Ozon size, and Ozon keeps them as two sizes of one card', async () => {
    await setDictionaryChoice(
      fx.store,
      { attributeId: ATTR.clothingSize, dictionaryId, text: 'Small', value: sizeValue('46') },
      at,
    );
    await fx.run({ onlyIds: [PRODUCT] });
    const rows = await statesOf();
    expect(rows.map((r) => r.state)).toEqual(['live', 'live']);
    const attributes = await collect(
      fx.ozon.products.attributesPages({ offer_id: rows.map((r) => r.offerId) }),
    );
    const sizes = attributes.map(
      (card) => card.attributes.find((a) => Number(a.id) === ATTR.clothingSize)?.values[0]?.value,
    );
    expect(sizes.sort()).toEqual(['46', '48']);
  });
});
