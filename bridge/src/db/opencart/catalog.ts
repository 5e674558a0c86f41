import {
  date,
  datetime,
  decimal,
  index,
  int,
  type MySqlTableFn,
  primaryKey,
  text,
  tinyint,
  varchar,
} from 'drizzle-orm/mysql-core';

/**
 * OpenCart 3 catalogue tables, as the store created them. Declared, never migrated: the bridge reads and
 * writes rows but must not alter OpenCart's schema. Column types match OpenCart's install SQL exactly
 * (checked by test/conformance/opencart-schema.test.ts), because the schema fixture is generated from them.
 */
export function catalogTables(table: MySqlTableFn) {
  const product = table('product', {
    productId: int('product_id').autoincrement().primaryKey(),
    model: varchar('model', { length: 64 }).notNull(),
    sku: varchar('sku', { length: 64 }).notNull(),
    upc: varchar('upc', { length: 12 }).notNull(),
    ean: varchar('ean', { length: 14 }).notNull(),
    jan: varchar('jan', { length: 13 }).notNull(),
    isbn: varchar('isbn', { length: 17 }).notNull(),
    mpn: varchar('mpn', { length: 64 }).notNull(),
    location: varchar('location', { length: 128 }).notNull(),
    quantity: int('quantity').notNull().default(0),
    stockStatusId: int('stock_status_id').notNull(),
    image: varchar('image', { length: 255 }),
    manufacturerId: int('manufacturer_id').notNull(),
    shipping: tinyint('shipping').notNull().default(1),
    price: decimal('price', { precision: 15, scale: 4 }).notNull().default('0.0000'),
    points: int('points').notNull().default(0),
    taxClassId: int('tax_class_id').notNull(),
    dateAvailable: date('date_available', { mode: 'string' }).notNull().default('0000-00-00'),
    weight: decimal('weight', { precision: 15, scale: 8 }).notNull().default('0.00000000'),
    weightClassId: int('weight_class_id').notNull().default(0),
    length: decimal('length', { precision: 15, scale: 8 }).notNull().default('0.00000000'),
    width: decimal('width', { precision: 15, scale: 8 }).notNull().default('0.00000000'),
    height: decimal('height', { precision: 15, scale: 8 }).notNull().default('0.00000000'),
    lengthClassId: int('length_class_id').notNull().default(0),
    subtract: tinyint('subtract').notNull().default(1),
    minimum: int('minimum').notNull().default(1),
    sortOrder: int('sort_order').notNull().default(0),
    status: tinyint('status').notNull().default(0),
    viewed: int('viewed').notNull().default(0),
    dateAdded: datetime('date_added', { mode: 'string' }).notNull(),
    dateModified: datetime('date_modified', { mode: 'string' }).notNull(),
  });

  const productDescription = table(
    'product_description',
    {
      productId: int('product_id').notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 255 }).notNull(),
      description: text('description').notNull(),
      tag: text('tag').notNull(),
      metaTitle: varchar('meta_title', { length: 255 }).notNull(),
      metaDescription: varchar('meta_description', { length: 255 }).notNull(),
      metaKeyword: varchar('meta_keyword', { length: 255 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.productId, t.languageId] }), index('name').on(t.name)],
  );

  const productImage = table(
    'product_image',
    {
      productImageId: int('product_image_id').autoincrement().primaryKey(),
      productId: int('product_id').notNull(),
      image: varchar('image', { length: 255 }),
      sortOrder: int('sort_order').notNull().default(0),
    },
    (t) => [index('product_id').on(t.productId)],
  );

  const productToCategory = table(
    'product_to_category',
    { productId: int('product_id').notNull(), categoryId: int('category_id').notNull() },
    (t) => [primaryKey({ columns: [t.productId, t.categoryId] }), index('category_id').on(t.categoryId)],
  );

  const productToStore = table(
    'product_to_store',
    { productId: int('product_id').notNull(), storeId: int('store_id').notNull().default(0) },
    (t) => [primaryKey({ columns: [t.productId, t.storeId] })],
  );

  const productAttribute = table(
    'product_attribute',
    {
      productId: int('product_id').notNull(),
      attributeId: int('attribute_id').notNull(),
      languageId: int('language_id').notNull(),
      text: text('text').notNull(),
    },
    (t) => [primaryKey({ columns: [t.productId, t.attributeId, t.languageId] })],
  );

  const productSpecial = table(
    'product_special',
    {
      productSpecialId: int('product_special_id').autoincrement().primaryKey(),
      productId: int('product_id').notNull(),
      customerGroupId: int('customer_group_id').notNull(),
      priority: int('priority').notNull().default(1),
      price: decimal('price', { precision: 15, scale: 4 }).notNull().default('0.0000'),
      dateStart: date('date_start', { mode: 'string' }).notNull().default('0000-00-00'),
      dateEnd: date('date_end', { mode: 'string' }).notNull().default('0000-00-00'),
    },
    (t) => [index('product_id').on(t.productId)],
  );

  return {
    product,
    productDescription,
    productImage,
    productToCategory,
    productToStore,
    productAttribute,
    productSpecial,
  };
}
