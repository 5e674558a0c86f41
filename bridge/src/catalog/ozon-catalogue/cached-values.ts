import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { OzonLeafRef } from '../mapping/leaf-choice';
import { dictionaryScope } from './dictionary-scope';

/** A cached dictionary value: Ozon's id and its text. */
export interface CachedDictionaryValue {
  readonly id: number;
  readonly value: string;
}

/** Every cached value of an attribute's dictionary, read in the scope the attribute uses (see dictionaryScope). */
export async function cachedDictionaryValues(
  store: StoreDb,
  attribute: { readonly dictionaryId: number; readonly categoryDependent: boolean },
  leaf: OzonLeafRef,
): Promise<CachedDictionaryValue[]> {
  const v = store.own.ozonDictionaryValues;
  const scope = dictionaryScope(attribute, leaf);
  return store.db
    .select({ id: v.valueId, value: v.value })
    .from(v)
    .where(
      and(
        eq(v.dictionaryId, attribute.dictionaryId),
        eq(v.scopeCategoryId, scope.scopeCategoryId),
        eq(v.scopeTypeId, scope.scopeTypeId),
      ),
    );
}
