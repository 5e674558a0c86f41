import {
  bigint,
  boolean,
  datetime,
  index,
  int,
  type MySqlTableFn,
  primaryKey,
  varchar,
} from 'drizzle-orm/mysql-core';

/**
 * Ozon's description-category tree, flattened: one row per node. Category nodes have `type_id` 0; the leaves are
 * product types (`type_id` > 0) under their nearest description category, and products are created for that pair.
 * Paths hold every ancestor's name so that a search for "футбол" also finds the types under "Футбол".
 */
export function ozonCategoriesTable(table: MySqlTableFn) {
  return table(
    'ozon_categories',
    {
      descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
      typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull().default(0),
      parentCategoryId: bigint('parent_category_id', { mode: 'number', unsigned: true }).notNull().default(0),
      nameRu: varchar('name_ru', { length: 255 }).notNull(),
      nameEn: varchar('name_en', { length: 255 }).notNull().default(''),
      /** Ancestors' names and the node's own, joined with " / ". */
      pathRu: varchar('path_ru', { length: 1000 }).notNull(),
      pathEn: varchar('path_en', { length: 1000 }).notNull().default(''),
      depth: int('depth').notNull(),
      isLeaf: boolean('is_leaf').notNull(),
      disabled: boolean('disabled').notNull().default(false),
      fetchedAt: datetime('fetched_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({ name: 'oc_meschain_ozon_ozcat_pk', columns: [t.descriptionCategoryId, t.typeId] }),
      index('oc_meschain_ozon_ozon_categories_leaf_idx').on(t.isLeaf, t.typeId),
    ],
  );
}
