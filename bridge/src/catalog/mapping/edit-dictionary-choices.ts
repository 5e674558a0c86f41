import { and, eq } from 'drizzle-orm';
import type { DictionaryChoice } from '../../contract/catalog-mapping/choices';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import { choiceKey } from './normalise';

/** Remembers (or forgets) a merchant's dictionary choice; it wins over automatic matches from then on. */
export async function setDictionaryChoice(
  store: StoreDb,
  choice: DictionaryChoice,
  now: Date,
): Promise<void> {
  const textKey = choiceKey(choice.text);
  if (textKey === '') {
    throw new DomainError('INVALID', 'the text has no letters or digits', {
      fields: {
        text: ['the text has no letters or digits to match on'],
      },
    });
  }
  const t = store.own.mappingDictionaryChoices;
  const key = and(
    eq(t.attributeId, choice.attributeId),
    eq(t.dictionaryId, choice.dictionaryId),
    eq(t.textKey, textKey),
  );
  if (choice.value === null) {
    await store.db.delete(t).where(key);
    return;
  }
  const row = { text: choice.text, valueId: choice.value.id, value: choice.value.value, updatedAt: now };
  await store.db
    .insert(t)
    .values({ attributeId: choice.attributeId, dictionaryId: choice.dictionaryId, textKey, ...row })
    .onDuplicateKeyUpdate({ set: row });
}
