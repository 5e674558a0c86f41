import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCategoryLeaf } from '../../bridge/src/catalog/mapping/edit-leaf-mapping';
import { writeMappingOptions } from '../../bridge/src/catalog/mapping/options';
import type { FixPlace } from '../../bridge/src/shared/fix-places';
import { createExportFixture, type ExportFixture } from './export-fixture';

/** Sample product 1 is a T-shirt, in the store category "T-shirts" (mapped to Ozon's "Футболка"). */
const TSHIRT_PRODUCT = 1;

/** The list's places (loaded where used, so that the tests above run on a bridge without the list). */
async function placePatterns(): Promise<RegExp[]> {
  const { FIX_PLACES, placeText } = await import('../../bridge/src/shared/fix-places');
  const marker = '\u0001';
  // Every place with any names filled in; an OpenCart field also without its own name (the Model, not «Colour»).
  const texts = Object.values(FIX_PLACES).flatMap((place: FixPlace) => [
    placeText(place, { category: marker, attribute: marker, detail: marker }),
    placeText(place, { category: marker, attribute: marker }),
  ]);
  return [...new Set(texts)].map(
    (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(marker, '[^»]+')}`),
  );
}

/** The places a message names that are not in the list: each "›" must sit inside one of the list's places. */
function unknownPlaces(message: string, patterns: readonly RegExp[]): string[] {
  const covered = new Array<boolean>(message.length).fill(false);
  for (let start = 0; start < message.length; start++) {
    for (const pattern of patterns) {
      const match = pattern.exec(message.slice(start));
      if (match && !message.slice(start + match[0].length).startsWith(' ›')) {
        covered.fill(true, start, start + match[0].length);
      }
    }
  }
  const unknown: string[] = [];
  for (let i = message.indexOf('›'); i >= 0; i = message.indexOf('›', i + 1)) {
    if (!covered[i]) {
      unknown.push(message.slice(Math.max(0, i - 40), i + 40));
    }
  }
  return unknown;
}

describe('fix-it messages of a real export name places of the list', () => {
  let fx: ExportFixture;
  let problems: Array<{ productId: number; code: string; message: string }>;

  beforeAll(async () => {
    fx = await createExportFixture(40);
    const { db, oc } = fx.store;
    // A brand Ozon does not know, with the "no brand" fallback off: the merchant must pick its value.
    const [maker] = await db.insert(oc.manufacturer).values({ name: 'Самопал', sortOrder: 0 }).$returningId();
    await db
      .update(oc.product)
      .set({ manufacturerId: maker?.manufacturerId ?? 0 })
      .where(eq(oc.product.productId, TSHIRT_PRODUCT));
    await writeMappingOptions(fx.store, { noBrandFallback: false }, new Date());
    // A category nobody mapped.
    const [fiction] = await db
      .select({ id: oc.categoryDescription.categoryId })
      .from(oc.categoryDescription)
      .where(eq(oc.categoryDescription.name, 'Fiction'));
    await setCategoryLeaf(fx.store, fiction?.id ?? 0, null, new Date());
    await fx.run();
    const rows = await db.select().from(fx.store.own.productState);
    problems = rows.flatMap((row) =>
      ((row.problems as Array<{ code: string; message: string }> | null) ?? []).map((p) => ({
        productId: row.productId,
        code: p.code,
        message: p.message,
      })),
    );
  }, 180_000);
  afterAll(async () => fx?.store.destroy());

  it("sends the merchant to the brand's value picker under its attribute, not to a page that does not exist", () => {
    const brand = problems.find(
      (p) => p.productId === TSHIRT_PRODUCT && p.code === 'dictionary_value_unmatched',
    );
    expect(brand?.message).toContain('«Самопал»');
    expect(brand?.message).not.toContain('Dictionaries');
    expect(brand?.message).toContain('Ozon › Mapping › «T-shirts» › attribute «Бренд» › Values');
  });

  it('names a category without an Ozon category by its name, where the mapping page lists it', () => {
    const unmapped = problems.find((p) => p.code === 'no_category_mapping');
    expect(unmapped?.message).toContain('Ozon › Mapping › Store categories › «Fiction» › Ozon category');
  });

  it('names in every message only places the list has', async () => {
    const patterns = await placePatterns();
    const codes = new Set(problems.map((p) => p.code));
    expect(codes.size).toBeGreaterThan(4);
    const unknown = problems.flatMap((p) =>
      unknownPlaces(p.message, patterns).map((u) => `${p.code}: …${u}…`),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });
});
