import { bigint, datetime, int, type MySqlTableFn } from 'drizzle-orm/mysql-core';

/** A product's own Ozon leaf, winning over whatever its categories map to. */
export function mappingProductsTable(table: MySqlTableFn) {
  return table('mapping_products', {
    productId: int('product_id').primaryKey(),
    descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
    typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull(),
    updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
  });
}
