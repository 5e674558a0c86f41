import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import { choiceKey } from './normalise';
import { dictionaryValueRefSchema } from './rules';

/** "This OpenCart text means that dictionary value" for one Ozon attribute; `value` null forgets the choice. */
export const dictionaryChoiceSchema = z.object({
  attributeId: z.int().positive(),
  dictionaryId: z.int().positive(),
  text: z.string().trim().min(1).max(1000),
  value: dictionaryValueRefSchema.nullable(),
});
export type DictionaryChoice = z.infer<typeof dictionaryChoiceSchema>;

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
