import { and, asc, count, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OzonClient } from '../../ozon/client';
import { DomainError } from '../../shared/domain-error';
import { dictionaryScope } from '../ozon-catalogue/dictionary-scope';
import { cacheSearchResults } from '../ozon-catalogue/refresh-dictionary';
import type { OzonLeafRef } from './leaf-choice';

export interface DictionaryValueQuery {
  readonly attributeId: number;
  readonly q?: string | undefined;
  readonly page: number;
  readonly perPage: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A page of one attribute's dictionary values from the cache, filtered by `q` (values starting with it first).
 * When the dictionary is not cached whole (too large, or never refreshed) and there is a query, Ozon's search is
 * asked first and what it finds is cached, so the merchant can pick any value of a dictionary of any size.
 */
export async function listDictionaryValues(
  store: StoreDb,
  leaf: OzonLeafRef,
  query: DictionaryValueQuery,
  ozon: () => Promise<OzonClient>,
  now: Date,
) {
  const { db, own } = store;
  const a = own.ozonAttributes;
  const [attribute] = await db
    .select()
    .from(a)
    .where(
      and(
        eq(a.descriptionCategoryId, leaf.descriptionCategoryId),
        eq(a.typeId, leaf.typeId),
        eq(a.attributeId, query.attributeId),
      ),
    );
  if (!attribute || attribute.dictionaryId === 0) {
    throw new DomainError(
      'NOT_FOUND',
      attribute
        ? `${attribute.name} has no dictionary`
        : `attribute ${query.attributeId} is not cached for this leaf`,
    );
  }
  const scope = dictionaryScope(attribute, leaf);
  const d = own.ozonDictionaries;
  const [state] = await db
    .select()
    .from(d)
    .where(
      and(
        eq(d.dictionaryId, attribute.dictionaryId),
        eq(d.scopeCategoryId, scope.scopeCategoryId),
        eq(d.scopeTypeId, scope.scopeTypeId),
      ),
    );
  const q = query.q?.trim() ?? '';
  const searchedOnline = state?.state !== 'complete' && q.length >= 2;
  if (searchedOnline) {
    await cacheSearchResults(store, await ozon(), attribute, leaf, q, now);
  }
  const v = own.ozonDictionaryValues;
  const where: SQL[] = [
    eq(v.dictionaryId, attribute.dictionaryId),
    eq(v.scopeCategoryId, scope.scopeCategoryId),
    eq(v.scopeTypeId, scope.scopeTypeId),
  ];
  if (q !== '') {
    where.push(like(v.value, `%${escapeLike(q)}%`));
  }
  const [total] = await db
    .select({ n: count() })
    .from(v)
    .where(and(...where));
  const prefix = `${escapeLike(q)}%`;
  const items = await db
    .select({ id: v.valueId, value: v.value, info: v.info, picture: v.picture })
    .from(v)
    .where(and(...where))
    .orderBy(desc(sql`${v.value} LIKE ${prefix}`), asc(sql`CHAR_LENGTH(${v.value})`), asc(v.valueId))
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  return {
    dictionary: {
      dictionaryId: attribute.dictionaryId,
      state: state?.state ?? null,
      valueCount: state?.valueCount ?? 0,
      searchedOnline,
    },
    total: total?.n ?? 0,
    items,
  };
}
