import { bigint, datetime, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/**
 * A merchant's remembered answer to "which dictionary value is this OpenCart text?" for one Ozon attribute and
 * dictionary. Keyed by the normalised text so that "Black" and " black" share one choice.
 */
export function mappingDictionaryChoicesTable(table: MySqlTableFn) {
  return table(
    'mapping_dictionary_choices',
    {
      attributeId: bigint('attribute_id', { mode: 'number', unsigned: true }).notNull(),
      dictionaryId: bigint('dictionary_id', { mode: 'number', unsigned: true }).notNull(),
      textKey: varchar('text_key', { length: 255 }).notNull(),
      /** The text as the merchant's store has it, for display. */
      text: varchar('text', { length: 1000 }).notNull(),
      valueId: bigint('value_id', { mode: 'number', unsigned: true }).notNull(),
      value: varchar('value', { length: 1000 }).notNull(),
      updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({
        name: 'oc_meschain_ozon_mapchoice_pk',
        columns: [t.attributeId, t.dictionaryId, t.textKey],
      }),
    ],
  );
}
