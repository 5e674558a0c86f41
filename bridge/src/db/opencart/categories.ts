import {
  datetime,
  index,
  int,
  type MySqlTableFn,
  primaryKey,
  text,
  tinyint,
  varchar,
} from 'drizzle-orm/mysql-core';

/** OpenCart 3 categories (with the `category_path` closure table) and manufacturers. */
export function categoryTables(table: MySqlTableFn) {
  const category = table(
    'category',
    {
      categoryId: int('category_id').autoincrement().primaryKey(),
      image: varchar('image', { length: 255 }),
      parentId: int('parent_id').notNull().default(0),
      top: tinyint('top').notNull(),
      column: int('column').notNull(),
      sortOrder: int('sort_order').notNull().default(0),
      status: tinyint('status').notNull(),
      dateAdded: datetime('date_added', { mode: 'string' }).notNull(),
      dateModified: datetime('date_modified', { mode: 'string' }).notNull(),
    },
    (t) => [index('parent_id').on(t.parentId)],
  );

  const categoryDescription = table(
    'category_description',
    {
      categoryId: int('category_id').notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 255 }).notNull(),
      description: text('description').notNull(),
      metaTitle: varchar('meta_title', { length: 255 }).notNull(),
      metaDescription: varchar('meta_description', { length: 255 }).notNull(),
      metaKeyword: varchar('meta_keyword', { length: 255 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.categoryId, t.languageId] }), index('name').on(t.name)],
  );

  /** Every ancestor of a category, itself included; level 0 is the root. */
  const categoryPath = table(
    'category_path',
    {
      categoryId: int('category_id').notNull(),
      pathId: int('path_id').notNull(),
      level: int('level').notNull(),
    },
    (t) => [primaryKey({ columns: [t.categoryId, t.pathId] })],
  );

  const categoryToStore = table(
    'category_to_store',
    { categoryId: int('category_id').notNull(), storeId: int('store_id').notNull() },
    (t) => [primaryKey({ columns: [t.categoryId, t.storeId] })],
  );

  const manufacturer = table('manufacturer', {
    manufacturerId: int('manufacturer_id').autoincrement().primaryKey(),
    name: varchar('name', { length: 64 }).notNull(),
    image: varchar('image', { length: 255 }),
    sortOrder: int('sort_order').notNull(),
  });

  const manufacturerToStore = table(
    'manufacturer_to_store',
    { manufacturerId: int('manufacturer_id').notNull(), storeId: int('store_id').notNull() },
    (t) => [primaryKey({ columns: [t.manufacturerId, t.storeId] })],
  );

  return { category, categoryDescription, categoryPath, categoryToStore, manufacturer, manufacturerToStore };
}
