import { bigint, datetime, int, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/**
 * What is known about one cached dictionary. A dictionary that does not depend on the category (brand, colour) is
 * cached once with scope 0/0; a category-dependent one per leaf. `state` says whether every value is cached:
 * `complete` (read to Ozon's `has_next: false`), `too_large` (stopped at the configured cap on purpose; the panel
 * searches Ozon for the rest), or `partial` (a refresh was interrupted).
 */
export function ozonDictionariesTable(table: MySqlTableFn) {
  return table(
    'ozon_dictionaries',
    {
      dictionaryId: bigint('dictionary_id', { mode: 'number', unsigned: true }).notNull(),
      scopeCategoryId: bigint('scope_category_id', { mode: 'number', unsigned: true }).notNull().default(0),
      scopeTypeId: bigint('scope_type_id', { mode: 'number', unsigned: true }).notNull().default(0),
      /** An attribute and leaf through which Ozon serves this dictionary (its methods need one). */
      attributeId: bigint('attribute_id', { mode: 'number', unsigned: true }).notNull(),
      descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
      typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull(),
      state: varchar('state', { length: 16, enum: ['complete', 'too_large', 'partial'] }).notNull(),
      valueCount: int('value_count').notNull(),
      fetchedAt: datetime('fetched_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({
        name: 'oc_meschain_ozon_ozdict_pk',
        columns: [t.dictionaryId, t.scopeCategoryId, t.scopeTypeId],
      }),
    ],
  );
}
