import { decimal, int, type MySqlTableFn, primaryKey, text, tinyint, varchar } from 'drizzle-orm/mysql-core';

/** OpenCart 3 attributes (free text per product) and options (variants with their own stock). */
export function attributeTables(table: MySqlTableFn) {
  const attribute = table('attribute', {
    attributeId: int('attribute_id').autoincrement().primaryKey(),
    attributeGroupId: int('attribute_group_id').notNull(),
    sortOrder: int('sort_order').notNull(),
  });

  const attributeDescription = table(
    'attribute_description',
    {
      attributeId: int('attribute_id').notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 64 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.attributeId, t.languageId] })],
  );

  const attributeGroup = table('attribute_group', {
    attributeGroupId: int('attribute_group_id').autoincrement().primaryKey(),
    sortOrder: int('sort_order').notNull(),
  });

  const attributeGroupDescription = table(
    'attribute_group_description',
    {
      attributeGroupId: int('attribute_group_id').notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 64 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.attributeGroupId, t.languageId] })],
  );

  const option = table('option', {
    optionId: int('option_id').autoincrement().primaryKey(),
    type: varchar('type', { length: 32 }).notNull(),
    sortOrder: int('sort_order').notNull(),
  });

  const optionDescription = table(
    'option_description',
    {
      optionId: int('option_id').notNull(),
      languageId: int('language_id').notNull(),
      name: varchar('name', { length: 128 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.optionId, t.languageId] })],
  );

  const optionValue = table('option_value', {
    optionValueId: int('option_value_id').autoincrement().primaryKey(),
    optionId: int('option_id').notNull(),
    image: varchar('image', { length: 255 }).notNull(),
    sortOrder: int('sort_order').notNull(),
  });

  const optionValueDescription = table(
    'option_value_description',
    {
      optionValueId: int('option_value_id').notNull(),
      languageId: int('language_id').notNull(),
      optionId: int('option_id').notNull(),
      name: varchar('name', { length: 128 }).notNull(),
    },
    (t) => [primaryKey({ columns: [t.optionValueId, t.languageId] })],
  );

  const productOption = table('product_option', {
    productOptionId: int('product_option_id').autoincrement().primaryKey(),
    productId: int('product_id').notNull(),
    optionId: int('option_id').notNull(),
    value: text('value').notNull(),
    required: tinyint('required').notNull(),
  });

  /** Per-variant stock lives here, not on the product. */
  const productOptionValue = table('product_option_value', {
    productOptionValueId: int('product_option_value_id').autoincrement().primaryKey(),
    productOptionId: int('product_option_id').notNull(),
    productId: int('product_id').notNull(),
    optionId: int('option_id').notNull(),
    optionValueId: int('option_value_id').notNull(),
    quantity: int('quantity').notNull(),
    subtract: tinyint('subtract').notNull(),
    price: decimal('price', { precision: 15, scale: 4 }).notNull(),
    pricePrefix: varchar('price_prefix', { length: 1 }).notNull(),
    points: int('points').notNull(),
    pointsPrefix: varchar('points_prefix', { length: 1 }).notNull(),
    weight: decimal('weight', { precision: 15, scale: 8 }).notNull(),
    weightPrefix: varchar('weight_prefix', { length: 1 }).notNull(),
  });

  return {
    attribute,
    attributeDescription,
    attributeGroup,
    attributeGroupDescription,
    option,
    optionDescription,
    optionValue,
    optionValueDescription,
    productOption,
    productOptionValue,
  };
}
