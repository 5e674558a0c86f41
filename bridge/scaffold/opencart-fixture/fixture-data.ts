import type { StoreDb } from '../../src/db/connection';

/**
 * The default rows a fresh OpenCart 3 install has and the bridge relies on: the English language, the unit
 * classes with their factors (kg = 1, g = 1000, lb, oz; cm = 1, mm = 10, in), stock statuses, tax classes and the
 * settings that name the defaults. Written from OpenCart's documented defaults, not copied from its SQL.
 */
export async function insertOpencartDefaults(store: StoreDb): Promise<void> {
  const { db, oc } = store;
  const now = '2026-01-01 00:00:00';
  await db.insert(oc.language).values({
    languageId: 1,
    name: 'English',
    code: 'en-gb',
    locale: 'en-US,en_US.UTF-8,en_US,en-gb,english',
    image: 'gb.png',
    directory: 'english',
    sortOrder: 1,
    status: 1,
  });
  await db.insert(oc.weightClass).values([
    { weightClassId: 1, value: '1.00000000' },
    { weightClassId: 2, value: '1000.00000000' },
    { weightClassId: 5, value: '2.20460000' },
    { weightClassId: 6, value: '35.27400000' },
  ]);
  await db.insert(oc.weightClassDescription).values([
    { weightClassId: 1, languageId: 1, title: 'Kilogram', unit: 'kg' },
    { weightClassId: 2, languageId: 1, title: 'Gram', unit: 'g' },
    { weightClassId: 5, languageId: 1, title: 'Pound ', unit: 'lb' },
    { weightClassId: 6, languageId: 1, title: 'Ounce', unit: 'oz' },
  ]);
  await db.insert(oc.lengthClass).values([
    { lengthClassId: 1, value: '1.00000000' },
    { lengthClassId: 2, value: '10.00000000' },
    { lengthClassId: 3, value: '0.39370000' },
  ]);
  await db.insert(oc.lengthClassDescription).values([
    { lengthClassId: 1, languageId: 1, title: 'Centimeter', unit: 'cm' },
    { lengthClassId: 2, languageId: 1, title: 'Millimeter', unit: 'mm' },
    { lengthClassId: 3, languageId: 1, title: 'Inch', unit: 'in' },
  ]);
  await db.insert(oc.stockStatus).values([
    { stockStatusId: 5, languageId: 1, name: 'Out Of Stock' },
    { stockStatusId: 6, languageId: 1, name: '2-3 Days' },
    { stockStatusId: 7, languageId: 1, name: 'In Stock' },
    { stockStatusId: 8, languageId: 1, name: 'Pre-Order' },
  ]);
  await db.insert(oc.taxClass).values([
    { taxClassId: 9, title: 'Taxable Goods', description: 'Taxed goods', dateAdded: now, dateModified: now },
    {
      taxClassId: 10,
      title: 'Downloadable Products',
      description: 'Downloadable',
      dateAdded: now,
      dateModified: now,
    },
  ]);
  const settings: Array<[string, string]> = [
    ['config_name', 'Your Store'],
    ['config_language', 'en-gb'],
    ['config_admin_language', 'en-gb'],
    ['config_currency', 'USD'],
    ['config_weight_class_id', '1'],
    ['config_length_class_id', '1'],
    ['config_customer_group_id', '1'],
    ['config_order_status_id', '1'],
  ];
  await db
    .insert(oc.setting)
    .values(settings.map(([key, value]) => ({ storeId: 0, code: 'config', key, value, serialized: 0 })));
}
