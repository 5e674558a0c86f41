import {
  bigint,
  boolean,
  datetime,
  int,
  type MySqlTableFn,
  primaryKey,
  text,
  varchar,
} from 'drizzle-orm/mysql-core';

/** The attributes of one Ozon leaf (description category + type), as /v1/description-category/attribute gives them. */
export function ozonAttributesTable(table: MySqlTableFn) {
  return table(
    'ozon_attributes',
    {
      descriptionCategoryId: bigint('description_category_id', { mode: 'number', unsigned: true }).notNull(),
      typeId: bigint('type_id', { mode: 'number', unsigned: true }).notNull(),
      attributeId: bigint('attribute_id', { mode: 'number', unsigned: true }).notNull(),
      complexId: bigint('complex_id', { mode: 'number', unsigned: true }).notNull().default(0),
      name: varchar('name', { length: 255 }).notNull(),
      nameEn: varchar('name_en', { length: 255 }).notNull().default(''),
      description: text('description').notNull(),
      type: varchar('type', { length: 32 }).notNull(),
      isCollection: boolean('is_collection').notNull(),
      isRequired: boolean('is_required').notNull(),
      isAspect: boolean('is_aspect').notNull(),
      /** 0 = Ozon gives no limit. */
      maxValueCount: int('max_value_count').notNull().default(0),
      groupName: varchar('group_name', { length: 255 }).notNull().default(''),
      /** 0 = free value; otherwise values must come from this dictionary. */
      dictionaryId: bigint('dictionary_id', { mode: 'number', unsigned: true }).notNull().default(0),
      categoryDependent: boolean('category_dependent').notNull().default(false),
      fetchedAt: datetime('fetched_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({
        name: 'oc_meschain_ozon_ozattr_pk',
        columns: [t.descriptionCategoryId, t.typeId, t.attributeId],
      }),
    ],
  );
}
