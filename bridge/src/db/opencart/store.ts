import {
  char,
  datetime,
  decimal,
  double,
  int,
  type MySqlTableFn,
  primaryKey,
  text,
  tinyint,
  varchar,
} from 'drizzle-orm/mysql-core';

/** Store-wide OpenCart 3 tables: languages, settings, tax, currencies, stock statuses and unit classes. */
export function storeTables(table: MySqlTableFn) {
  const language = table('language', {
    languageId: int('language_id').autoincrement().primaryKey(),
    name: varchar('name', { length: 32 }).notNull(),
    code: varchar('code', { length: 5 }).notNull(),
    locale: varchar('locale', { length: 255 }).notNull(),
    image: varchar('image', { length: 64 }).notNull(),
    directory: varchar('directory', { length: 32 }).notNull(),
    sortOrder: int('sort_order').notNull().default(0),
    status: tinyint('status').notNull(),
  });

  /** Key/value settings; `serialized` = 1 means `value` holds JSON. */
  const setting = table('setting', {
    settingId: int('setting_id').autoincrement().primaryKey(),
    storeId: int('store_id').notNull().default(0),
    code: varchar('code', { length: 128 }).notNull(),
    key: varchar('key', { length: 128 }).notNull(),
    value: text('value').notNull(),
    serialized: tinyint('serialized').notNull(),
  });

  const taxClass = table('tax_class', {
    taxClassId: int('tax_class_id').autoincrement().primaryKey(),
    title: varchar('title', { length: 32 }).notNull(),
    description: varchar('description', { length: 255 }).notNull(),
    dateAdded: datetime('date_added', { mode: 'string' }).notNull(),
    dateModified: datetime('date_modified', { mode: 'string' }).notNull(),
  });

  const taxRate = table('tax_rate', {
    taxRateId: int('tax_rate_id').autoincrement().primaryKey(),
    geoZoneId: int('geo_zone_id').notNull().default(0),
    name: varchar('name', { length: 32 }).notNull(),
    rate: decimal('rate', { precision: 15, scale: 4 }).notNull().default('0.0000'),
    /** P = percent, F = fixed amount. */
    type: char('type', { length: 1 }).notNull(),
    dateAdded: datetime('date_added', { mode: 'string' }).notNull(),
    dateModified: datetime('date_modified', { mode: 'string' }).notNull(),
  });

  const taxRule = table('tax_rule', {
    taxRuleId: int('tax_rule_id').autoincrement().primaryKey(),
    taxClassId: int('tax_class_id').notNull(),
    taxRateId: int('tax_rate_id').notNull(),
    based: varchar('based', { length: 10 }).notNull(),
    priority: int('priority').notNull().default(1),
  });

  const stockStatus = table(
    'stock_status',
    {
      stockStatusId: int('stock_status_id').autoincrement().notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 32 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.stockStatusId, t.languageId] })],
  );

  const currency = table('currency', {
    currencyId: int('currency_id').autoincrement().primaryKey(),
    title: varchar('title', { length: 32 }).notNull(),
    code: varchar('code', { length: 3 }).notNull(),
    symbolLeft: varchar('symbol_left', { length: 12 }).notNull(),
    symbolRight: varchar('symbol_right', { length: 12 }).notNull(),
    decimalPlace: char('decimal_place', { length: 1 }).notNull(),
    value: double('value', { precision: 15, scale: 8 }).notNull(),
    status: tinyint('status').notNull(),
    dateModified: datetime('date_modified', { mode: 'string' }).notNull(),
  });

  /** `value` is the factor relative to the store's default weight class. */
  const weightClass = table('weight_class', {
    weightClassId: int('weight_class_id').autoincrement().primaryKey(),
    value: decimal('value', { precision: 15, scale: 8 }).notNull().default('0.00000000'),
  });

  const weightClassDescription = table(
    'weight_class_description',
    {
      weightClassId: int('weight_class_id').notNull(),
      languageId: int('language_id').notNull(),
      title: varchar('title', { length: 32 }).notNull(),
      unit: varchar('unit', { length: 4 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.weightClassId, t.languageId] })],
  );

  /** `value` is the factor relative to the store's default length class. */
  const lengthClass = table('length_class', {
    lengthClassId: int('length_class_id').autoincrement().primaryKey(),
    value: decimal('value', { precision: 15, scale: 8 }).notNull(),
  });

  const lengthClassDescription = table(
    'length_class_description',
    {
      lengthClassId: int('length_class_id').notNull(),
      languageId: int('language_id').notNull(),
      title: varchar('title', { length: 32 }).notNull(),
      unit: varchar('unit', { length: 4 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.lengthClassId, t.languageId] })],
  );

  return {
    language,
    setting,
    taxClass,
    taxRate,
    taxRule,
    stockStatus,
    currency,
    weightClass,
    weightClassDescription,
    lengthClass,
    lengthClassDescription,
  };
}
