import { bigint, datetime, json, type MySqlTableFn, primaryKey } from 'drizzle-orm/mysql-core';

/**
 * Where one Ozon attribute of one leaf takes its value from. `rule` is JSON checked by `attributeRuleSchema`
 * (catalog/mapping/rules.ts) on the way in and out, so a rule kind added later cannot be misread by an old bridge.
 */
export function mappingAttributesTable(table: MySqlTableFn) {
  return table(
    'mapping_attributes',
    {
      descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
      typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull(),
      attributeId: bigint('attribute_id', { mode: 'number', unsigned: true }).notNull(),
      rule: json('rule').notNull(),
      updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({
        name: 'oc_meschain_ozon_maprule_pk',
        columns: [t.descriptionCategoryId, t.typeId, t.attributeId],
      }),
    ],
  );
}
