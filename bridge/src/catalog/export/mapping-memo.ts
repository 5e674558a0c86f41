import type {
  LeafChoice,
  ResolvedAttribute,
  ResolvedLeaf,
  ResolvedMapping,
  ValueResolution,
} from '../mapping/resolved-mapping';

/**
 * The value of a single-valued free-text attribute (the description, a model name): the first non-empty text,
 * trimmed, which is what the mapping's resolution gives for it. Taken here directly because that resolution also
 * prepares every text for number parsing, which for the 2 KB description of each product was a tenth of the
 * export's time. Undefined for anything else (numbers, collections, fixed values, empty texts with a fallback):
 * those go through the mapping.
 */
function plainTextValue(attribute: ResolvedAttribute, texts: readonly string[]): ValueResolution | undefined {
  const kind = attribute.rule?.source.kind;
  if (
    attribute.isCollection ||
    attribute.type === 'Integer' ||
    attribute.type === 'Decimal' ||
    kind === 'fixed'
  ) {
    return undefined;
  }
  for (const text of texts) {
    const value = text.trim();
    if (value !== '') {
      return { ok: true, values: [{ value }], usedFallback: false };
    }
  }
  return undefined;
}

/**
 * The resolved mapping with leaf choices and dictionary resolutions remembered for the run. A catalogue repeats the same few
 * colours, sizes, countries and brands on thousands of products; matching each text again (normalising it,
 * looking it up) was a fifth of the export's CPU time. Free-text attributes are not remembered (every
 * description is different, and resolving them is cheap).
 */
export function memoizeMapping(mapping: ResolvedMapping): ResolvedMapping {
  const leaves = new Map<ResolvedLeaf, ResolvedLeaf>();
  const memo = (leaf: ResolvedLeaf): ResolvedLeaf => {
    let wrapped = leaves.get(leaf);
    if (!wrapped) {
      const cache = new Map<string, ValueResolution>();
      wrapped = {
        ...leaf,
        // In id order, the order import items list them in: built in this order, they need no sorting.
        attributes: [...leaf.attributes].sort((a, b) => a.attributeId - b.attributeId),
        resolveValues(attributeId, texts) {
          const attribute = leaf.attribute(attributeId);
          if (attribute === undefined) {
            return leaf.resolveValues(attributeId, texts);
          }
          if (attribute.dictionaryId === 0) {
            return plainTextValue(attribute, texts) ?? leaf.resolveValues(attributeId, texts);
          }
          const key = `${attributeId}\u0000${texts.join('\u0001')}`;
          let resolution = cache.get(key);
          if (!resolution) {
            resolution = leaf.resolveValues(attributeId, texts);
            cache.set(key, resolution);
          }
          return resolution;
        },
      };
      leaves.set(leaf, wrapped);
    }
    return wrapped;
  };
  // Products of the same categories get the same leaf: the choice is made once per set of categories (a product's
  // own override, asked first with no categories, is rare and not remembered).
  const byCategories = new Map<string, LeafChoice | undefined>();
  return {
    ...mapping,
    leafFor(productId, categoryIds) {
      const own = mapping.leafFor(productId, []);
      if (own !== undefined || categoryIds.length === 0) {
        return own;
      }
      const key = categoryIds.length === 1 ? String(categoryIds[0]) : categoryIds.join(',');
      if (byCategories.has(key)) {
        return byCategories.get(key);
      }
      const choice = mapping.leafFor(productId, categoryIds);
      byCategories.set(key, choice);
      return choice;
    },
    leaf(ref) {
      const leaf = mapping.leaf(ref);
      return leaf ? memo(leaf) : undefined;
    },
  };
}
