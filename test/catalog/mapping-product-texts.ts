import { and, eq } from 'drizzle-orm';
import type { ValueSource } from '../../bridge/src/contract/catalog-mapping/rules';
import type { StoreDb } from '../../bridge/src/db/connection';

/** The texts a rule's source gives for one product (all option values for options), as the export would read them. */
export async function sourceTexts(
  store: StoreDb,
  productId: number,
  languageId: number,
  source: ValueSource | undefined,
): Promise<string[]> {
  const { db, oc } = store;
  switch (source?.kind) {
    case 'attribute': {
      const rows = await db
        .select({ text: oc.productAttribute.text })
        .from(oc.productAttribute)
        .where(
          and(
            eq(oc.productAttribute.productId, productId),
            eq(oc.productAttribute.attributeId, source.attributeId),
            eq(oc.productAttribute.languageId, languageId),
          ),
        );
      return rows.map((r) => r.text);
    }
    case 'option': {
      const rows = await db
        .select({ text: oc.optionValueDescription.name })
        .from(oc.productOptionValue)
        .innerJoin(
          oc.optionValueDescription,
          eq(oc.optionValueDescription.optionValueId, oc.productOptionValue.optionValueId),
        )
        .where(
          and(
            eq(oc.productOptionValue.productId, productId),
            eq(oc.productOptionValue.optionId, source.optionId),
            eq(oc.optionValueDescription.languageId, languageId),
          ),
        );
      return rows.map((r) => r.text);
    }
    case 'manufacturer': {
      const rows = await db
        .select({ name: oc.manufacturer.name })
        .from(oc.product)
        .innerJoin(oc.manufacturer, eq(oc.manufacturer.manufacturerId, oc.product.manufacturerId))
        .where(eq(oc.product.productId, productId));
      return rows.map((r) => r.name);
    }
    case 'field': {
      const [row] = await db.select().from(oc.product).where(eq(oc.product.productId, productId));
      const [text] = await db
        .select()
        .from(oc.productDescription)
        .where(
          and(
            eq(oc.productDescription.productId, productId),
            eq(oc.productDescription.languageId, languageId),
          ),
        );
      const value =
        source.field === 'name'
          ? text?.name
          : source.field === 'description'
            ? text?.description
            : row?.[source.field as 'model'];
      return value ? [value] : [];
    }
    case 'fixed':
      return [source.value];
    default:
      return [];
  }
}
