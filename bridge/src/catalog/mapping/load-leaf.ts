import { and, asc, desc, eq } from 'drizzle-orm';
import type { MappingOptions } from '../../contract/catalog-mapping/options';
import { type AttributeRule, attributeRuleSchema } from '../../contract/catalog-mapping/rules';
import type { StoreDb } from '../../db/connection';
import { cachedDictionaryValues } from '../ozon-catalogue/cached-values';
import { dictionaryScope } from '../ozon-catalogue/dictionary-scope';
import { defaultRule, NO_BRAND_TEXT, OZON_ATTRIBUTE } from './default-rules';
import { createDictionaryMatcher, type DictionaryMatcher } from './dictionary-matcher';
import type { OzonLeafRef } from './leaf-choice';
import type { OzonAttributeInfo, ResolvedAttribute, ResolvedLeaf } from './resolved-leaf';

export type { OzonAttributeInfo };

import { resolveAttributeValues, type ValueResolution } from './value-resolution';

/** Loads leaves one by one, sharing each dictionary's matcher between the leaves that use it. */
export function createLeafLoader(store: StoreDb, options: MappingOptions) {
  const { db, own } = store;
  const matchers = new Map<string, Promise<DictionaryMatcher>>();

  async function buildMatcher(attribute: OzonAttributeInfo, leaf: OzonLeafRef): Promise<DictionaryMatcher> {
    const c = own.mappingDictionaryChoices;
    const [values, choices] = await Promise.all([
      cachedDictionaryValues(store, attribute, leaf),
      db
        .select({ textKey: c.textKey, id: c.valueId, value: c.value })
        .from(c)
        .where(and(eq(c.attributeId, attribute.attributeId), eq(c.dictionaryId, attribute.dictionaryId))),
    ]);
    return createDictionaryMatcher(values, choices);
  }

  function matcherFor(attribute: OzonAttributeInfo, leaf: OzonLeafRef): Promise<DictionaryMatcher> {
    const scope = dictionaryScope(attribute, leaf);
    const key = `${attribute.attributeId}:${attribute.dictionaryId}:${scope.scopeCategoryId}:${scope.scopeTypeId}`;
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = buildMatcher(attribute, leaf);
      matchers.set(key, matcher);
    }
    return matcher;
  }

  async function merchantRules(leaf: OzonLeafRef): Promise<Map<number, AttributeRule>> {
    const m = own.mappingAttributes;
    const rows = await db
      .select({ attributeId: m.attributeId, rule: m.rule })
      .from(m)
      .where(and(eq(m.descriptionCategoryId, leaf.descriptionCategoryId), eq(m.typeId, leaf.typeId)));
    const rules = new Map<number, AttributeRule>();
    for (const row of rows) {
      // A rule this bridge cannot read (written by a newer one) counts as unmapped rather than guessed at.
      const parsed = attributeRuleSchema.safeParse(row.rule);
      if (parsed.success) {
        rules.set(row.attributeId, parsed.data);
      }
    }
    return rules;
  }

  async function load(leaf: OzonLeafRef): Promise<ResolvedLeaf> {
    const n = own.ozonCategories;
    const a = own.ozonAttributes;
    const [nodes, rows, rules] = await Promise.all([
      db
        .select({ name: n.nameRu, path: n.pathRu })
        .from(n)
        .where(and(eq(n.descriptionCategoryId, leaf.descriptionCategoryId), eq(n.typeId, leaf.typeId))),
      db
        .select()
        .from(a)
        .where(and(eq(a.descriptionCategoryId, leaf.descriptionCategoryId), eq(a.typeId, leaf.typeId)))
        .orderBy(desc(a.isRequired), asc(a.attributeId)),
      merchantRules(leaf),
    ]);
    const name = nodes[0]?.name ?? '';
    const leafMatchers = new Map<number, DictionaryMatcher>();
    const attributes: ResolvedAttribute[] = [];
    for (const { descriptionCategoryId: _c, typeId: _t, fetchedAt: _f, ...info } of rows) {
      const matcher = info.dictionaryId > 0 ? await matcherFor(info, leaf) : undefined;
      if (matcher) {
        leafMatchers.set(info.attributeId, matcher);
      }
      const merchant = rules.get(info.attributeId);
      let rule =
        merchant ?? defaultRule(info.attributeId, { id: leaf.typeId, value: name || String(leaf.typeId) });
      if (rule && info.attributeId === OZON_ATTRIBUTE.brand && options.noBrandFallback && !rule.fallback) {
        const noBrand = matcher?.match(NO_BRAND_TEXT);
        rule = noBrand ? { ...rule, fallback: { id: noBrand.id, value: noBrand.value } } : rule;
      }
      attributes.push({ ...info, rule, ruleOrigin: merchant ? 'merchant' : rule ? 'default' : 'unmapped' });
    }
    const byId = new Map(attributes.map((x) => [x.attributeId, x]));
    const variantOptionIds = [
      ...new Set(
        attributes.flatMap((x) => (x.rule?.source.kind === 'option' ? [x.rule.source.optionId] : [])),
      ),
    ];
    return {
      ...leaf,
      name,
      path: nodes[0]?.path ?? '',
      attributesCached: rows.length > 0,
      attributes,
      attribute: (id) => byId.get(id),
      variantOptionIds,
      resolveDictionary: (id, text) => leafMatchers.get(id)?.match(text),
      resolveValues(id, texts): ValueResolution {
        const attribute = byId.get(id);
        if (!attribute) {
          return { ok: false, problem: 'empty' };
        }
        const source = attribute.rule?.source;
        if (source?.kind === 'fixed' && source.dictionaryValueId !== undefined) {
          const values = [{ dictionary_value_id: source.dictionaryValueId, value: source.value }];
          return { ok: true, values, usedFallback: false };
        }
        const wanted = source?.kind === 'fixed' ? [source.value] : texts;
        const matcher = leafMatchers.get(id);
        return resolveAttributeValues(attribute, wanted, (t) => matcher?.match(t), attribute.rule?.fallback);
      },
    };
  }

  return { load };
}
