import { bigint, datetime, int, type MySqlTableFn } from 'drizzle-orm/mysql-core';

/** OpenCart category → Ozon leaf. Products in the category (or below it) inherit the leaf. */
export function mappingCategoriesTable(table: MySqlTableFn) {
  return table('mapping_categories', {
    categoryId: int('category_id').primaryKey(),
    descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
    typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull(),
    updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
  });
}
