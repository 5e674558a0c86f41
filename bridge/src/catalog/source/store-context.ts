import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { readStoreConfig } from '../../db/opencart/store-config';
import type { StoreCurrencies } from '../../pricing/currency';
import { readStoreCurrencies } from '../../pricing/store-currencies';
import { resolveTextLanguage, type TextLanguage } from '../../settings/text-language';
import {
  GRAM_ANCHORS,
  MILLIMETRE_ANCHORS,
  type UnitConverter,
  unitConverter,
} from '../../units/unit-classes';

/** What the read model needs to know about the store once per run: language, customer group, units, names. */
export interface StoreContext {
  /** The language texts are read in, and why that one (the export's report and log name it). */
  readonly language: TextLanguage;
  readonly languageId: number;
  readonly languageCode: string;
  readonly customerGroupId: number;
  /** Undefined when no weight class carries a unit label we know (g, kg, lb, oz). */
  readonly grams: UnitConverter | undefined;
  readonly millimetres: UnitConverter | undefined;
  readonly manufacturers: ReadonlyMap<number, string>;
  readonly attributeNames: ReadonlyMap<number, string>;
  readonly optionNames: ReadonlyMap<number, { name: string; type: string }>;
  readonly optionValueNames: ReadonlyMap<number, { name: string; sortOrder: number }>;
  readonly taxClasses: ReadonlyMap<number, string>;
  /** Prices are stored in the default currency; the export converts them into the Ozon account's. */
  readonly currencies: StoreCurrencies;
}

export interface StoreContextOptions {
  /**
   * The settings' language of texts ('ru-ru'); '' or unset: automatic. Not installed: as automatic, see
   * settings/text-language.ts.
   */
  readonly languageCode?: string | undefined;
  /** Default: the store's default customer group (`config_customer_group_id`). */
  readonly customerGroupId?: number | undefined;
}

function unitLabels<T extends { id: number; unit: string }>(rows: readonly T[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const row of rows) {
    out.set(row.id, [...(out.get(row.id) ?? []), row.unit.trim().toLowerCase()]);
  }
  return out;
}

/** Reads the store-wide facts the product read model and the payload builder depend on. */
export async function loadStoreContext(
  store: StoreDb,
  options: StoreContextOptions = {},
): Promise<StoreContext> {
  const { db, oc } = store;
  const config = await readStoreConfig(store, ['config_customer_group_id', 'config_currency']);
  const language = await resolveTextLanguage(store, options.languageCode ?? '');
  const languageId = language.id;

  const weightRows = await db.select().from(oc.weightClass);
  const weightUnits = unitLabels(
    (await db.select().from(oc.weightClassDescription)).map((r) => ({ id: r.weightClassId, unit: r.unit })),
  );
  const lengthRows = await db.select().from(oc.lengthClass);
  const lengthUnits = unitLabels(
    (await db.select().from(oc.lengthClassDescription)).map((r) => ({ id: r.lengthClassId, unit: r.unit })),
  );

  const manufacturers = await db
    .select({ id: oc.manufacturer.manufacturerId, name: oc.manufacturer.name })
    .from(oc.manufacturer);
  const attributes = await db
    .select({ id: oc.attributeDescription.attributeId, name: oc.attributeDescription.name })
    .from(oc.attributeDescription)
    .where(eq(oc.attributeDescription.languageId, languageId));
  const optionRows = await db
    .select({ id: oc.option.optionId, type: oc.option.type, name: oc.optionDescription.name })
    .from(oc.option)
    .leftJoin(
      oc.optionDescription,
      and(
        eq(oc.optionDescription.optionId, oc.option.optionId),
        eq(oc.optionDescription.languageId, languageId),
      ),
    );
  const optionValues = await db
    .select({
      id: oc.optionValue.optionValueId,
      sortOrder: oc.optionValue.sortOrder,
      name: oc.optionValueDescription.name,
    })
    .from(oc.optionValue)
    .leftJoin(
      oc.optionValueDescription,
      and(
        eq(oc.optionValueDescription.optionValueId, oc.optionValue.optionValueId),
        eq(oc.optionValueDescription.languageId, languageId),
      ),
    );
  const taxClasses = await db
    .select({ id: oc.taxClass.taxClassId, title: oc.taxClass.title })
    .from(oc.taxClass);
  const currencies = await readStoreCurrencies(store);

  return {
    language,
    languageId,
    languageCode: language.code,
    customerGroupId: options.customerGroupId ?? (Number(config.get('config_customer_group_id') ?? '1') || 1),
    grams: unitConverter(
      weightRows.map((r) => ({
        id: r.weightClassId,
        value: Number(r.value),
        units: weightUnits.get(r.weightClassId) ?? [],
      })),
      GRAM_ANCHORS,
    ),
    millimetres: unitConverter(
      lengthRows.map((r) => ({
        id: r.lengthClassId,
        value: Number(r.value),
        units: lengthUnits.get(r.lengthClassId) ?? [],
      })),
      MILLIMETRE_ANCHORS,
    ),
    manufacturers: new Map(manufacturers.map((m) => [m.id, m.name])),
    attributeNames: new Map(attributes.map((a) => [a.id, a.name])),
    optionNames: new Map(optionRows.map((o) => [o.id, { name: o.name ?? '', type: o.type }])),
    optionValueNames: new Map(
      optionValues.map((v) => [v.id, { name: v.name ?? '', sortOrder: v.sortOrder }]),
    ),
    taxClasses: new Map(taxClasses.map((t) => [t.id, t.title])),
    currencies,
  };
}
