import { and, eq, inArray } from 'drizzle-orm';
import type { RuleChange } from '../../contract/catalog-mapping/leaves';
import type { StoreDb } from '../../db/connection';
import { DomainError } from '../../shared/domain-error';
import type { OzonLeafRef } from './leaf-choice';

type OzonAttributeRow = StoreDb['own']['ozonAttributes']['$inferSelect'];

async function existingIds(store: StoreDb, changes: readonly RuleChange[]) {
  const { db, oc } = store;
  const attributeIds = changes.flatMap((c) =>
    c.rule?.source.kind === 'attribute' ? [c.rule.source.attributeId] : [],
  );
  const optionIds = changes.flatMap((c) =>
    c.rule?.source.kind === 'option' ? [c.rule.source.optionId] : [],
  );
  const attributes =
    attributeIds.length === 0
      ? []
      : await db
          .select({ id: oc.attribute.attributeId })
          .from(oc.attribute)
          .where(inArray(oc.attribute.attributeId, attributeIds));
  const options =
    optionIds.length === 0
      ? []
      : await db
          .select({ id: oc.option.optionId })
          .from(oc.option)
          .where(inArray(oc.option.optionId, optionIds));
  return { attributes: new Set(attributes.map((a) => a.id)), options: new Set(options.map((o) => o.id)) };
}

/** What is wrong with one change, given the leaf's cached attributes and the store's ids. */
function problemsOf(
  change: RuleChange,
  attribute: OzonAttributeRow | undefined,
  ids: { attributes: Set<number>; options: Set<number> },
): string[] {
  if (!attribute) {
    return ['this Ozon leaf has no such attribute (refresh the Ozon catalogue if it is new)'];
  }
  const rule = change.rule;
  if (rule === null) {
    return [];
  }
  const problems: string[] = [];
  const source = rule.source;
  const dictionary = attribute.dictionaryId > 0;
  if (source.kind === 'attribute' && !ids.attributes.has(source.attributeId)) {
    problems.push(`OpenCart has no attribute ${source.attributeId}`);
  }
  if (source.kind === 'option' && !ids.options.has(source.optionId)) {
    problems.push(`OpenCart has no option ${source.optionId}`);
  }
  if (source.kind === 'fixed' && dictionary && source.dictionaryValueId === undefined) {
    problems.push(`${attribute.name} takes values from Ozon's dictionary: choose one (dictionaryValueId)`);
  }
  if (source.kind === 'fixed' && !dictionary && source.dictionaryValueId !== undefined) {
    problems.push(`${attribute.name} has no dictionary: send the text only`);
  }
  if (source.kind === 'fixed' && attribute.type === 'Integer' && !/^-?\d+$/.test(source.value)) {
    problems.push(`${attribute.name} is a whole number`);
  }
  if (rule.fallback !== undefined && !dictionary) {
    problems.push('a fallback value is only for dictionary attributes');
  }
  return problems;
}

/**
 * Sets (or clears) the merchant's rules for attributes of one leaf, all or nothing: every change is checked
 * against the cached attributes and the store's attribute and option ids first, and problems come back per field
 * (`rules.<index>`), so the panel can mark the row.
 */
export async function setAttributeRules(
  store: StoreDb,
  leaf: OzonLeafRef,
  changes: readonly RuleChange[],
  now: Date,
): Promise<void> {
  const { db, own } = store;
  const a = own.ozonAttributes;
  const attributes = await db
    .select()
    .from(a)
    .where(and(eq(a.descriptionCategoryId, leaf.descriptionCategoryId), eq(a.typeId, leaf.typeId)));
  const byId = new Map(attributes.map((x) => [x.attributeId, x]));
  const ids = await existingIds(store, changes);
  const fields: Record<string, string[]> = {};
  changes.forEach((change, i) => {
    const problems = problemsOf(change, byId.get(change.attributeId), ids);
    if (problems.length > 0) {
      fields[`rules.${i}`] = problems;
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new DomainError('INVALID', 'attribute rules are not valid', { fields });
  }
  const m = own.mappingAttributes;
  await db.transaction(async (tx) => {
    for (const change of changes) {
      const key = and(
        eq(m.descriptionCategoryId, leaf.descriptionCategoryId),
        eq(m.typeId, leaf.typeId),
        eq(m.attributeId, change.attributeId),
      );
      if (change.rule === null) {
        await tx.delete(m).where(key);
        continue;
      }
      await tx
        .insert(m)
        .values({ ...leaf, attributeId: change.attributeId, rule: change.rule, updatedAt: now })
        .onDuplicateKeyUpdate({ set: { rule: change.rule, updatedAt: now } });
    }
  });
}
