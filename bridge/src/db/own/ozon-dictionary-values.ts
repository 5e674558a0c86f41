import { bigint, datetime, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/** Cached dictionary values, keyed like ozon_dictionaries plus Ozon's value id. */
export function ozonDictionaryValuesTable(table: MySqlTableFn) {
  return table(
    'ozon_dictionary_values',
    {
      dictionaryId: bigint('dictionary_id', { mode: 'number', unsigned: true }).notNull(),
      scopeCategoryId: bigint('scope_category_id', { mode: 'number', unsigned: true }).notNull().default(0),
      scopeTypeId: bigint('scope_type_id', { mode: 'number', unsigned: true }).notNull().default(0),
      valueId: bigint('value_id', { mode: 'number', unsigned: true }).notNull(),
      value: varchar('value', { length: 1000 }).notNull(),
      info: varchar('info', { length: 1000 }).notNull().default(''),
      picture: varchar('picture', { length: 1000 }).notNull().default(''),
      fetchedAt: datetime('fetched_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({
        name: 'oc_meschain_ozon_ozval_pk',
        columns: [t.dictionaryId, t.scopeCategoryId, t.scopeTypeId, t.valueId],
      }),
    ],
  );
}
