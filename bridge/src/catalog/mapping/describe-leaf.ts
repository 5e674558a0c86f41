import { and, eq, or } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { dictionaryScope } from '../ozon-catalogue/dictionary-scope';
import { findCachedLeaf } from './cached-leaf';
import type { OzonLeafRef } from './leaf-choice';
import { createLeafLoader } from './load-leaf';
import { contentLanguageId, readMappingOptions, type TextSettings } from './options';
import { loadOpencartSources, suggestSources } from './suggest';

/**
 * One Ozon leaf as the attribute-mapping page shows it: every attribute with its current rule (merchant's or
 * default), the state of its cached dictionary, and for unmapped ones a suggested OpenCart source; plus the
 * OpenCart attributes and options to pick from.
 */
export async function describeLeaf(store: StoreDb, settings: TextSettings, leaf: OzonLeafRef) {
  const options = await readMappingOptions(store);
  const languageId = await contentLanguageId(store, options, settings);
  const [node, resolved, sources] = await Promise.all([
    findCachedLeaf(store, leaf),
    createLeafLoader(store, options).load(leaf),
    loadOpencartSources(store, languageId),
  ]);
  const d = store.own.ozonDictionaries;
  const scopes = resolved.attributes
    .filter((a) => a.dictionaryId > 0)
    .map((a) => ({ dictionaryId: a.dictionaryId, ...dictionaryScope(a, leaf) }));
  const dictionaries =
    scopes.length === 0
      ? []
      : await store.db
          .select()
          .from(d)
          .where(
            or(
              ...scopes.map((s) =>
                and(
                  eq(d.dictionaryId, s.dictionaryId),
                  eq(d.scopeCategoryId, s.scopeCategoryId),
                  eq(d.scopeTypeId, s.scopeTypeId),
                ),
              ),
            ),
          );
  const dictionaryOf = (a: { dictionaryId: number; categoryDependent: boolean }) => {
    const scope = dictionaryScope(a, leaf);
    const row = dictionaries.find(
      (x) =>
        x.dictionaryId === a.dictionaryId &&
        x.scopeCategoryId === scope.scopeCategoryId &&
        x.scopeTypeId === scope.scopeTypeId,
    );
    return row
      ? { state: row.state, valueCount: row.valueCount, fetchedAt: row.fetchedAt.toISOString() }
      : null;
  };
  const suggestions = suggestSources(
    resolved.attributes.filter((a) => a.ruleOrigin === 'unmapped'),
    sources,
  );
  return {
    leaf: {
      descriptionCategoryId: leaf.descriptionCategoryId,
      typeId: leaf.typeId,
      name: node?.nameRu ?? '',
      nameEn: node?.nameEn ?? '',
      path: node?.pathRu ?? '',
      known: node !== undefined,
    },
    attributesCached: resolved.attributesCached,
    attributes: resolved.attributes.map((a) => ({
      attributeId: a.attributeId,
      name: a.name,
      nameEn: a.nameEn,
      description: a.description,
      type: a.type,
      groupName: a.groupName,
      isRequired: a.isRequired,
      isCollection: a.isCollection,
      isAspect: a.isAspect,
      maxValueCount: a.maxValueCount,
      dictionaryId: a.dictionaryId,
      dictionary: a.dictionaryId > 0 ? dictionaryOf(a) : null,
      rule: a.rule ?? null,
      ruleOrigin: a.ruleOrigin,
      suggestion: suggestions.get(a.attributeId) ?? null,
    })),
    sources,
  };
}
