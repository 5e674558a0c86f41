import { and, eq, lt } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OwnTables } from '../../db/own/index';
import type { OzonClient } from '../../ozon/client';
import type { OzonLeafRef } from '../mapping/leaf-choice';
import { fromInserted } from './upsert';

export type OzonAttributeRow = OwnTables['ozonAttributes']['$inferSelect'];

/**
 * Fetches the attributes of one leaf (Russian, plus English names for suggestions) and replaces the cached ones.
 * Returns the rows now cached, so the caller can go on to their dictionaries.
 */
export async function refreshLeafAttributes(
  store: StoreDb,
  client: OzonClient,
  leaf: OzonLeafRef,
  now: Date,
  signal?: AbortSignal,
): Promise<OzonAttributeRow[]> {
  const ref = { descriptionCategoryId: String(leaf.descriptionCategoryId), typeId: String(leaf.typeId) };
  const options = signal ? { signal } : {};
  // POST /v1/description-category/attribute (DescriptionCategoryAPI_GetAttributes), Russian then English.
  const russian = await client.categories.attributes({ ...ref, language: 'DEFAULT' }, options);
  const english = await client.categories.attributes({ ...ref, language: 'EN' }, options);
  const englishNames = new Map(english.map((a) => [a.id, a.name]));
  const rows: OzonAttributeRow[] = russian.map((a) => ({
    descriptionCategoryId: leaf.descriptionCategoryId,
    typeId: leaf.typeId,
    attributeId: Number(a.id),
    complexId: Number(a.attribute_complex_id ?? 0),
    name: a.name.slice(0, 255),
    nameEn: (englishNames.get(a.id) ?? '').slice(0, 255),
    description: a.description,
    type: a.type.slice(0, 32),
    isCollection: a.is_collection,
    isRequired: a.is_required,
    isAspect: a.is_aspect,
    maxValueCount: a.max_value_count ?? 0,
    groupName: a.group_name.slice(0, 255),
    dictionaryId: Number(a.dictionary_id),
    categoryDependent: a.category_dependent,
    fetchedAt: now,
  }));
  const t = store.own.ozonAttributes;
  if (rows.length > 0) {
    const set = fromInserted({
      complexId: t.complexId,
      name: t.name,
      nameEn: t.nameEn,
      description: t.description,
      type: t.type,
      isCollection: t.isCollection,
      isRequired: t.isRequired,
      isAspect: t.isAspect,
      maxValueCount: t.maxValueCount,
      groupName: t.groupName,
      dictionaryId: t.dictionaryId,
      categoryDependent: t.categoryDependent,
      fetchedAt: t.fetchedAt,
    });
    await store.db.insert(t).values(rows).onDuplicateKeyUpdate({ set });
  }
  await store.db
    .delete(t)
    .where(
      and(
        eq(t.descriptionCategoryId, leaf.descriptionCategoryId),
        eq(t.typeId, leaf.typeId),
        lt(t.fetchedAt, now),
      ),
    );
  return rows;
}
