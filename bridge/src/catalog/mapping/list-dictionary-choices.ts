import { and, asc, eq } from 'drizzle-orm';
import type {
  DictionaryChoicesQuery,
  DictionaryChoicesResponse,
} from '../../contract/catalog-mapping/choices';
import type { StoreDb } from '../../db/connection';

/** The merchant's remembered choices for one attribute's dictionary, by text. */
export async function listDictionaryChoices(
  store: StoreDb,
  q: DictionaryChoicesQuery,
): Promise<DictionaryChoicesResponse> {
  const t = store.own.mappingDictionaryChoices;
  const rows = await store.db
    .select()
    .from(t)
    .where(and(eq(t.attributeId, q.attributeId), eq(t.dictionaryId, q.dictionaryId)))
    .orderBy(asc(t.textKey));
  return {
    items: rows.map((r) => ({
      text: r.text,
      valueId: r.valueId,
      value: r.value,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
